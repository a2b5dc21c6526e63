/**
 * Plain words for the ways the browser's storage can fail a write, for any screen that saves.
 * Dexie wraps IndexedDB's DOMExceptions, keeping the name and the original as `inner`.
 */
function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

export function isQuotaExceeded(error: unknown): boolean {
  return namesOf(error).some((name) => name === 'QuotaExceededError');
}

export const STORAGE_FULL_MESSAGE =
  'this device’s storage is full, so the browser refused to save. What you typed is still here: free some space (delete files or apps you no longer need), or make a backup in Settings, then try again';

/** A sentence (no full stop) for a storage failure, or undefined for any other error. */
export function describeStorageFailure(error: unknown): string | undefined {
  const names = namesOf(error);
  if (names.includes('QuotaExceededError')) return STORAGE_FULL_MESSAGE;
  if (names.some((name) => name === 'DatabaseClosedError' || name === 'InvalidStateError')) {
    return 'Trellis lost its connection to this browser’s storage (this can happen after the device sleeps or another tab updates Trellis). What you typed is still here: reload the page, then try again';
  }
  return undefined;
}
