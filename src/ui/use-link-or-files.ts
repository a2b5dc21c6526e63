import { useState } from 'react';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { useIncomingFilesStore } from '@/state/incoming-files-store';
import { useHash } from '@/ui/router';
import { useIncomingFiles } from '@/ui/use-incoming-files';
import { readFileText, type FileText } from '@/ui/read-file-text';

/**
 * What a screen that opens a link (`/path#…`) reads: the link's fragment, or files of its kinds
 * handed over by "Open a Trellis file", or (for the moment before the screen takes them) files
 * still waiting. `key` changes with each new link or hand-over, so a screen keyed by it reads each
 * afresh.
 */
export type LinkOrFiles =
  | { from: 'link'; hash: string; key: string }
  | { from: 'files'; files: readonly File[]; key: string }
  | { from: 'waiting'; key: string };

let handOvers = 0;

/**
 * The link this page holds, unless files were handed over since it was opened: then those files,
 * until another link is opened in this tab (only the fragment changes) and replaces them.
 */
export function useLinkOrFiles(kinds: readonly TrellisFileKind[]): LinkOrFiles {
  const hash = useHash();
  const [handedOver, setHandedOver] = useState<{
    files: File[];
    hash: string;
    count: number;
  } | null>(null);
  useIncomingFiles(kinds, ({ files }) => {
    handOvers += 1;
    setHandedOver({ files, hash, count: handOvers });
  });
  // Files are taken as the screen is drawn: until then, say nothing about the link.
  const isWaiting = useIncomingFilesStore(
    (store) => store.incoming !== null && kinds.includes(store.incoming.kind),
  );
  if (handedOver && handedOver.hash === hash) {
    return { from: 'files', files: handedOver.files, key: `files-${handedOver.count.toString()}` };
  }
  if (isWaiting) return { from: 'waiting', key: 'waiting' };
  return { from: 'link', hash, key: `link-${hash}` };
}

/**
 * The text a link screen decodes: the link's fragment, or the first handed-over file's text (its
 * size checked first). Null while handed-over files are still waiting to be taken.
 */
export async function openedText(
  opened: LinkOrFiles,
  maxBytes: number,
  what: string,
): Promise<FileText | null> {
  if (opened.from === 'waiting') return null;
  if (opened.from === 'link') return { ok: true, text: opened.hash };
  const [file] = opened.files;
  if (!file) return { ok: false, message: 'No file was opened.' };
  return readFileText(file, maxBytes, what);
}
