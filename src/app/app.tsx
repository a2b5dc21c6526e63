import { lazy, Suspense, useEffect } from 'react';
import { ReloadPrompt } from '@/pwa/reload-prompt';
import { useActiveProfileStore } from '@/state/active-profile-store';
import { paths } from '@/ui/paths';
import { navigate, usePath } from '@/ui/router';
import { AppShell } from '@/app/app-shell';
import { useActiveProgramme } from '@/app/use-active-programme';
import { DatabaseUnavailableScreen } from '@/app/database-unavailable-screen';
import { auditScreen, firstRunScreen, progressScreen } from '@/app/start-screens';
import { whenIdle } from '@/ui/when-idle';

// Each screen is its own chunk, so opening Trellis loads only the screen it shows. The service
// worker precaches them all, so switching screens offline is as quick as online.
// Preloadable: drawn without a Suspense fallback when first-screen.ts has fetched it (issue 7).
const AuditScreen = auditScreen.Screen;
const ProgressScreen = progressScreen.Screen;
const ProgrammeScreen = lazy(() =>
  import('@/features/programme/programme-screen').then((module) => ({
    default: module.ProgrammeScreen,
  })),
);
const SettingsScreen = lazy(() =>
  import('@/features/settings/settings-screen').then((module) => ({
    default: module.SettingsScreen,
  })),
);
const JournalScreen = lazy(() =>
  import('@/features/journal/journal-screen').then((module) => ({
    default: module.JournalScreen,
  })),
);
const FrameworkEditorScreen = lazy(() =>
  import('@/features/framework-editor/framework-editor-screen').then((module) => ({
    default: module.FrameworkEditorScreen,
  })),
);
const ColleaguesScreen = lazy(() =>
  import('@/features/colleagues/colleagues-screen').then((module) => ({
    default: module.ColleaguesScreen,
  })),
);
// Colleague mode: a colleague's phone opening a request link needs no profile and no set-up.
const ObserveScreen = lazy(() =>
  import('@/features/colleagues/observe-screen').then((module) => ({
    default: module.ObserveScreen,
  })),
);
const ReportScreen = lazy(() =>
  import('@/features/report/report-screen').then((module) => ({ default: module.ReportScreen })),
);
const BackupScreen = lazy(() =>
  import('@/features/backup/backup-screen').then((module) => ({ default: module.BackupScreen })),
);
const DataMissingScreen = lazy(() =>
  import('@/features/backup/data-missing-screen').then((module) => ({
    default: module.DataMissingScreen,
  })),
);
const PresentationScreen = lazy(() =>
  import('@/features/presentation/presentation-screen').then((module) => ({
    default: module.PresentationScreen,
  })),
);
const FirstRunScreen = firstRunScreen.Screen;

function LoadingScreen() {
  return (
    <div className="loading" aria-busy="true">
      <p>Opening…</p>
    </div>
  );
}

export function App() {
  const state = useActiveProgramme();
  const path = usePath();
  const setActiveProfileId = useActiveProfileStore((store) => store.setActiveProfileId);

  function openProfile(profileId: string) {
    setActiveProfileId(profileId);
    navigate(paths.audit);
  }

  // Progress's code (the dashboard and its charts) is fetched and evaluated while the delegate
  // rates, so opening it later costs only drawing it (issue 7).
  const isReady = state.status === 'ready';
  useEffect(() => {
    if (!isReady) return;
    return whenIdle(() => void progressScreen.preload().catch(() => undefined));
  }, [isReady]);

  const isKnownPath = (Object.values(paths) as string[]).includes(path);
  useEffect(() => {
    if (state.status === 'ready' && !isKnownPath) navigate(paths.audit, { replace: true });
  }, [state.status, isKnownPath]);

  if (path === paths.observe) {
    return (
      <>
        <Suspense fallback={<LoadingScreen />}>
          <ObserveScreen />
        </Suspense>
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

  if (state.status === 'no-profiles' || path === paths.setup) {
    const canCancel = state.status === 'ready';
    return (
      <>
        <Suspense fallback={<LoadingScreen />}>
          <FirstRunScreen
            onSetUp={openProfile}
            {...(canCancel ? { onCancel: () => navigate(paths.settings) } : {})}
          />
        </Suspense>
        <ReloadPrompt />
      </>
    );
  }

  const { active, profiles } = state;
  return (
    <AppShell active={active} profiles={profiles} onSwitchProfile={openProfile}>
      <Suspense fallback={<LoadingScreen />}>
        {path === paths.progress ? (
          <ProgressScreen key={active.profile.id} active={active} />
        ) : path === paths.programme ? (
          <ProgrammeScreen key={active.profile.id} active={active} />
        ) : path === paths.journal ? (
          <JournalScreen key={active.profile.id} active={active} />
        ) : path === paths.framework ? (
          <FrameworkEditorScreen key={active.profile.id} active={active} />
        ) : path === paths.colleagues || path === paths.receive ? (
          <ColleaguesScreen key={active.profile.id} active={active} />
        ) : path === paths.report ? (
          <ReportScreen key={active.profile.id} active={active} />
        ) : path === paths.presentation ? (
          <PresentationScreen key={active.profile.id} active={active} />
        ) : path === paths.backup ? (
          <BackupScreen />
        ) : path === paths.settings ? (
          <SettingsScreen
            key={active.profile.id}
            active={active}
            profiles={profiles}
            onSwitchProfile={openProfile}
            onAddProfile={() => navigate(paths.setup)}
          />
        ) : (
          <AuditScreen key={active.profile.id} active={active} />
        )}
      </Suspense>
    </AppShell>
  );
}
