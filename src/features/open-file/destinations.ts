import type { DeviceRoles, FileAudience, TrellisFileKind } from '@/domain/trellis-files';
import { paths } from '@/ui/paths';

/** The screen that previews each kind: the one its own file input or link lives on. */
const PREVIEW_SCREEN: Readonly<Record<TrellisFileKind, string>> = {
  backup: paths.backup,
  framework: paths.framework,
  'observation-request': paths.observe,
  observation: paths.receive,
  'review-request': paths.review,
  'review-answer': paths.reviewAnswer,
  'coach-link': paths.reviewCoach,
  'review-bundle': paths.coaching,
  'review-report': paths.reviewReport,
  'verification-request': paths.verify,
  verification: paths.verified,
  'progress-snapshot': paths.cohorts,
};

/**
 * Where a kind opens for the audience it was placed with: a rater's answer on a coach's device
 * goes to the workspace, and a backup on a device with nobody set up to the welcome's "Start from
 * a backup", which then opens the profile worked on last.
 */
export function previewScreenFor(
  kind: TrellisFileKind,
  audience: FileAudience,
  roles: DeviceRoles,
): string {
  if (kind === 'review-answer' && audience === 'coach') return paths.coaching;
  const isEmpty = !roles.hasDelegate && !roles.hasFacilitator && !roles.isCoach;
  if (kind === 'backup' && isEmpty) return paths.setup;
  return PREVIEW_SCREEN[kind];
}

/** The one kind several files of may be opened together: a facilitator takes in a cohort's snapshots at once. */
export function opensSeveralAtOnce(kind: TrellisFileKind): boolean {
  return kind === 'progress-snapshot';
}
