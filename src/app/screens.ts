import { paths } from '@/ui/paths';
import { preloadableScreen } from '@/app/preloadable-screen';

/**
 * Every screen, each its own chunk, so opening Trellis loads only the screen it shows; the service
 * worker precaches them all, so switching screens offline is as quick as online. Each is
 * preloadable (src/app/preloadable-screen.ts): the screen a load opens on is fetched while the
 * database opens (src/app/first-screen.ts) and then drawn without a Suspense fallback, and Progress,
 * the screen most often opened next, is fetched once the first screen is up and the page is idle
 * (src/app/app.tsx).
 */
export const auditScreen = preloadableScreen(() =>
  import('@/features/audit/audit-screen').then((module) => module.AuditScreen),
);
export const firstRunScreen = preloadableScreen(() =>
  import('@/features/setup/first-run-screen').then((module) => module.FirstRunScreen),
);
export const progressScreen = preloadableScreen(() =>
  import('@/features/progress/progress-screen').then((module) => module.ProgressScreen),
);
export const programmeScreen = preloadableScreen(() =>
  import('@/features/programme/programme-screen').then((module) => module.ProgrammeScreen),
);
export const settingsScreen = preloadableScreen(() =>
  import('@/features/settings/settings-screen').then((module) => module.SettingsScreen),
);
export const journalScreen = preloadableScreen(() =>
  import('@/features/journal/journal-screen').then((module) => module.JournalScreen),
);
export const frameworkEditorScreen = preloadableScreen(() =>
  import('@/features/framework-editor/framework-editor-screen').then(
    (module) => module.FrameworkEditorScreen,
  ),
);
export const colleaguesScreen = preloadableScreen(() =>
  import('@/features/colleagues/colleagues-screen').then((module) => module.ColleaguesScreen),
);
/** Colleague mode: a colleague's phone opening a request link needs no profile and no set-up. */
export const observeScreen = preloadableScreen(() =>
  import('@/features/colleagues/observe-screen').then((module) => module.ObserveScreen),
);
export const reportScreen = preloadableScreen(() =>
  import('@/features/progress-update/progress-update-screen').then(
    (module) => module.ProgressUpdateScreen,
  ),
);
export const backupScreen = preloadableScreen(() =>
  import('@/features/backup/backup-screen').then((module) => module.BackupScreen),
);
export const dataMissingScreen = preloadableScreen(() =>
  import('@/features/backup/data-missing-screen').then((module) => module.DataMissingScreen),
);
export const presentationScreen = preloadableScreen(() =>
  import('@/features/presentation/presentation-screen').then((module) => module.PresentationScreen),
);

/** Each path's screen code, to fetch ahead (first-screen.ts, preload-on-intent.ts). */
const preloadByPath: Readonly<Record<string, () => Promise<unknown>>> = {
  [paths.audit]: auditScreen.preload,
  [paths.progress]: progressScreen.preload,
  [paths.programme]: programmeScreen.preload,
  [paths.settings]: settingsScreen.preload,
  [paths.journal]: journalScreen.preload,
  [paths.framework]: frameworkEditorScreen.preload,
  [paths.colleagues]: colleaguesScreen.preload,
  [paths.receive]: colleaguesScreen.preload,
  [paths.observe]: observeScreen.preload,
  [paths.backup]: backupScreen.preload,
  [paths.report]: reportScreen.preload,
  [paths.presentation]: presentationScreen.preload,
  [paths.setup]: firstRunScreen.preload,
};

/** Starts loading the code of the screen at `path`; false if no screen lives there. */
export function preloadScreenAt(path: string): boolean {
  if (!Object.hasOwn(preloadByPath, path)) return false;
  // A failed preload is not an error here: the screen, when drawn, shows the failure if any.
  void preloadByPath[path]?.().catch(() => undefined);
  return true;
}
