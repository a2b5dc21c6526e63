import { useSyncExternalStore } from 'react';
import { lastBackupAt, subscribeToLastBackup } from '@/db/device-markers';

/** When the last backup on this device was made; updates as soon as a new one is saved. */
export function useLastBackup(): string | undefined {
  return useSyncExternalStore(subscribeToLastBackup, lastBackupAt);
}
