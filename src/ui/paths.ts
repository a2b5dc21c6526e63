/** Every screen's path, in one place, so features can link to each other without importing them. */
export const paths = {
  audit: '/audit',
  progress: '/progress',
  programme: '/programme',
  settings: '/settings',
  /** The action-research journal; `?entry=<id>`, `?skill=<skillId>` and `?view=ranked` link inside it. */
  journal: '/journal',
  /** The framework editor: reached from the Programme screen and Settings, not a tab. */
  framework: '/framework',
  /** Learning 3: the trio, observations and colleagues' progress. */
  colleagues: '/colleagues',
  /** A colleague's phone opening an observation request link (no profile needed). */
  observe: '/observe',
  /** A rater's phone opening a 360° review request link (no profile needed). */
  review: '/review',
  /** The delegate opening an observation sent back from a colleague's phone. */
  receive: '/receive',
  /** Back up everything, and restore from a backup (linked from Settings). */
  backup: '/backup',
  /** Send everything to my other device: a protected backup to share or save (from Settings). */
  sendToDevice: '/send',
  /** A one-page progress update for a coach or headteacher, for any week (from Progress). */
  progressUpdate: '/report',
  /** The end-of-programme presentation: preview, PowerPoint deck and printable handout. */
  presentation: '/present',
  /**
   * The coaching workspace: a coach's own device, no profile needed. `?round=<id>` opens one of
   * the 360° reviews they coach.
   */
  coaching: '/coaching',
  /** The 360° leadership review: rounds, self-rating, raters' links, answers and the report. */
  review360: '/360',
  /** The delegate opening their coach's link, to add them as the coach for 360 reviews. */
  reviewCoach: '/coach',
  /** The delegate opening a rater's 360 answer link. */
  reviewAnswer: '/review-answer',
  /** The delegate opening the 360 report their coach released. */
  reviewReport: '/review-report',
  /**
   * The improvement project, under the Journal tab: the project, its evidence and timeline;
   * `?view=write-up` the write-up editor, `?view=print` the write-up laid out for printing.
   */
  project: '/project',
  /**
   * The cohort workspace: a facilitator's own device, on the facilitator profile. `?cohort=<id>`
   * opens one cohort's dashboard; a snapshot sent as a link arrives in the fragment.
   */
  cohorts: '/cohorts',
  /** "Share with my facilitator": the progress snapshot, its choices and preview (from Progress). */
  shareSnapshot: '/share-progress',
  /**
   * The delegate's coaching: sessions (`?session=<id>`), the action list (`?view=actions`) and
   * evidence sets for the final assessment (`?view=evidence`, `?set=<id>`). Reached from Progress
   * and Programme.
   */
  coachingLog: '/coaching-log',
  /** A coach's device opening a delegate's verification request (no profile needed). */
  verify: '/verify',
  /** The delegate opening the coach's signed answer to a verification request. */
  verified: '/verified',
  /**
   * "Open a Trellis file": any file or link, recognised and sent to the screen that previews it.
   * Files shared to the installed app arrive with `?shared=1`; files opened with it, by the
   * launch queue. Needs no profile.
   */
  open: '/open',
  /** First-run set-up; also how another person on this device adds their own profile. */
  setup: '/setup',
} as const;

export type ScreenPath = (typeof paths)[keyof typeof paths];
