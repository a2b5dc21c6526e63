/**
 * Asks the browser to keep Trellis's storage even when the device runs low on space (and Safari from
 * clearing it after a week unused). Browsers grant it quietly, after engagement, or when installed;
 * we ask at moments that matter (after set-up, after saving ratings) and show the answer in Settings.
 */
export type PersistenceStatus = 'persisted' | 'not-persisted' | 'unsupported';

export async function storagePersistenceStatus(): Promise<PersistenceStatus> {
  if (!('storage' in navigator) || typeof navigator.storage.persisted !== 'function') {
    return 'unsupported';
  }
  return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
}

export async function requestStoragePersistence(): Promise<PersistenceStatus> {
  if (!('storage' in navigator) || typeof navigator.storage.persist !== 'function') {
    return 'unsupported';
  }
  try {
    return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

export interface StorageUsage {
  usedBytes: number;
  quotaBytes: number;
}

export async function storageUsage(): Promise<StorageUsage | undefined> {
  if (!('storage' in navigator) || typeof navigator.storage.estimate !== 'function') {
    return undefined;
  }
  const { usage, quota } = await navigator.storage.estimate();
  if (usage === undefined || quota === undefined) return undefined;
  return { usedBytes: usage, quotaBytes: quota };
}
