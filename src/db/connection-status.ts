/**
 * Whether this tab's connection to the database is still good. One module-level value that screens
 * follow (src/app/use-connection-status.ts), set from Dexie's events:
 *
 * - `upgraded-elsewhere`: another tab opened a newer version of Trellis and needs the database
 *   upgraded. This tab closes its connection at once, so the upgrade is not blocked, and asks the
 *   user to reload. Nothing on screen is unmounted: text being typed stays where it is.
 *
 * Registered once, when the app starts (watchDatabaseConnection in main.tsx).
 */
import { db } from '@/db/database';

export type ConnectionStatus = 'open' | 'upgraded-elsewhere';

let status: ConnectionStatus = 'open';
const listeners = new Set<() => void>();

function setStatus(next: ConnectionStatus): void {
  if (status === next) return;
  status = next;
  for (const listener of listeners) listener();
}

export function connectionStatus(): ConnectionStatus {
  return status;
}

export function subscribeToConnectionStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let isWatching = false;

export function watchDatabaseConnection(): void {
  if (isWatching) return;
  isWatching = true;
  db.on('versionchange', (event) => {
    // Dexie's own listener closes the connection too; closing here first, without reopening,
    // means this old tab can never write rows in the old shape into an upgraded database.
    db.close({ disableAutoOpen: true });
    if (event.newVersion !== null && event.newVersion > 0) setStatus('upgraded-elsewhere');
    return false;
  });
}

/** For tests: forget a previous test's state. */
export function resetConnectionStatus(): void {
  status = 'open';
}
