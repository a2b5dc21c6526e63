import type { ComponentType, ReactNode } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { Profile } from '@/domain/profile';
import { paths, type ScreenPath } from '@/ui/paths';
import { preloadableScreen, type PreloadableScreen } from '@/app/preloadable-screen';

/** What a screen that needs a profile is drawn from: the programme showing and the app's actions. */
export interface ProfileScreenContext {
  active: ActiveProgramme;
  profiles: Profile[];
  /** Shows another profile's programme, on its audit. */
  openProfile: (profileId: string) => void;
  /** The router's navigate, passed in so this table does not bring the router into the entry. */
  navigate: (path: string) => void;
}

/** What the first-run set-up is drawn from. */
export interface FirstRunContext {
  openProfile: (profileId: string) => void;
  /** Given when a profile is already showing: someone adding another profile can go back. */
  cancel: (() => void) | undefined;
}

interface ScreenCode {
  /** Starts loading the screen's code; safe to call more than once. */
  preload: () => Promise<unknown>;
}

/** A screen for the profile showing, drawn in the app's frame with its tabs. */
export interface ProfileRoute extends ScreenCode {
  kind: 'profile';
  /** The tab lit while this screen shows: its own, or the one it is reached from. */
  tab: ScreenPath;
  draw: (context: ProfileScreenContext) => ReactNode;
}

/** A screen that opens without a profile or the database, outside the app's frame. */
export interface NoProfileRoute extends ScreenCode {
  kind: 'no-profile';
  draw: () => ReactNode;
}

/** The set-up: at its own path, and wherever Trellis is opened before anyone has set up. */
export interface FirstRunRoute extends ScreenCode {
  kind: 'first-run';
  draw: (context: FirstRunContext) => ReactNode;
}

export type Route = ProfileRoute | NoProfileRoute | FirstRunRoute;

// One builder per kind of route, so each entry's `draw` is typed by its own screen's props.
function profileRoute<Props extends object>(route: {
  tab: ScreenPath;
  screen: PreloadableScreen<Props>;
  draw: (Screen: ComponentType<Props>, context: ProfileScreenContext) => ReactNode;
}): ProfileRoute {
  const { tab, screen, draw } = route;
  return {
    kind: 'profile',
    tab,
    preload: screen.preload,
    draw: (context) => draw(screen.Screen, context),
  };
}

function noProfileRoute<Props extends object>(route: {
  screen: PreloadableScreen<Props>;
  draw: (Screen: ComponentType<Props>) => ReactNode;
}): NoProfileRoute {
  const { screen, draw } = route;
  return { kind: 'no-profile', preload: screen.preload, draw: () => draw(screen.Screen) };
}

function firstRunRoute<Props extends object>(route: {
  screen: PreloadableScreen<Props>;
  draw: (Screen: ComponentType<Props>, context: FirstRunContext) => ReactNode;
}): FirstRunRoute {
  const { screen, draw } = route;
  return {
    kind: 'first-run',
    preload: screen.preload,
    draw: (context) => draw(screen.Screen, context),
  };
}

/** Served at two paths: one component, so moving between them keeps what the screen holds. */
const colleaguesScreen = preloadableScreen(() =>
  import('@/features/colleagues/colleagues-screen').then((module) => module.ColleaguesScreen),
);

/**
 * Every screen, by its path: one entry adds a screen (and the type checker asks for an entry for
 * every path in src/ui/paths.ts). Each screen is its own chunk, so opening Trellis loads only the
 * screen it shows, and the service worker precaches them all. Each is preloadable
 * (src/app/preloadable-screen.ts): the screen a load opens on is fetched while the database opens
 * (src/app/first-screen.ts), and a linked screen when someone is about to open it
 * (src/app/preload-on-intent.ts). A screen that belongs to one profile is keyed by it, so showing
 * another profile starts it afresh.
 */
