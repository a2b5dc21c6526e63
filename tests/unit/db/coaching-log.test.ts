import { describe, expect, it } from 'vitest';
import { blankActionContent } from '@/domain/coaching/coaching-action';
import { subjectVerification } from '@/domain/coaching/stored-verification';
import { sessionContent } from '@/domain/coaching/verifiable-content';
import { decideVerification } from '@/domain/coaching/verification';
import { db } from '@/db/database';
import {
  createAction,
  deleteSession,
  getSession,
  listActions,
  listOpenActionsForSkill,
  listSessionActions,
  listVerifications,
  receiveVerification,
  requestVerification,
  trackObservationFollowUp,
  updateAction,
  updateSession,
} from '@/db/coaching-log';
import { startObservation, saveObservationContent } from '@/db/observations';
import { addColleague } from '@/db/colleagues';
import { setUpTestProgramme, skillIdsOf } from '../../support/factories';
import {
  COACHING_NOW,
  makeTestCoach,
  makeVerifiedSession,
  sessionInput,
} from '../../support/coaching-data';

describe('the coaching log', () => {
  it('keeps when an action was closed, and clears it when reopened', async () => {
    const active = await setUpTestProgramme();
    const action = await createAction(active.profile.id, null, {
      ...blankActionContent(),
      text: 'Read the behaviour policy',
      skillIds: [skillIdsOf(active)[0]!],
    });
    expect(action.closedOn).toBeUndefined();
    expect(await listOpenActionsForSkill(active.profile.id, skillIdsOf(active)[0]!)).toHaveLength(
      1,
    );
    const done = await updateAction(
      action.id,
      { ...blankActionContent(), text: action.text, status: 'done', outcome: 'Went well' },
      new Date('2026-11-12T10:00:00'),
    );
    expect(done.closedOn).toBe('2026-11-12');
    expect(await listOpenActionsForSkill(active.profile.id, skillIdsOf(active)[0]!)).toEqual([]);
    const reopened = await updateAction(action.id, { ...blankActionContent(), text: action.text });
    expect(reopened.closedOn).toBeUndefined();
    expect(reopened.rev).toBe(3);
  });

  it('deletes a session with its actions in one go, as tombstones', async () => {
    const active = await setUpTestProgramme();
    const coach = await makeTestCoach();
    const { sessionId } = await makeVerifiedSession(active, coach);
    await deleteSession(sessionId);
    expect(await getSession(active.profile.id, sessionId)).toBeUndefined();
    expect(await listSessionActions(active.profile.id, sessionId)).toEqual([]);
    const rows = await db.coachingActions.where('sessionId').equals(sessionId).toArray();
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.deletedAt !== undefined)).toBe(true);
  });

  it('tracks an observation’s follow-up once, linked to it', async () => {
    const active = await setUpTestProgramme();
    const [first] = skillIdsOf(active);
    const priya = await addColleague(active.profile.id, {
      name: 'Priya Shah',
      role: '',
      subjectOrPhase: '',
      focusSkillIds: [first!],
    });
    const observation = await startObservation(
      active,
      priya,
      'colleague-to-delegate',
      '2026-10-06',
    );
    await saveObservationContent(observation.id, {
      ...observation,
      ratings: [{ skillId: first!, level: 2 }],
      nextSteps: ['Hinge question before the practical'],
      followUp: 'Priya to observe again in two weeks',
    });
    const tracked = await trackObservationFollowUp(active.profile.id, observation.id);
    expect(tracked).toMatchObject({
      text: 'Priya to observe again in two weeks',
      fromObservationId: observation.id,
      observationIds: [observation.id],
      skillIds: [first],
      sessionId: null,
    });
    await trackObservationFollowUp(active.profile.id, observation.id);
    expect(await listActions(active.profile.id)).toHaveLength(1);
  });
});

describe('verification by the coach', () => {
  it('shows verified, then what changed after an edit', async () => {
    const active = await setUpTestProgramme();
    const coach = await makeTestCoach();
    const { sessionId } = await makeVerifiedSession(active, coach);
    const rows = await listVerifications(active.profile.id);
    const session = (await getSession(active.profile.id, sessionId))!;
    const actions = await listSessionActions(active.profile.id, sessionId);
    const now = sessionContent(session, actions, active.framework, session.partnerName);
    const status = await subjectVerification(rows, { kind: 'session', id: sessionId }, now);
    expect(status.verified?.statement.coachName).toBe('Dr Amara Okafor');
    expect(status.verified?.changes).toEqual([]);

    const edited = await updateSession(sessionId, {
      ...sessionInput({ focusSkillIds: session.focusSkillIds }),
      notes: 'Rewritten after the meeting.',
      privateNotes: 'Private notes are never part of what the coach verified.',
    });
    const after = await subjectVerification(
      rows,
      { kind: 'session', id: sessionId },
      sessionContent(edited, actions, active.framework, edited.partnerName),
    );
    expect(after.verified?.changes).toEqual([
      expect.objectContaining({
        kind: 'changed',
        label: 'Notes',
        after: 'Rewritten after the meeting.',
      }),
    ]);
  });

  it('refuses a wrong-key or replayed answer and changes nothing', async () => {
    const active = await setUpTestProgramme();
    const coach = await makeTestCoach();
    const stranger = await makeTestCoach('Someone Else');
    const { sessionId, signed } = await makeVerifiedSession(active, coach);
    const session = (await getSession(active.profile.id, sessionId))!;
    const second = await requestVerification(
      {
        profileId: active.profile.id,
        delegateName: 'Sam',
        subject: { kind: 'session', id: sessionId },
        content: sessionContent(session, [], active.framework, ''),
        coach: coach.identity,
      },
      COACHING_NOW,
    );
    const before = await db.verificationRequests.toArray();

    const forged = await decideVerification(
      second,
      { decision: 'confirmed', comment: '' },
      {
        coachName: coach.identity.name,
        signingKeyId: stranger.signing.keyId,
        privateKeyJwk: stranger.signing.privateKeyJwk,
      },
    );
    expect((await receiveVerification(active.profile.id, forged)).ok).toBe(false);

    // The first answer, its request id changed to the second request's: the signature breaks.
    const replayed = { ...signed, statement: { ...signed.statement, requestId: second.requestId } };
    const refused = await receiveVerification(active.profile.id, replayed);
    expect(refused).toEqual({
      ok: false,
      message: expect.stringMatching(/changed since/) as unknown,
    });

    expect(await db.verificationRequests.toArray()).toEqual(before);
    // The genuine answer again is "already have it", not a change.
    const again = await receiveVerification(active.profile.id, signed);
    expect(again.ok && again.value.isRepeat).toBe(true);
    expect(await db.verificationRequests.toArray()).toEqual(before);
  });

  it('will not ask without a coach, or a coach link without a signing key', async () => {
    const active = await setUpTestProgramme();
    const coach = await makeTestCoach();
    const base = {
      profileId: active.profile.id,
      delegateName: 'Sam',
      subject: { kind: 'session' as const, id: crypto.randomUUID() },
      content: { kind: 'session' as const, title: 'Session', fields: [] },
    };
    await expect(requestVerification({ ...base, coach: undefined })).rejects.toThrow(
      /Add your coach/,
    );
    const old = { ...coach.identity };
    delete old.signing;
    await expect(requestVerification({ ...base, coach: old })).rejects.toThrow(/coach link again/);
    expect(await db.verificationRequests.count()).toBe(0);
  });
});
