import { useSyncExternalStore } from 'react';
import { connectionStatus, subscribeToConnectionStatus } from '@/db/connection-status';

export function useConnectionStatus() {
  return useSyncExternalStore(subscribeToConnectionStatus, connectionStatus);
}
