import { Suspense, useEffect } from 'react';
import { ReloadPrompt } from '@/pwa/reload-prompt';
import { useActiveProfileStore } from '@/state/active-profile-store';
import { paths } from '@/ui/paths';
import { Link, navigate, usePath, useSearch } from '@/ui/router';
import { AppShell } from '@/app/app-shell';
import { useActiveProgramme } from '@/app/use-active-programme';
import { DatabaseUnavailableScreen } from '@/app/database-unavailable-screen';
import { preloadableScreen } from '@/app/preloadable-screen';
import { preloadScreenAt, routeAt, routes } from '@/app/routes';
import { whenIdle } from '@/ui/when-idle';
import { FileDrop } from '@/app/file-drop';

/** Shown instead of any screen when this browser's data has gone (use-active-programme.ts). */
const DataMissingScreen = preloadableScreen(() =>
  import('@/features/backup/data-missing-screen').then((module) => module.DataMissingScreen),
).Screen;

/** The backup screen needs no profile; see `App` for when it is drawn without one. */
const BackupScreen = preloadableScreen(() =>
  import('@/features/backup/backup-screen').then((module) => module.BackupScreen),
).Screen;

function LoadingScreen() {
  return (
    <div className="loading" aria-busy="true">
      <p>Opening…</p>
    </div>
  );
}

export function App() {
  return (
    <>
      <AppScreens />
      <FileDrop />
    </>
  );
}

/** The screen at the current path, in the frame its route and this device's profiles call for. */
function AppScreens() {
  const state = useActiveProgramme();
  const path = usePath();
  const search = useSearch();
  const route = routeAt(path);
  const setActiveProfileId = useActiveProfileStore((store) => store.setActiveProfileId);

  function openProfile(profileId: string) {
    setActiveProfileId(profileId);
    navigate(paths.audit);
  }

  // Progress's code (the dashboard and its charts) is fetched and evaluated while the delegate
  // rates, so opening it later costs only drawing it.
  const isReady = state.status === 'ready';
  useEffect(() => {
    if (!isReady) return;
    return whenIdle(() => void preloadScreenAt(paths.progress));
  }, [isReady]);

  // A rater's answer link on a device with no profile is for a coach: the workspace receives it.
  const isAnswerForCoach = state.status === 'no-profiles' && path === paths.reviewAnswer;
  useEffect(() => {
    if (isAnswerForCoach) navigate(`${paths.coaching}${window.location.hash}`, { replace: true });
  }, [isAnswerForCoach]);

  // A facilitator's device with no delegate on it opens on their cohorts, not on a first run; the
  // set-up stays reachable at its own path for someone adding a delegate's profile.
  const opensCohorts =
    state.status === 'no-profiles' &&
    state.hasFacilitator &&
    route?.kind !== 'no-profile' &&
    path !== paths.setup &&
    path !== paths.backup &&
    path !== paths.reviewAnswer;
  useEffect(() => {
    if (opensCohorts) navigate(paths.cohorts, { replace: true });
  }, [opensCohorts]);

  const isKnownPath = route !== undefined;
  useEffect(() => {
    if (state.status === 'ready' && !isKnownPath) navigate(paths.audit, { replace: true });
  }, [state.status, isKnownPath]);

  if (route?.kind === 'no-profile') {
    return (
      <>
        <Suspense fallback={<LoadingScreen />}>{route.draw()}</Suspense>
        <ReloadPrompt />
      </>
    );
  }

  if (state.status === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <p>Opening Trellis…</p>
      </main>
    );
  }

  if (state.status === 'unavailable') {
    return <DatabaseUnavailableScreen reason={state.reason} onRetry={state.retry} />;
  }

  if (state.status === 'data-missing') {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <DataMissingScreen existedSince={state.existedSince} onStartAfresh={state.startAfresh} />
      </Suspense>
    );
  }

  if (isAnswerForCoach || opensCohorts) return <LoadingScreen />;

  // A coach's device may hold no profile, only the coach's key, and a facilitator's device only the
  // facilitator's profile; both must be backed up (and restored onto a new device) like any other
  // data: the coaching and cohort workspaces link here, and the way back leads to the one it came from.
  if (state.status === 'no-profiles' && path === paths.backup) {
    const fromCohorts = new URLSearchParams(search).get('from') === 'cohorts';
    const back = fromCohorts
      ? { to: paths.cohorts, label: '← Back to your cohorts' }
      : { to: paths.coaching, label: '← Back to the coaching workspace' };
    return (
      <div className="app">
        <header className="app-header">
          <div className="app-header-inner">
            <Link to={back.to} className="brand">
              <img src="/favicon.svg" alt="" width="28" height="28" />
              Trellis
            </Link>
            <Link to={back.to}>{back.label}</Link>
          </div>
        </header>
        <main id="main" className="app-main">
          <Suspense fallback={<LoadingScreen />}>
            <BackupScreen />
          </Suspense>
        </main>
        <ReloadPrompt />
      </div>
    );
  }

  if (state.status === 'no-profiles' || route?.kind === 'first-run') {
    const cancel = state.status === 'ready' ? () => navigate(paths.settings) : undefined;
    return (
      <>
        <Suspense fallback={<LoadingScreen />}>
          {routes[paths.setup].draw({ openProfile, cancel })}
        </Suspense>
        <ReloadPrompt />
      </>
    );
  }

  const { active, profiles } = state;
  // An unknown path shows the audit, with no tab lit, until the effect above has moved there.
  const screen = route?.kind === 'profile' ? route : undefined;
  return (
    <AppShell
      active={active}
      profiles={profiles}
      currentTab={screen?.tab}
      onSwitchProfile={openProfile}
    >
      <Suspense fallback={<LoadingScreen />}>
        {(screen ?? routes[paths.audit]).draw({ active, profiles, openProfile, navigate })}
      </Suspense>
    </AppShell>
  );
}
