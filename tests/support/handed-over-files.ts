import { inflateSync, strFromU8 } from 'fflate';
import { fromBase64Url, fragmentOf } from '@/domain/observation-exchange';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { useIncomingFilesStore } from '@/state/incoming-files-store';

/**
 * Files handed to a screen the way "Open a Trellis file" hands them over: recognised, put in the
 * incoming-files store, then the screen is drawn and takes them.
 */
export function handOver(kind: TrellisFileKind, files: File[]): void {
  useIncomingFilesStore.getState().handOver({ kind, files });
}

/** Empties the store, so no test sees files another test handed over. */
export function forgetHandedOverFiles(): void {
  useIncomingFilesStore.setState({ incoming: null, toRecognise: null });
}

export function jsonFile(text: string, name: string): File {
  return new File([text], name, { type: 'application/json' });
}

/**
 * The same envelope with one hex digit of its checksum changed: what a file altered after it was
 * made looks like to the reader.
 */
export function withDamagedChecksum(text: string): string {
  const envelope = JSON.parse(text) as { checksum: string };
  const last = envelope.checksum.endsWith('0') ? '1' : '0';
  return JSON.stringify({ ...envelope, checksum: `${envelope.checksum.slice(0, -1)}${last}` });
}

/**
 * The envelope a Trellis link carries, as the JSON text of its file: a link's fragment is
 * base64url(deflate(envelope JSON)).
 */
export function fileTextOfLink(link: string): string {
  const bytes = fromBase64Url(fragmentOf(link));
  if (!bytes) throw new Error('not a Trellis link');
  return strFromU8(inflateSync(bytes));
}

/** The file with its checksum changed: damaged on the way, so every reader refuses it. */
export function damagedFile(text: string, name: string): File {
  return jsonFile(withDamagedChecksum(text), name);
}

/** True once the screen has taken what was handed over. */
export function isTaken(): boolean {
  return useIncomingFilesStore.getState().incoming === null;
}
