/**
 * What the service worker and the app agree on when the installed Trellis is chosen in a phone's
 * share sheet. The service worker receives the share, keeps it in a cache of its own and sends the
 * page to the open screen, which takes it out again (`shared-files.ts`). Imported by the service
 * worker too, so this module uses only what a worker and a page both have: no DOM, no Zod.
 */

/** Where the manifest's `share_target` posts the shared files and words. */
export const SHARE_TARGET_PATH = '/share-target';
/** The form field that carries the shared files (`share_target.params.files[0].name`). */
export const SHARED_FILES_FIELD = 'files';
/** Where the page lands after a share: the open screen, told to look in the cache. */
export const OPEN_SHARED_PATH = '/open?shared=1';
/** The cache holding one share until the open screen reads it; never the precache. */
export const SHARED_FILES_CACHE = 'trellis-shared-files';

/** Cache keys: never fetched, only names for entries in the cache above. */
export const SHARE_INDEX_KEY = '/share-target/share.json';
export const sharedFileKey = (index: number) => `/share-target/files/${index.toString()}`;

/** One shared file as the index describes it; its bytes are at `sharedFileKey(index)`. */
export interface SharedFileEntry {
  name: string;
  type: string;
  size: number;
  lastModified: number;
  /** False when the cache refused the file (storage full): the open screen must say so. */
  kept: boolean;
}

/** What the service worker writes last, once every file is in the cache. */
export interface ShareIndex {
  title: string | null;
  text: string | null;
  url: string | null;
  files: SharedFileEntry[];
}

/** A share as it arrived: the form's files and its three words fields. */
export interface ReceivedShare {
  title: string | null;
  text: string | null;
  url: string | null;
  files: File[];
}

/** The share in a POSTed form; a body that cannot be read is a share with nothing in it. */
export async function readShareForm(request: Request): Promise<ReceivedShare> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { title: null, text: null, url: null, files: [] };
  }
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : null;
  };
  return {
    title: field('title'),
    text: field('text'),
    url: field('url'),
    // A file field with nothing chosen is sent as a nameless, empty file: that is no file at all.
    files: form
      .getAll(SHARED_FILES_FIELD)
      .filter((value): value is File => value instanceof File)
      .filter((file) => file.name !== '' || file.size > 0),
  };
}

/**
 * Keeps one share in its cache, replacing whatever an earlier share left unread. Refuses nothing:
 * an empty share and a file of any size are kept as they came (the open screen tells the person
 * what it found); a file the cache will not take is listed as not kept. The index goes in last, so
 * the open screen never finds a share half written.
 */
export async function keepShare(share: ReceivedShare, storage: CacheStorage): Promise<void> {
  await storage.delete(SHARED_FILES_CACHE);
  const cache = await storage.open(SHARED_FILES_CACHE);
  const files: SharedFileEntry[] = [];
  for (const [index, file] of share.files.entries()) {
    let kept = true;
    try {
      await cache.put(
        sharedFileKey(index),
        new Response(file, {
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      );
    } catch {
      kept = false;
    }
    files.push({
      name: file.name,
      type: file.type,
      size: file.size,
      lastModified: file.lastModified,
      kept,
    });
  }
  const index: ShareIndex = { title: share.title, text: share.text, url: share.url, files };
  await cache.put(
    SHARE_INDEX_KEY,
    new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } }),
  );
}