export const routes = {
  [paths.audit]: profileRoute({
    tab: paths.audit,
    screen: preloadableScreen(() =>
      import('@/features/audit/audit-screen').then((module) => module.AuditScreen),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.journal]: profileRoute({
    tab: paths.journal,
    screen: preloadableScreen(() =>
      import('@/features/journal/journal-screen').then((module) => module.JournalScreen),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.project]: profileRoute({
    tab: paths.journal,
    screen: preloadableScreen(() =>
      import('@/features/project/project-screen').then((module) => module.ProjectScreen),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.colleagues]: profileRoute({
    tab: paths.colleagues,
    screen: colleaguesScreen,
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.receive]: profileRoute({
    tab: paths.colleagues,
    screen: colleaguesScreen,
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.progress]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/progress/progress-screen').then((module) => module.ProgressScreen),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.progressUpdate]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/progress-update/progress-update-screen').then(
        (module) => module.ProgressUpdateScreen,
      ),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.presentation]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/presentation/presentation-screen').then(
        (module) => module.PresentationScreen,
      ),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.programme]: profileRoute({
    tab: paths.programme,
    screen: preloadableScreen(() =>
      import('@/features/programme/programme-screen').then((module) => module.ProgrammeScreen),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.framework]: profileRoute({
    tab: paths.programme,
    screen: preloadableScreen(() =>
      import('@/features/framework-editor/framework-editor-screen').then(
        (module) => module.FrameworkEditorScreen,
      ),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.settings]: profileRoute({
    tab: paths.settings,
    screen: preloadableScreen(() =>
      import('@/features/settings/settings-screen').then((module) => module.SettingsScreen),
    ),
    draw: (Screen, { active, profiles, openProfile, navigate }) => (
      <Screen
        key={active.profile.id}
        active={active}
        profiles={profiles}
        onSwitchProfile={openProfile}
        onAddProfile={() => navigate(paths.setup)}
      />
    ),
  }),
  [paths.review360]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/review-360/review-360-screen').then((module) => module.Review360Screen),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.reviewCoach]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/review-360/add-coach-screen').then((module) => module.AddCoachScreen),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.reviewAnswer]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/review-360/review-answer-screen').then(
        (module) => module.ReviewAnswerScreen,
      ),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.reviewReport]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/review-360/review-report-screen').then(
        (module) => module.ReviewReportScreen,
      ),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.shareSnapshot]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/share-snapshot/share-snapshot-screen').then(
        (module) => module.ShareSnapshotScreen,
      ),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  // Not keyed by profile: a backup holds every profile on the device.
  [paths.backup]: profileRoute({
    tab: paths.settings,
    screen: preloadableScreen(() =>
      import('@/features/backup/backup-screen').then((module) => module.BackupScreen),
    ),
    draw: (Screen) => <Screen />,
  }),
  // Not keyed by profile either: what is sent is everything on the device.
  [paths.sendToDevice]: profileRoute({
    tab: paths.settings,
    screen: preloadableScreen(() =>
      import('@/features/backup/send-to-device-screen').then((module) => module.SendToDeviceScreen),
    ),
    draw: (Screen) => <Screen />,
  }),
  /** Colleague mode: a colleague's phone opening a request link needs no profile and no set-up. */
  [paths.observe]: noProfileRoute({
    screen: preloadableScreen(() =>
      import('@/features/colleagues/observe-screen').then((module) => module.ObserveScreen),
    ),
    draw: (Screen) => <Screen />,
  }),
  /** A rater's phone answering a 360° review request: no profile, no set-up, works offline. */
  [paths.review]: noProfileRoute({
    screen: preloadableScreen(() =>
      import('@/features/rater/rater-screen').then((module) => module.RaterScreen),
    ),
    draw: (Screen) => <Screen />,
  }),
  /** A coach's own device: set up as a coach, open delegates' 360° answers, release reports. */
  [paths.coaching]: noProfileRoute({
    screen: preloadableScreen(() =>
      import('@/features/coaching/coaching-screen').then((module) => module.CoachingScreen),
    ),
    draw: (Screen) => <Screen />,
  }),
  /**
   * A facilitator's cohorts, on the facilitator profile (which has no programme, so this screen is
   * drawn outside the delegate's frame): shared snapshots, the cohort dashboard and its exports.
   */
  [paths.cohorts]: noProfileRoute({
    screen: preloadableScreen(() =>
      import('@/features/cohort/cohort-screen').then((module) => module.CohortScreen),
    ),
    draw: (Screen) => <Screen />,
  }),
  [paths.coachingLog]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/coaching-log/coaching-log-screen').then(
        (module) => module.CoachingLogScreen,
      ),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  [paths.verified]: profileRoute({
    tab: paths.progress,
    screen: preloadableScreen(() =>
      import('@/features/coaching-log/verification-answer-screen').then(
        (module) => module.VerificationAnswerScreen,
      ),
    ),
    draw: (Screen, { active }) => <Screen key={active.profile.id} active={active} />,
  }),
  /** A coach's own device opening a delegate's verification request: no profile, works offline. */
  [paths.verify]: noProfileRoute({
    screen: preloadableScreen(() =>
      import('@/features/coaching/verify-screen').then((module) => module.VerifyScreen),
    ),
    draw: (Screen) => <Screen />,
  }),
  /** Any Trellis file or link, on any device: recognised, then sent to the screen that previews it. */
  [paths.open]: noProfileRoute({
    screen: preloadableScreen(() =>
      import('@/features/open-file/open-file-screen').then((module) => module.OpenFileScreen),
    ),
    draw: (Screen) => <Screen />,
  }),
  [paths.setup]: firstRunRoute({
    screen: preloadableScreen(() =>
      import('@/features/setup/first-run-screen').then((module) => module.FirstRunScreen),
    ),
    draw: (Screen, { openProfile, cancel }) => (
      <Screen onSetUp={openProfile} {...(cancel ? { onCancel: cancel } : {})} />
    ),
  }),
} satisfies Record<ScreenPath, Route>;

/** The route at `path` (a pathname, without its query); undefined if no screen lives there. */
export function routeAt(path: string): Route | undefined {
  return Object.hasOwn(routes, path) ? routes[path as ScreenPath] : undefined;
}

/** Starts loading the code of the screen at `path`; false if no screen lives there. */
export function preloadScreenAt(path: string): boolean {
  const route = routeAt(path);
  // A failed preload is not an error here: the screen, when drawn, shows the failure if any.
  void route?.preload().catch(() => undefined);
  return route !== undefined;
}
