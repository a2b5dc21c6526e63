import { Suspense, useEffect } from 'react';
import { ReloadPrompt } from '@/pwa/reload-prompt';
import { useActiveProfileStore } from '@/state/active-profile-store';
import { paths } from '@/ui/paths';
import { navigate, usePath } from '@/ui/router';
import { AppShell } from '@/app/app-shell';
import { useActiveProgramme } from '@/app/use-active-programme';
import { DatabaseUnavailableScreen } from '@/app/database-unavailable-screen';
import {
  auditScreen,
  backupScreen,
  colleaguesScreen,
  dataMissingScreen,
  firstRunScreen,
  frameworkEditorScreen,
  journalScreen,
  observeScreen,
  preloadScreenAt,
  presentationScreen,
  programmeScreen,
  progressScreen,
  reportScreen,
  settingsScreen,
} from '@/app/screens';
import { whenIdle } from '@/ui/when-idle';

const AuditScreen = auditScreen.Screen;
const ProgressScreen = progressScreen.Screen;
const ProgrammeScreen = programmeScreen.Screen;
const SettingsScreen = settingsScreen.Screen;
const JournalScreen = journalScreen.Screen;
const FrameworkEditorScreen = frameworkEditorScreen.Screen;
const ColleaguesScreen = colleaguesScreen.Screen;
const ObserveScreen = observeScreen.Screen;
const ReportScreen = reportScreen.Screen;
const BackupScreen = backupScreen.Screen;
const DataMissingScreen = dataMissingScreen.Screen;
const PresentationScreen = presentationScreen.Screen;
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
  // rates, so opening it later costs only drawing it.
  const isReady = state.status === 'ready';
  useEffect(() => {
    if (!isReady) return;
    return whenIdle(() => void preloadScreenAt(paths.progress));
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
