import { dataExistedAt } from '@/db/device-markers';
import { useActiveProfileStore } from '@/state/active-profile-store';
import { preloadScreenAt, routeAt } from '@/app/routes';
import { paths } from '@/ui/paths';

/**
 * Which screen's code the app will most likely need first, started downloading (and evaluating)
 * as Trellis starts, while the database opens and the profile is read. Without this, the screen's
 * chunk would be asked for only once those reads had finished: a waterfall on every load. The guess is cheap and only a guess: the
 * screen in app.tsx is then drawn at once, without a Suspense fallback, or loads its code if the
 * guess was wrong (then the only cost is one chunk fetched that is not shown yet, and the service
 * worker has it precached anyway).
 *
 * - A screen that needs no profile (a colleague's request link): that screen.
 * - No profile chosen on this device and no data here before: the first-run welcome.
 * - Otherwise the screen of the path opened, the audit for "/" and unknown paths.
 */
export function startLoadingFirstScreen(path: string = window.location.pathname): void {
  const hasProfile =
    useActiveProfileStore.getState().activeProfileId !== null || dataExistedAt() !== undefined;
  if (routeAt(path)?.kind !== 'no-profile' && !hasProfile) preloadScreenAt(paths.setup);
  else if (!preloadScreenAt(path)) preloadScreenAt(paths.audit);
}
