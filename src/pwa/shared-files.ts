import { z } from '@/domain/zod';
import { SHARE_INDEX_KEY, SHARED_FILES_CACHE, sharedFileKey } from './share-target';

/** What another app shared with Trellis, as the open screen receives it. */
export interface SharedItems {
  /** The shared files, with the names and types they were sent with. */
  files: File[];
  /** The shared words (a link sent from a chat arrives here), or null when there were none. */
  text: string | null;
  /** Names of shared files this device could not keep (its storage was full), to say so. */
  notKept: string[];
}

// Written by our own service worker, but read back as any stored input is: checked first.
const shareIndexSchema = z.object({
  title: z.nullable(z.string()),
  text: z.nullable(z.string()),
  url: z.nullable(z.string()),
  files: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      size: z.number(),
      lastModified: z.number(),
      kept: z.boolean(),
    }),
  ),
});

/**
 * The share's title, text and url as one piece of text, in the order a person reads a message,
 * leaving out a field already contained in another (a chat app often repeats the link in both
 * `text` and `url`). Null when all three are empty.
 */
export function sharedText(fields: {
  title: string | null;
  text: string | null;
  url: string | null;
}): string | null {
  const parts = [fields.title, fields.text, fields.url]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '');
  const distinct = parts.filter(
    (part, index) =>
      !parts.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          other.includes(part) &&
          // Of two equal parts, keep the first.
          (other !== part || otherIndex < index),
      ),
  );
  return distinct.length === 0 ? null : distinct.join('\n');
}

const nothingReadable = (): SharedItems => ({ files: [], text: null, notKept: [] });

/** One read at a time per page; see takeSharedFiles. */
let taking: Promise<SharedItems | null> | undefined;

/**
 * Takes what the service worker kept from a share (see share-target.ts) and empties its cache, so
 * a share is read once and nothing of it stays on the device unless the person then accepts a
 * preview. Null when nothing is waiting (already read, or no share came). Never throws: a damaged
 * record of a share is a share of nothing, and a file that cannot be read back is named in
 * `notKept`, so the open screen still says what arrived. Calls made while one is reading get its
 * answer (React runs a new screen's effects twice in development), never a half-emptied cache.
 */
export function takeSharedFiles(
  storage: CacheStorage | undefined = 'caches' in globalThis ? globalThis.caches : undefined,
): Promise<SharedItems | null> {
  taking ??= takeFrom(storage).finally(() => {
    taking = undefined;
  });
  return taking;
}

async function takeFrom(storage: CacheStorage | undefined): Promise<SharedItems | null> {
  if (!storage || !(await storage.has(SHARED_FILES_CACHE).catch(() => false))) return null;
  try {
    const cache = await storage.open(SHARED_FILES_CACHE);
    const indexResponse = await cache.match(SHARE_INDEX_KEY);
    if (!indexResponse) return null;
    const index = shareIndexSchema.safeParse(await indexResponse.json().catch(() => null));
    if (!index.success) return nothingReadable();

    const files: File[] = [];
    const notKept: string[] = [];
    for (const [position, entry] of index.data.files.entries()) {
      const bytes = entry.kept ? await readBack(cache, sharedFileKey(position)) : null;
      if (bytes) {
        files.push(
          new File([bytes], entry.name, { type: entry.type, lastModified: entry.lastModified }),
        );
      } else {
        notKept.push(entry.name);
      }
    }
    return { files, text: sharedText(index.data), notKept };
  } catch {
    return nothingReadable();
  } finally {
    await storage.delete(SHARED_FILES_CACHE).catch(() => false);
  }
}

/** A kept file's bytes, or null when they are gone or cannot be read. */
async function readBack(cache: Cache, key: string): Promise<Blob | null> {
  try {
    const response = await cache.match(key);
    return response ? await response.blob() : null;
  } catch {
    return null;
  }
}
