import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain/calendar-date';
import { addColleague, listColleagues, removeColleague, updateColleague } from '@/db/colleagues';
import { db } from '@/db/database';
import {
  acceptIncomingObservation,
  finishObservation,
  listObservationsForColleague,
  previewIncomingObservation,
  saveObservationContent,
  startObservation,
} from '@/db/observations';
import {
  finishOutgoingObservation,
  openOutgoingObservation,
  saveOutgoingContent,
} from '@/db/outgoing-observations';
import { setUpTestProgramme, skillIdsOf } from '../../support/factories';
import { makeReturnedObservation, requestFor } from '../../support/observation-factories';

async function trio() {
  const sam = await setUpTestProgramme();
  const [first, second] = skillIdsOf(sam);
  const priya = await addColleague(sam.profile.id, {
    name: 'Priya Shah',
    role: 'Second in science',
    subjectOrPhase: 'Science',
    focusSkillIds: [first!, second!],
  });
  const incoming = makeReturnedObservation({
    delegateProfileId: sam.profile.id,
    colleagueId: priya.id,
    observer: { name: priya.name, colleagueId: priya.id },
    observed: { name: sam.profile.displayName },
    framework: { key: sam.framework.key, version: sam.framework.version },
    date: addDays(sam.programme.startDate, 8),
    ratings: [
      { skillId: first!, level: 2 },
      { skillId: second!, level: null },
    ],
  });
  return { sam, priya, incoming, first: first!, second: second! };
}

describe('colleagues', () => {
  it('adds, edits and removes (a tombstone) colleagues of one profile only', async () => {
    const { sam, priya } = await trio();
    const other = await setUpTestProgramme();
    await addColleague(other.profile.id, {
      name: 'Not Sam’s',
      role: '',
      subjectOrPhase: '',
      focusSkillIds: [],
    });
    const renamed = await updateColleague(priya.id, { ...priya, role: 'Head of science' });
    expect(renamed.rev).toBe(2);
    expect((await listColleagues(sam.profile.id)).map((c) => c.role)).toEqual(['Head of science']);
    await removeColleague(priya.id);
    expect(await listColleagues(sam.profile.id)).toEqual([]);
    expect((await db.colleagues.get(priya.id))?.deletedAt).toBeDefined();
  });

  it('refuses an empty name', async () => {
    const { sam } = await trio();
    await expect(
      addColleague(sam.profile.id, { name: '  ', role: '', subjectOrPhase: '', focusSkillIds: [] }),
    ).rejects.toThrow(/Add a name/);
  });
});

describe('observations written on this device', () => {
  it('keeps the revision while a draft, files it in the programme week, bumps it after finishing', async () => {
    const { sam, priya, first } = await trio();
    const draft = await startObservation(
      sam,
      priya,
      'delegate-to-colleague',
      sam.programme.startDate,
    );
    expect(draft.ratings.map((rating) => rating.skillId)).toEqual(priya.focusSkillIds);
    const date = addDays(sam.programme.startDate, 15);
    const saved = await saveObservationContent(draft.id, {
      ...draft,
      date,
      ratings: [{ skillId: first, level: 3 }],
    });
    expect(saved).toMatchObject({ rev: 1, week: 3, status: 'draft' });

    expect(await finishObservation(draft.id)).toEqual({
      nextSteps: 'Agree at least one next step',
    });
    await saveObservationContent(draft.id, { ...saved, nextSteps: ['Wait time'] });
    expect(await finishObservation(draft.id)).toEqual({});
    const edited = await saveObservationContent(draft.id, { ...saved, strengths: 'Calm start' });
    expect(edited).toMatchObject({ rev: 2, status: 'complete' });
  });
});

