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
  'this device’s storage is full, so the browser refused to save. What you typed is still here: free some space on the device (delete files or apps you no longer need), or remove the example data in Settings';

/** A sentence (no full stop) for a storage failure, or undefined for any other error. */
export function describeStorageFailure(error: unknown): string | undefined {
  const names = namesOf(error);
  if (names.includes('QuotaExceededError')) return STORAGE_FULL_MESSAGE;
  if (names.some((name) => name === 'DatabaseClosedError' || name === 'InvalidStateError')) {
    return 'Trellis lost its connection to this browser’s storage (this can happen after the device sleeps or another tab updates Trellis). What you typed is still here: copy it, then reload the page';
  }
  return undefined;
}

/** Why the database could not be opened, in plain words; the app keeps retrying meanwhile. */
export function describeOpenFailure(error: unknown): string {
  const names = namesOf(error);
  if (names.includes('VersionError')) {
    return 'A newer version of Trellis has been opened in this browser, so this older copy cannot read your data. Reload the page to use the newer version. Nothing has been deleted.';
  }
  if (names.includes('QuotaExceededError')) {
    return 'This device’s storage is full, so the browser will not open Trellis’s data. Free some space, then reload. Nothing has been deleted.';
  }
  if (names.some((name) => name === 'MissingAPIError' || name === 'SecurityError')) {
    return 'This browser is not letting Trellis keep data here — this happens in some private or incognito windows and when site data is blocked. Open Trellis in a normal window.';
  }
  if (names.some((name) => name === 'DatabaseClosedError' || name === 'InvalidStateError')) {
    return 'Trellis lost its connection to this browser’s storage (this can happen after the device sleeps). Reconnecting… Nothing has been deleted.';
  }
  return 'Trellis could not open its data in this browser just now. Nothing has been deleted; it will keep trying.';
}
