/**
 * When a key was last typed in the write-up, so that optional work (fetching the Word maker) waits
 * for a pause instead of landing between two keystrokes. A plain module variable: written on every
 * key, it must cost nothing and re-render nothing.
 */
let lastKeyAt = Number.NEGATIVE_INFINITY;

export function noteKeyTyped(): void {
  lastKeyAt = performance.now();
}

/** Milliseconds since the last key typed in the write-up (Infinity if none yet). */
export function sinceLastKey(): number {
  return performance.now() - lastKeyAt;
}
