import { describe, expect, it } from 'vitest';
import { localCalendarDate } from '@/domain/calendar-date';
import { actionTiming, groupActions } from '@/domain/coaching/coaching-action';
import { coachNameFor } from '@/domain/coaching/coaching-session';
import { subjectVerification } from '@/domain/coaching/stored-verification';
import { sessionContent } from '@/domain/coaching/verifiable-content';
import { loadActiveProgramme } from '@/db/active-programme';
import { listActions, listEvidenceSets, listSessions, listVerifications } from '@/db/coaching-log';
import { db } from '@/db/database';
import { loadExampleProfile, removeExampleProfile } from '@/db/example-profile';

const NOW = new Date('2026-11-18T10:00:00.000Z');

describe('the example’s coaching history', () => {
  it('has a verified session, one changed since it was verified, one waiting, and an overdue action', async () => {
    const profileId = await loadExampleProfile(NOW);
    const active = (await loadActiveProgramme(profileId))!;
    const [sessions, actions, rows, sets] = await Promise.all([
      listSessions(profileId),
      listActions(profileId),
      listVerifications(profileId),
      listEvidenceSets(profileId),
    ]);
    expect(sessions).toHaveLength(5);
    expect(new Set(sessions.map((session) => session.withWhom))).toEqual(
      new Set(['coach', 'headteacher', 'colleague']),
    );
    const statuses = await Promise.all(
      sessions.map((session) =>
        subjectVerification(
          rows,
          { kind: 'session', id: session.id },
          sessionContent(session, actions, active.framework, coachNameFor(session)),
        ),
      ),
    );
    const verified = statuses.filter((status) => status.verified);
    expect(verified).toHaveLength(2);
    expect(verified.filter((status) => status.verified!.changes.length === 0)).toHaveLength(1);
    const changed = verified.find((status) => status.verified!.changes.length > 0);
    expect(changed?.verified?.changes.map((change) => change.label)).toEqual(['Notes']);
    expect(statuses.filter((status) => status.pending)).toHaveLength(1);

    const today = localCalendarDate(NOW);
    const groups = groupActions(actions, today);
    expect(groups.overdue).toHaveLength(1);
    expect(groups['due-soon'].length).toBeGreaterThan(0);
    expect(groups.done.length).toBeGreaterThan(0);
    expect(actionTiming(groups.overdue[0]!, today)).toEqual({ state: 'overdue', days: 5 });
    expect(sets).toHaveLength(1);
    expect(sets[0]!.items.map((item) => item.kind)).toEqual([
      'enquiry',
      'enquiry',
      'observation',
      'rating',
      'rating',
    ]);
  });

  it('goes with the example', async () => {
    await loadExampleProfile(NOW);
    await removeExampleProfile();
    expect(await db.coachingSessions.count()).toBe(0);
    expect(await db.coachingActions.count()).toBe(0);
    expect(await db.evidenceSets.count()).toBe(0);
    expect(await db.verificationRequests.count()).toBe(0);
  });
});
