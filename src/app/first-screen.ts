import { dataExistedAt } from '@/db/device-markers';
import { useActiveProfileStore } from '@/state/active-profile-store';
import { auditScreen, firstRunScreen, progressScreen } from '@/app/start-screens';
import { paths } from '@/ui/paths';

/**
 * Which screen's code the app will most likely need first, started downloading (and evaluating)
 * as Trellis starts, while the database opens and the profile is read (issue 7). Without this, the
 * screen's chunk was only asked for once those reads had finished — a waterfall that cost a slowed
 * phone several hundred milliseconds on every load. The guess is cheap and only a guess: the same
 * import() in app.tsx's React.lazy gets the module already loaded, or loads it if the guess was
 * wrong (then the only cost is one chunk fetched that is not shown yet, and the service worker has
 * it precached anyway).
 *
 * - A colleague's request link: the observe screen (no profile needed).
 * - No profile chosen on this device and no data here before: the first-run welcome.
 * - Otherwise the screen of the path opened, the audit for "/" and unknown paths.
 */
export function startLoadingFirstScreen(path: string = window.location.pathname): void {
  const load = firstScreenLoader(path);
  // A failed preload is not an error: React.lazy asks again and shows its own failure if any.
  void load().catch(() => undefined);
}

function firstScreenLoader(path: string): () => Promise<unknown> {
  if (path === paths.observe) return () => import('@/features/colleagues/observe-screen');
  const hasProfile =
    useActiveProfileStore.getState().activeProfileId !== null || dataExistedAt() !== undefined;
  if (!hasProfile || path === paths.setup) return firstRunScreen.preload;
  switch (path) {
    case paths.progress:
      return progressScreen.preload;
    case paths.journal:
      return () => import('@/features/journal/journal-screen');
    case paths.colleagues:
    case paths.receive:
      return () => import('@/features/colleagues/colleagues-screen');
    case paths.programme:
      return () => import('@/features/programme/programme-screen');
    case paths.settings:
      return () => import('@/features/settings/settings-screen');
    default:
      return auditScreen.preload;
  }
}
