import { paths } from '@/ui/paths';

/** Links into the coaching log, for any screen that points at a session, the actions or a set. */
export function coachingSessionPath(sessionId: string): string {
  return `${paths.coachingLog}?session=${encodeURIComponent(sessionId)}`;
}

export const COACHING_ACTIONS_PATH = `${paths.coachingLog}?view=actions`;
export const EVIDENCE_SETS_PATH = `${paths.coachingLog}?view=evidence`;

export function evidenceSetPath(setId: string): string {
  return `${paths.coachingLog}?view=evidence&set=${encodeURIComponent(setId)}`;
}
