import { useEffect, useRef, useState } from 'react';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { useIncomingFiles } from '@/ui/use-incoming-files';

/** What a link screen opens: its address's fragment, or a file of the link's kind. */
export type LinkOrFile = { kind: 'link'; hash: string } | { kind: 'file'; file: File };

export interface Opening {
  from: LinkOrFile;
  /** Changes with every link or file opened, so the screen can start afresh for each. */
  key: string;
}

function fromHash(hash: string): Opening {
  return { from: { kind: 'link', hash }, key: `link ${hash}` };
}

/**
 * For a screen that opens a link (`/observe#…`) and, the same way, a file of the link's kind
 * handed over by "Open a Trellis file" (a Trellis file holds the envelope a link carries). The
 * fragment is followed as it changes, since another link opened in the same tab changes only the
 * fragment; a handed-over file shows until the next link or file.
 */
export function useLinkOrIncomingFile(kinds: readonly TrellisFileKind[]): Opening {
  const [opening, setOpening] = useState<Opening>(() => fromHash(window.location.hash));
  const filesOpened = useRef(0);

  useEffect(() => {
    const follow = () => setOpening(fromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useIncomingFiles(kinds, ({ files }) => {
    const [file] = files;
    if (!file) return;
    filesOpened.current += 1;
    setOpening({ from: { kind: 'file', file }, key: `file ${filesOpened.current.toString()}` });
  });

  return opening;
}

/**
 * The text to decode: the link's fragment, or the file's JSON. Null when the file cannot be read
 * (it was moved or deleted since it was chosen).
 */
export async function textOf(from: LinkOrFile): Promise<string | null> {
  if (from.kind === 'link') return from.hash;
  try {
    return await from.file.text();
  } catch {
    return null;
  }
}
