import { useEffect } from 'react';
import { AuditScreen } from '@/features/audit/audit-screen';
import { ProgrammeScreen } from '@/features/programme/programme-screen';
import { ProgressScreen } from '@/features/progress/progress-screen';
import { SettingsScreen } from '@/features/settings/settings-screen';
import { FirstRunScreen } from '@/features/setup/first-run-screen';
import { ReloadPrompt } from '@/pwa/reload-prompt';
import { useActiveProfileStore } from '@/state/active-profile-store';
import { paths } from '@/ui/paths';
import { navigate, usePath } from '@/ui/router';
import { AppShell } from '@/app/app-shell';
import { useActiveProgramme } from '@/app/use-active-programme';

export function App() {
  const state = useActiveProgramme();
  const path = usePath();
  const setActiveProfileId = useActiveProfileStore((store) => store.setActiveProfileId);

  function openProfile(profileId: string) {
    setActiveProfileId(profileId);
    navigate(paths.audit);
  }

  const isKnownPath = (Object.values(paths) as string[]).includes(path);
  useEffect(() => {
    if (state.status === 'ready' && !isKnownPath) navigate(paths.audit, { replace: true });
  }, [state.status, isKnownPath]);

  if (state.status === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <p>Opening Trellis…</p>
      </main>
    );
  }

  if (state.status === 'no-profiles' || path === paths.setup) {
    const canCancel = state.status === 'ready';
    return (
      <>
        <FirstRunScreen
          onSetUp={openProfile}
          {...(canCancel ? { onCancel: () => navigate(paths.settings) } : {})}
        />
        <ReloadPrompt />
      </>
    );
  }

  const { active, profiles } = state;
  return (
    <AppShell active={active} profiles={profiles} onSwitchProfile={openProfile}>
      {path === paths.progress ? (
        <ProgressScreen key={active.profile.id} active={active} />
      ) : path === paths.programme ? (
        <ProgrammeScreen key={active.profile.id} active={active} />
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
    </AppShell>
  );
}
