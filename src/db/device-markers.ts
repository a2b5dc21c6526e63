/**
 * Three facts kept in localStorage, outside IndexedDB on purpose: when the browser evicts the
 * database (Safari does after 7 days unused unless Trellis is installed), these usually survive
 * it, so the app can tell "you had data here and it is gone — restore your backup" from a first
 * visit. Both are per device and never travel in a backup.
 *
 * - `trellis.data-existed-at`  when this browser first held a real (not example) profile.
 * - `trellis.last-backup-at`   when the last backup made here was written and read back.
 * - `trellis.last-took-in`     when this device last took in a backup (another device's data, as
 *                              a rule), and when that file was made: JSON `{ at, madeAt }`.
 *
 * localStorage can be missing or refuse writes (private modes, full storage): every access here
 * is guarded, and a marker that cannot be read counts as absent.
 */
const STORAGE_KEYS = {
  dataExistedAt: 'trellis.data-existed-at',
  lastBackupAt: 'trellis.last-backup-at',
  lastTookIn: 'trellis.last-took-in',
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

export interface TookIn {
  /** When this device took the file in. */
  at: string;
  /** When the file was made, on the device it came from. */
  madeAt: string;
}

/** After a restore or merge has been written: the two devices were in step at `madeAt`. */
export function recordTookIn(madeAt: string, now: Date = new Date()): void {
  write(STORAGE_KEYS.lastTookIn, JSON.stringify({ at: now.toISOString(), madeAt }));
  notify();
}

function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

// Kept as the same string while the marker is unchanged, so useSyncExternalStore sees one value.
let tookInCache: { raw: string | undefined; value: TookIn | undefined } | undefined;

/** The last take-in, or undefined if none (or the marker is unreadable). */
export function lastTookIn(): TookIn | undefined {
  const raw = read(STORAGE_KEYS.lastTookIn);
  if (tookInCache !== undefined && tookInCache.raw === raw) return tookInCache.value;
  let value: TookIn | undefined;
  try {
    const parsed: unknown = raw === undefined ? undefined : JSON.parse(raw);
    if (parsed !== null && typeof parsed === 'object' && 'at' in parsed && 'madeAt' in parsed) {
      const { at, madeAt } = parsed;
      if (isIsoTime(at) && isIsoTime(madeAt)) value = { at, madeAt };
    }
  } catch {
    value = undefined;
  }
  tookInCache = { raw, value };
  return value;
}

// Screens showing "last backup" or "last took in" follow them without polling.
const listeners = new Set<() => void>();
function notify(): void {
  for (const listener of listeners) listener();
}
export function subscribeToDeviceMarkers(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
