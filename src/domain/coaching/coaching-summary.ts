import { type CalendarDate } from '@/domain/calendar-date';
import { actionTiming, type CoachingAction } from '@/domain/coaching/coaching-action';
import type { CoachingSession } from '@/domain/coaching/coaching-session';
import { isLiveVerification, type StoredVerification } from '@/domain/coaching/stored-verification';
import { checkVerification } from '@/domain/coaching/verification';

/**
 * Coaching in a few figures, for the progress update, the presentation and the spreadsheet's
 * readers: sessions held, actions done and open (and how many of those are overdue), and records
 * the coach verified. A verification is counted only when its signature still checks, so a figure
 * never claims more than the coach signed.
 */
export interface CoachingSummary {
  sessions: number;
  /** Sessions with the coach, of all sessions. */
  withCoach: number;
  actionsDone: number;
  actionsOpen: number;
  actionsOverdue: number;
  /** Sessions and evidence sets with a confirmation from the coach. */
  verified: number;
  /** The coach who verified most recently, when any did. */
  verifiedBy: string | undefined;
}

export interface CoachingSummaryInput {
  sessions: readonly CoachingSession[];
  actions: readonly CoachingAction[];
  verifications: readonly StoredVerification[];
  /** The last day to count (the end of the week a progress update is for); none for everything. */
  upTo: CalendarDate | undefined;
  /** Today, in the delegate's calendar: what "overdue" is judged against. */
  today: CalendarDate;
}

export async function coachingSummary(input: CoachingSummaryInput): Promise<CoachingSummary> {
  const { upTo, today } = input;
  const isBy = (date: CalendarDate) => upTo === undefined || date <= upTo;
  const asOf = upTo !== undefined && upTo < today ? upTo : today;
  const sessions = input.sessions.filter(
    (session) => session.deletedAt === undefined && isBy(session.date),
  );
  const sessionIds = new Set(sessions.map((session) => session.id));
  const actions = input.actions.filter(
    (action) =>
      action.deletedAt === undefined &&
      (action.sessionId === null
        ? isBy(action.createdAt.slice(0, 10))
        : sessionIds.has(action.sessionId)),
  );
  // An action closed after the day counted was still open then.
  const closedBy = (action: CoachingAction) =>
    action.status !== 'open' && action.closedOn !== undefined && isBy(action.closedOn);
  const done = actions.filter((action) => action.status === 'done' && closedBy(action));
  const open = actions.filter((action) => action.status === 'open' || !closedBy(action));
  const overdue = open.filter(
    (action) => actionTiming({ status: 'open', dueDate: action.dueDate }, asOf).state === 'overdue',
  );

  const verifiedSubjects = new Map<string, { at: string; coachName: string }>();
  for (const row of input.verifications) {
    if (!isLiveVerification(row) || !row.answer) continue;
    const checked = await checkVerification(row.answer.signed, {
      profileId: row.profileId,
      request: row.request,
      coach: {
        name: row.request.coachName,
        publicKeyJwk: row.coachSigningKey.publicKeyJwk,
        keyId: row.coachSigningKey.keyId,
        signing: row.coachSigningKey,
      },
    });
    if (!checked.ok || checked.value.decision !== 'confirmed') continue;
    if (!isBy(checked.value.decidedAt.slice(0, 10))) continue;
    const key = `${row.subject.kind}:${row.subject.id}`;
    const earlier = verifiedSubjects.get(key);
    if (!earlier || earlier.at < checked.value.decidedAt) {
      verifiedSubjects.set(key, {
        at: checked.value.decidedAt,
        coachName: checked.value.coachName,
      });
    }
  }
  const latest = [...verifiedSubjects.values()].sort((a, b) => b.at.localeCompare(a.at))[0];
  return {
    sessions: sessions.length,
    withCoach: sessions.filter((session) => session.withWhom === 'coach').length,
    actionsDone: done.length,
    actionsOpen: open.length,
    actionsOverdue: overdue.length,
    verified: verifiedSubjects.size,
    verifiedBy: latest?.coachName,
  };
}

function count(n: number, one: string, many: string): string {
  return `${n.toString()} ${n === 1 ? one : many}`;
}

/**
 * "5 coaching sessions; 6 of 9 agreed actions done, 1 overdue; 2 records verified by Dr Ruth
 * Adeyemi." Short enough for the one-page progress update. Undefined when there is nothing to tell.
 */
export function coachingSummaryLine(summary: CoachingSummary): string | undefined {
  if (summary.sessions === 0 && summary.actionsDone + summary.actionsOpen === 0) return undefined;
  const parts = [count(summary.sessions, 'coaching session', 'coaching sessions')];
  const total = summary.actionsDone + summary.actionsOpen;
  if (total > 0) {
    parts.push(
      `${summary.actionsDone.toString()} of ${count(total, 'agreed action', 'agreed actions')} done${summary.actionsOverdue > 0 ? `, ${summary.actionsOverdue.toString()} overdue` : ''}`,
    );
  }
  if (summary.verified > 0) {
    parts.push(
      `${count(summary.verified, 'record', 'records')} verified${summary.verifiedBy ? ` by ${summary.verifiedBy}` : ''}`,
    );
  }
  return `${parts.join('; ')}.`;
}

/** "5 sessions, 6 of 9 actions done, 2 verified by Dr Ruth Adeyemi": for the one-page update. */
export function coachingShortLine(summary: CoachingSummary): string {
  const parts = [count(summary.sessions, 'session', 'sessions')];
  const total = summary.actionsDone + summary.actionsOpen;
  if (total > 0) {
    parts.push(
      `${summary.actionsDone.toString()} of ${count(total, 'action', 'actions')} done${summary.actionsOverdue > 0 ? ` (${summary.actionsOverdue.toString()} overdue)` : ''}`,
    );
  }
  if (summary.verified > 0) {
    parts.push(
      `${summary.verified.toString()} verified${summary.verifiedBy ? ` by ${summary.verifiedBy}` : ''}`,
    );
  }
  return `${parts.join(', ')}.`;
}
