import { z } from '@/domain/zod';

/**
 * A crash buffer for a form that autosaves to IndexedDB, in localStorage under a key the form names.
 *
 * The record in IndexedDB is what counts, and the form saves it after each pause in typing and when
 * the page is hidden. But a write to IndexedDB is asynchronous: text typed in the last moment before
 * a reload or a closed tab can be lost when the page is gone before the write starts. localStorage is
 * written synchronously on every change, so the form can finish that last save on the next visit.
 * The buffer remembers which stored revision it was typed on, and is used only if the stored record
 * is still at that revision (nobody changed it since); it is cleared as soon as the database holds
 * the same text.
 */
const bufferSchema = z.object({
  /** The stored revision the text was typed on; 0 for a record not yet stored. */
  savedRev: z.int().check(z.minimum(0)),
  /** As typed: it may not be valid yet (a new record with nothing to call it by). */
  content: z.unknown(),
});

export function writeDraftBuffer(key: string, content: unknown, savedRev: number): void {
  try {
    localStorage.setItem(key, JSON.stringify({ savedRev, content }));
  } catch {
    // Storage full or blocked: the database save still runs; the buffer is only a safety net.
  }
}

export function clearDraftBuffer(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // As above: nothing to do.
  }
}

/**
 * The text left unsaved on top of `storedRev`, as `draftSchema` reads it, or undefined. A buffer
 * typed on another revision (the record was changed since, here or on another device) is stale and
 * is dropped.
 */
export function readDraftBuffer<Draft>(
  key: string,
  storedRev: number,
  draftSchema: z.ZodMiniType<Draft>,
): Draft | undefined {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  const buffer = bufferSchema.safeParse(safeJson(raw));
  if (!buffer.success || buffer.data.savedRev !== storedRev) {
    clearDraftBuffer(key);
    return undefined;
  }
  // Given back even when not yet savable: the draft schema is looser than the record's.
  const content = draftSchema.safeParse(buffer.data.content);
  return content.success ? content.data : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
