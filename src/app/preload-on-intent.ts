import { preloadScreenAt } from '@/app/routes';

/**
 * Fetches a screen's code as soon as someone shows they are about to open it: a pointer over a
 * link to it (a mouse rests there for a few hundred milliseconds before the click), a finger
 * down on it (about a tenth of a second before the click), or the keyboard focus on it. A
 * screen whose code has arrived is drawn at once; one whose code has not shows "Opening…" and
 * then waits, since React holds a suspended screen back for 300 ms after its fallback appears.
 * Each screen's code is fetched at most once, and the service worker serves it from its cache.
 */
function preloadLinkedScreen(event: Event): void {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (link instanceof HTMLAnchorElement && link.origin === window.location.origin) {
    preloadScreenAt(link.pathname);
  }
}

const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin'] as const;

/** Listens on the whole document, so every link to a screen counts; returns the way to stop. */
export function preloadScreensOnIntent(target: Document = document): () => void {
  for (const type of INTENT_EVENTS) {
    target.addEventListener(type, preloadLinkedScreen, { passive: true });
  }
  return () => {
    for (const type of INTENT_EVENTS) target.removeEventListener(type, preloadLinkedScreen);
  };
}
