import type { TrellisFileKind } from '@/domain/trellis-files';
import { useIncomingFilesStore } from '@/state/incoming-files-store';

/** Files as "Open a Trellis file" hands them to their screen, for the screens' tests. */

/** A Trellis file as a person would have it: the envelope's JSON text. */
export function trellisFile(text: string, name: string): File {
  return new File([text], name, { type: 'application/json' });
}

/** The same file with its checksum changed: damaged on the way, so every reader refuses it. */
export function damagedFile(text: string, name: string): File {
  const damaged = text.replace(
    /"checksum": "sha256-([0-9a-f])/,
    (_match, first: string) => `"checksum": "sha256-${first === '0' ? '1' : '0'}`,
  );
  if (damaged === text) throw new Error('expected a Trellis file with a checksum');
  return trellisFile(damaged, name);
}

/** Hands files over as "Open a Trellis file" does, before the screen is drawn. */
export function handOver(kind: TrellisFileKind, files: File[]): void {
  useIncomingFilesStore.getState().handOver({ kind, files });
}

/** Nothing waiting between tests. */
export function clearHandedOver(): void {
  useIncomingFilesStore.setState({ incoming: null, toRecognise: null });
}

/** True once the screen has taken what was handed over. */
export function isTaken(): boolean {
  return useIncomingFilesStore.getState().incoming === null;
}
