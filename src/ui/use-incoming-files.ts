import { useEffect, useRef } from 'react';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { useIncomingFilesStore, type IncomingFiles } from '@/state/incoming-files-store';

/**
 * For a screen that previews files of `kinds`: when "Open a Trellis file" has handed such files
 * over, calls `onFiles` with them once, as the screen is drawn (and again if more arrive while it
 * shows). The screen treats them exactly as files chosen with its own file input.
 */
export function useIncomingFiles(
  kinds: readonly TrellisFileKind[],
  onFiles: (incoming: IncomingFiles) => void,
): void {
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  });
  const key = kinds.join(' ');
  const waiting = useIncomingFilesStore((store) => store.incoming);
  useEffect(() => {
    if (!waiting) return;
    // take() empties the store at once, so a second run of this effect finds nothing.
    const taken = useIncomingFilesStore.getState().take(key.split(' ') as TrellisFileKind[]);
    if (taken) onFilesRef.current(taken);
  }, [waiting, key]);
}
