import { useSyncExternalStore } from 'react';
import {
  lastBackupAt,
  lastTookIn,
  subscribeToDeviceMarkers,
  type TookIn,
} from '@/db/device-markers';

/** When the last backup on this device was made; updates as soon as a new one is saved. */
export function useLastBackup(): string | undefined {
  return useSyncExternalStore(subscribeToDeviceMarkers, lastBackupAt);
}

/** When this device last took in a backup or another device's data; updates on the restore. */
export function useLastTookIn(): TookIn | undefined {
  return useSyncExternalStore(subscribeToDeviceMarkers, lastTookIn);
}
