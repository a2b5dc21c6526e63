/**
 * Trellis's service worker (built by vite-plugin-pwa's injectManifest into /sw.js). It does what
 * the generated Workbox worker did — precache every built file, open every path offline, take
 * over the first visit, wait for "Reload to update" — and one thing more: it is the installed
 * app's share target, so files and links sent from another app's share sheet reach the open
 * screen.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { keepShare, OPEN_SHARED_PATH, readShareForm, SHARE_TARGET_PATH } from './share-target';

declare const self: ServiceWorkerGlobalScope & {
  /** Replaced at build time by the list of built files and their revisions. */
  __WB_MANIFEST: (PrecacheEntry | string)[];
};

// A new version waits until the user accepts the reload prompt: workbox-window then posts
// SKIP_WAITING. Never skipping on its own means nobody is reloaded mid-sentence.
self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

// Controls the page from the first visit, so it works offline without a second load.
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Every path is the one-page app: offline, a navigation gets the precached index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// A share is kept in its own cache and the page sent to the open screen, which reads it. It
// always redirects, even when nothing could be kept: the open screen then says what it found,
// rather than the share vanishing. 303, so the browser follows with a GET (no resubmission).
registerRoute(
  ({ url }) => url.pathname === SHARE_TARGET_PATH,
  async ({ request }) => {
    try {
      await keepShare(await readShareForm(request), self.caches);
    } catch (error) {
      console.error('Trellis could not keep what was shared', error);
    }
    return Response.redirect(new URL(OPEN_SHARED_PATH, self.location.origin).href, 303);
  },
  'POST',
);
