import { requestStoragePersistence } from '@/pwa/storage-persistence';

/**
 * After the first rating is saved we ask the browser to keep Trellis's storage (see
 * storage-persistence.ts). Asking once per session is enough: the answer does not change between
 * clicks, and some browsers show a prompt we must not repeat.
 */
let hasAsked = false;

export function requestPersistenceOnce(): void {
  if (hasAsked) return;
  hasAsked = true;
  void requestStoragePersistence();
}
