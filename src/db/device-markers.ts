/**
 * Two facts kept in localStorage, outside IndexedDB on purpose: when the browser evicts the
 * database (Safari does after 7 days unused unless Trellis is installed), these usually survive
 * it, so the app can tell "you had data here and it is gone — restore your backup" from a first
 * visit. Both are per device and never travel in a backup.
 *
 * - `trellis.data-existed-at`  when this browser first held a real (not example) profile.
 * - `trellis.last-backup-at`   when the last backup made here was written and read back.
 *
 * localStorage can be missing or refuse writes (private modes, full storage): every access here
 * is guarded, and a marker that cannot be read counts as absent.
 */
const STORAGE_KEYS = {
  dataExistedAt: 'trellis.data-existed-at',
  lastBackupAt: 'trellis.last-backup-at',
} as const;

function read(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the marker is a help, never the data itself.
  }
}

export function markDataExisted(now: Date = new Date()): void {
  if (read(STORAGE_KEYS.dataExistedAt) === undefined) {
    write(STORAGE_KEYS.dataExistedAt, now.toISOString());
  }
}

export function dataExistedAt(): string | undefined {
  return read(STORAGE_KEYS.dataExistedAt);
}

/** After the user chose to start again on an emptied device: it is a first visit from now on. */
export function forgetDataExisted(): void {
  write(STORAGE_KEYS.dataExistedAt, undefined);
}

export function recordBackupMade(at: string): void {
  write(STORAGE_KEYS.lastBackupAt, at);
  notify();
}

export function lastBackupAt(): string | undefined {
  const value = read(STORAGE_KEYS.lastBackupAt);
  return value !== undefined && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

// Screens showing "last backup" follow it without polling.
const listeners = new Set<() => void>();
function notify(): void {
  for (const listener of listeners) listener();
}
export function subscribeToLastBackup(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
