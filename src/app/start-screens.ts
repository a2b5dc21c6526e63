import { preloadableScreen } from '@/app/preloadable-screen';

/**
 * The screens Trellis opens on, fetched while the database opens (src/app/first-screen.ts), and
 * Progress, the screen most often opened next, fetched once the first screen is up and the page
 * is idle (src/app/app.tsx).
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