describe('receiving an observation', () => {
  it('previews without storing, then stores on accept in its programme week', async () => {
    const { sam, priya, incoming } = await trio();
    expect(await previewIncomingObservation(sam.profile.id, incoming)).toEqual({ kind: 'new' });
    expect(await db.observations.count()).toBe(0);

    const result = await acceptIncomingObservation(sam.profile.id, incoming);
    expect(result.stored).toBe(true);
    const [stored] = await listObservationsForColleague(sam.profile.id, priya.id);
    expect(stored).toMatchObject({
      id: incoming.id,
      rev: 1,
      week: 2,
      status: 'complete',
      profileId: sam.profile.id,
    });
    expect(stored).not.toHaveProperty('delegateProfileId');
  });

  it('does not store the same observation twice', async () => {
    const { sam, incoming } = await trio();
    await acceptIncomingObservation(sam.profile.id, incoming);
    const again = await acceptIncomingObservation(sam.profile.id, incoming);
    expect(again).toMatchObject({ stored: false, decision: { kind: 'duplicate' } });
    expect(await db.observations.count()).toBe(1);
  });

  it('replaces with a corrected version only when the delegate confirms', async () => {
    const { sam, incoming } = await trio();
    await acceptIncomingObservation(sam.profile.id, incoming);
    const corrected = { ...incoming, rev: 2, strengths: 'Corrected: two misconceptions' };
    const unconfirmed = await acceptIncomingObservation(sam.profile.id, corrected);
    expect(unconfirmed).toMatchObject({ stored: false, decision: { kind: 'replace' } });
    expect((await db.observations.get(incoming.id))?.rev).toBe(1);

    await acceptIncomingObservation(sam.profile.id, corrected, { replace: true });
    expect(await db.observations.get(incoming.id)).toMatchObject({
      rev: 2,
      strengths: 'Corrected: two misconceptions',
    });
    expect(await db.observations.count()).toBe(1);

    const older = await acceptIncomingObservation(sam.profile.id, incoming, { replace: true });
    expect(older).toMatchObject({ stored: false, decision: { kind: 'older' } });
  });

  it('refuses another profile’s observation and stores nothing', async () => {
    const { incoming } = await trio();
    const other = await setUpTestProgramme();
    const result = await acceptIncomingObservation(other.profile.id, incoming);
    expect(result).toMatchObject({ stored: false, decision: { kind: 'refused' } });
    expect(await db.observations.count()).toBe(0);
  });

  it('stores all or nothing: a failure inside the transaction leaves no row', async () => {
    const { sam, incoming } = await trio();
    const broken = { ...incoming, date: 'not a date' };
    await expect(acceptIncomingObservation(sam.profile.id, broken)).rejects.toThrow();
    expect(await db.observations.count()).toBe(0);
  });
});

describe('observations written on a colleague’s phone', () => {
  it('resumes the same draft for the same request and keeps the request with it', async () => {
    const { sam, priya } = await trio();
    const request = requestFor(sam, priya);
    const opened = await openOutgoingObservation(request, '2026-10-06');
    await saveOutgoingContent(opened.id, { ...opened.content, strengths: 'Warm, clear routines' });
    const reopened = await openOutgoingObservation(request, '2026-10-09');
    expect(reopened).toMatchObject({
      id: opened.id,
      request,
      content: { strengths: 'Warm, clear routines', date: '2026-10-06' },
    });
  });

  it('finishes only with a rating and a next step; a later edit is a new revision', async () => {
    const { sam, priya } = await trio();
    const request = requestFor(sam, priya);
    const opened = await openOutgoingObservation(request, '2026-10-06');
    expect((await finishOutgoingObservation(opened.id)).problems).toEqual({
      ratings: 'Rate at least one focus skill',
      nextSteps: 'Agree at least one next step',
    });
    const content = {
      ...opened.content,
      ratings: [{ skillId: request.focusSkills[0]!.id, level: 3 }],
      nextSteps: ['Cold call after thinking time', ''],
    };
    await saveOutgoingContent(opened.id, content);
    const finished = await finishOutgoingObservation(opened.id);
    expect(finished.outgoing).toMatchObject({ status: 'complete', rev: 1 });
    expect((await saveOutgoingContent(opened.id, { ...content, followUp: 'Thu P3' })).rev).toBe(2);
  });
});
