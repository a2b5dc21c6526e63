import { preloadableScreen } from '@/app/preloadable-screen';

/** The two screens Trellis opens on: fetched while the database opens (src/app/first-screen.ts). */
export const auditScreen = preloadableScreen(() =>
  import('@/features/audit/audit-screen').then((module) => module.AuditScreen),
);
export const firstRunScreen = preloadableScreen(() =>
  import('@/features/setup/first-run-screen').then((module) => module.FirstRunScreen),
);
