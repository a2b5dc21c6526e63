/** Every screen's path, in one place, so features can link to each other without importing them. */
export const paths = {
  audit: '/audit',
  progress: '/progress',
  programme: '/programme',
  settings: '/settings',
  /** Back up everything, and restore from a backup (linked from Settings). */
  backup: '/backup',
  /** First-run set-up; also how another person on this device adds their own profile. */
  setup: '/setup',
} as const;

export type ScreenPath = (typeof paths)[keyof typeof paths];
