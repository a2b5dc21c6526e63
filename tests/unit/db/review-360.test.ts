import { describe, expect, it } from 'vitest';
import { buildReviewReport } from '@/domain/review-360/review-report';
import { decodeReviewBundle } from '@/domain/review-360/review-exchange';
import { openSealedAnswer } from '@/domain/review-360/review-crypto';
import { defaultThresholds, type ReviewReport } from '@/domain/review-360/review-round';
import { db } from '@/db/database';
import { receiveReviewAnswer } from '@/db/review-answers';
import {
  answerCounts,
  createReviewRound,
  deleteReviewRound,
  findRoundAnywhere,
  getReviewCoach,
  getReviewRound,
  latestReviewComparison,
  listReviewRounds,
  removeReviewCoach,
  reviewBundleText,
  reviewComparisonFor,
  reviewReportFor,
  saveInvitedNote,
  saveSelfRatings,
  setReviewCoach,
  storeReleasedReport,
  updateReviewRoundSettings,
} from '@/db/review-rounds';
import { databaseSnapshot } from '../../support/backup-data';
import {
  AFTER_CLOSING,
  makeCoach,
  makeEndRound,
  makeRaterAnswer,
  makeStartRound,
  plainPayload,
  rateEvery,
  receivePlainAnswers,
  REVIEW_CLOSES_ON,
  REVIEW_NOW,
  sealedPayload,
  setUpReviewDelegate,
  statementIdsOf,
} from '../../support/review-data';

/** A refusal whose message matches. */
function refused(pattern: RegExp): { ok: false; message: string } {
  return { ok: false, message: expect.stringMatching(pattern) as string };
}

const later = (minutes: number) => new Date(REVIEW_NOW.getTime() + minutes * 60_000);

describe('review rounds', () => {
  it('creates, lists newest first, edits and deletes a round', async () => {
    const jordan = await setUpReviewDelegate();
    const start = await makeStartRound(jordan);
    const end = await makeEndRound(jordan, start);
    expect(start.behaviours).toHaveLength(7);
    expect(statementIdsOf(start)).toHaveLength(27);
    expect((await listReviewRounds(jordan.profile.id)).map((round) => round.id)).toEqual([
      end.id,
      start.id,
    ]);

    const [first, second] = statementIdsOf(start);
    await saveSelfRatings(start.id, { [first!]: 4, [second!]: 'not-seen' }, later(2));
    await saveInvitedNote(start.id, 'peers', 'Sam, Priya, Tom — asked at briefing', later(3));
    await updateReviewRoundSettings(
      start.id,
      {
        title: 'Autumn 360',
        closesOn: '2026-10-20',
        thresholds: { ...defaultThresholds(), peers: 4 },
      },
      later(4),
    );
    const edited = await getReviewRound(start.id);
    expect(edited).toMatchObject({
      title: 'Autumn 360',
      closesOn: '2026-10-20',
      thresholds: { peers: 4, 'direct-reports': 3 },
      selfRatings: { [first!]: 4, [second!]: 'not-seen' },
      invitedNotes: { peers: 'Sam, Priya, Tom — asked at briefing' },
      rev: 4,
      updatedAt: later(4).toISOString(),
    });

    await saveInvitedNote(start.id, 'peers', '  ', later(5));
    expect((await getReviewRound(start.id))?.invitedNotes).toEqual({});

    await deleteReviewRound(end.id, later(6));
    expect(await getReviewRound(end.id)).toBeUndefined();
    expect((await listReviewRounds(jordan.profile.id)).map((round) => round.id)).toEqual([
      start.id,
    ]);
    // A tombstone, so a backup merge cannot bring it back.
    expect(await db.reviewRounds.get(end.id)).toMatchObject({
      deletedAt: later(6).toISOString(),
      rev: 2,
    });
  });

  it('refuses an end round without a start round of the same profile', async () => {
    const jordan = await setUpReviewDelegate();
    const alex = await setUpReviewDelegate('Alex Kim');
    const alexStart = await makeStartRound(alex);
    const jordanStart = await makeStartRound(jordan);
    const endOf = (comparedWithRoundId?: string) =>
      createReviewRound({
        profileId: jordan.profile.id,
        kind: 'end',
        ...(comparedWithRoundId === undefined ? {} : { comparedWithRoundId }),
        title: 'End',
        framework: jordan.framework,
        closesOn: REVIEW_CLOSES_ON,
      });
    await expect(endOf()).rejects.toThrow(/start rounds/);
    await expect(endOf(alexStart.id)).rejects.toThrow(/start rounds/);
    const end = await endOf(jordanStart.id);
    await expect(endOf(end.id)).rejects.toThrow(/start rounds/);
    await deleteReviewRound(jordanStart.id);
    await expect(endOf(jordanStart.id)).rejects.toThrow(/start rounds/);
    await expect(
      createReviewRound({
        profileId: jordan.profile.id,
        kind: 'start',
        comparedWithRoundId: alexStart.id,
        title: 'Start',
        framework: jordan.framework,
        closesOn: REVIEW_CLOSES_ON,
      }),
    ).rejects.toThrow('Only an end round');
  });

  it('refuses thresholds below the minimums, bad titles and off-scale self ratings, changing nothing', async () => {
    const jordan = await setUpReviewDelegate();
    const round = await makeStartRound(jordan);
    const before = await databaseSnapshot();
    const settings = {
      title: 'Autumn',
      closesOn: REVIEW_CLOSES_ON,
      thresholds: defaultThresholds(),
    };
    await expect(
      updateReviewRoundSettings(round.id, {
        ...settings,
        thresholds: { ...defaultThresholds(), peers: 2 },
      }),
    ).rejects.toThrow('Peers: at least 3 raters');
    await expect(updateReviewRoundSettings(round.id, { ...settings, title: ' ' })).rejects.toThrow(
      'Add a title',
    );
    await expect(
      updateReviewRoundSettings(round.id, { ...settings, closesOn: '16/10/2026' }),
    ).rejects.toThrow();
    await expect(saveSelfRatings(round.id, { 'not-a-statement': 3 })).rejects.toThrow(
      'not part of this review',
    );
    await expect(saveSelfRatings(round.id, { [statementIdsOf(round)[0]!]: 9 })).rejects.toThrow(
      'Level 9 is not on',
    );
    await expect(saveInvitedNote(round.id, 'others', 'x'.repeat(2001))).rejects.toThrow(
      'under 2000',
    );
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('keeps each profile to its own rounds', async () => {
    const jordan = await setUpReviewDelegate();
    const alex = await setUpReviewDelegate('Alex Kim');
    const jordanRound = await makeStartRound(jordan);
    const alexRound = await makeStartRound(alex);
    expect((await listReviewRounds(jordan.profile.id)).map((round) => round.id)).toEqual([
      jordanRound.id,
    ]);
    expect((await listReviewRounds(alex.profile.id)).map((round) => round.id)).toEqual([
      alexRound.id,
    ]);
    // An answer for Alex's round is filed under Alex, whichever profile is showing.
    await receivePlainAnswers(alexRound, 'peers', 1, 4);
    const [stored] = await db.reviewAnswers.toArray();
    expect(stored?.profileId).toBe(alex.profile.id);
    expect(await findRoundAnywhere(alexRound.id)).toMatchObject({ profileId: alex.profile.id });
    expect(await latestReviewComparison(jordan.profile.id)).toBeUndefined();
  });
});

describe('receiving answers', () => {
  it('counts each rater once: a re-sent answer replaces the earlier one', async () => {
    const jordan = await setUpReviewDelegate();
    const round = await makeStartRound(jordan);
    const first = makeRaterAnswer(round, 'peers', { doWell: 'First thoughts' });
    const received = await receiveReviewAnswer(plainPayload(first), REVIEW_NOW);
    expect(received).toEqual({ ok: true, value: { round, replaced: false } });
    await receivePlainAnswers(round, 'direct-reports', 2, 2);
    await receivePlainAnswers(round, 'line-manager', 1, 4);

    const edited = { ...first, doWell: 'Second thoughts', answeredAt: later(30).toISOString() };
    const again = await receiveReviewAnswer(plainPayload(edited), later(31));
    expect(again.ok && again.value.replaced).toBe(true);
    // The same answer opened twice changes nothing.
    const before = await databaseSnapshot();
    expect((await receiveReviewAnswer(plainPayload(edited), later(32))).ok).toBe(true);
    expect(await databaseSnapshot()).toEqual(before);

    expect(await answerCounts(round.id)).toEqual({
      'line-manager': 1,
      peers: 1,
      'direct-reports': 2,
      others: 0,
    });
    const rows = await db.reviewAnswers.where({ roundId: round.id }).toArray();
    expect(rows).toHaveLength(4);
    const peerRow = rows.find((row) => row.responseId === first.responseId);
    expect(peerRow).toMatchObject({ rev: 2, receivedAt: later(31).toISOString() });
    expect(peerRow?.payload).toEqual(plainPayload(edited));

    // An older copy arriving late does not undo the edit.
    const stale = await receiveReviewAnswer(plainPayload(first), later(33));
    expect(stale).toMatchObject(refused(/later answer/));
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('refuses an answer for a round not here, a closed round, the wrong coach key, or plain for a coach, writing nothing', async () => {
    const jordan = await setUpReviewDelegate();
    const coach = await makeCoach();
    const otherCoach = await makeCoach('Someone Else');
    const coached = await makeStartRound(jordan, { coach: coach.identity });
    const plain = await makeStartRound(jordan, { title: 'No coach' });
    const before = await databaseSnapshot();

    const notHere = makeRaterAnswer({ ...plain, id: crypto.randomUUID() }, 'peers');
    expect(await receiveReviewAnswer(plainPayload(notHere), REVIEW_NOW)).toMatchObject(
      refused(/not on this device/),
    );
    expect(
      await receiveReviewAnswer(plainPayload(makeRaterAnswer(plain, 'peers')), AFTER_CLOSING),
    ).toMatchObject(refused(/closed on/));
    expect(
      await receiveReviewAnswer(
        await sealedPayload(makeRaterAnswer(coached, 'peers'), otherCoach),
        REVIEW_NOW,
      ),
    ).toMatchObject(refused(/different coach/));
    expect(
      await receiveReviewAnswer(plainPayload(makeRaterAnswer(coached, 'peers')), REVIEW_NOW),
    ).toMatchObject(refused(/not encrypted/));
    expect(
      await receiveReviewAnswer(
        await sealedPayload(makeRaterAnswer(plain, 'peers'), coach),
        REVIEW_NOW,
      ),
    ).toMatchObject(refused(/different coach/));
    expect(
      await receiveReviewAnswer(
        plainPayload(makeRaterAnswer(plain, 'peers', { ratings: { unknown: 3 } })),
        REVIEW_NOW,
      ),
    ).toMatchObject({ ok: false });
    expect(
      await receiveReviewAnswer(
        { form: 'plain', answer: { roundId: plain.id } } as never,
        REVIEW_NOW,
      ),
    ).toMatchObject(refused(/could not be read/));
    await deleteReviewRound(plain.id);
    const afterDelete = await databaseSnapshot();
    expect(
      await receiveReviewAnswer(plainPayload(makeRaterAnswer(plain, 'peers')), REVIEW_NOW),
    ).toMatchObject(refused(/deleted/));
    expect(await databaseSnapshot()).toEqual(afterDelete);
    expect(before.reviewAnswers).toEqual([]);
    expect(afterDelete.reviewAnswers).toEqual([]);
  });

  it('stores a sealed answer as ciphertext only, and bundles it for the coach without the invited notes', async () => {
    const jordan = await setUpReviewDelegate();
    const coach = await makeCoach();
    const round = await makeStartRound(jordan, { coach: coach.identity });
    await saveInvitedNote(round.id, 'peers', 'Priya, Sam and Tom', later(1));
    await saveSelfRatings(round.id, rateEvery(round, 4), later(2));
    const answer = makeRaterAnswer(round, 'peers', { doWell: 'Calm in a crisis' });
    const sealed = await sealedPayload(answer, coach);
    expect((await receiveReviewAnswer(sealed, REVIEW_NOW)).ok).toBe(true);

    const [row] = await db.reviewAnswers.toArray();
    expect(row?.payload.form).toBe('sealed');
    expect(JSON.stringify(row)).not.toContain('Calm in a crisis');
    expect(await answerCounts(round.id)).toMatchObject({ peers: 1 });
    // No report until the coach releases one.
    expect(await reviewReportFor(round.id)).toBeUndefined();

    const text = await reviewBundleText(round.id, 'Jordan Reid', REVIEW_NOW);
    expect(text).not.toContain('Priya');
    const bundle = await decodeReviewBundle(text);
    if (!bundle.ok) throw new Error(bundle.message);
    expect(bundle.value.delegateName).toBe('Jordan Reid');
    expect(bundle.value.round.selfRatings).toEqual(rateEvery(round, 4));
    expect(bundle.value.answers).toHaveLength(1);
    const only = bundle.value.answers[0];
    if (only?.form !== 'sealed') throw new Error('expected a sealed answer');
    expect(await openSealedAnswer(only.sealed, coach.keys.privateKeyJwk)).toEqual(answer);

    const plainRound = await makeStartRound(jordan, { title: 'No coach' });
    await expect(reviewBundleText(plainRound.id, 'Jordan Reid')).rejects.toThrow('no coach');
  });
});

describe('the report', () => {
  it('with no coach, is built from the plain answers and never shows a withheld group', async () => {
    const jordan = await setUpReviewDelegate();
    const round = await makeStartRound(jordan);
    await saveSelfRatings(round.id, rateEvery(round, 4), later(1));
    await receivePlainAnswers(round, 'line-manager', 1, 3);
    await receivePlainAnswers(round, 'peers', 3, 2);
    const others = await receivePlainAnswers(round, 'others', 2, 5, {
      doWell: 'A withheld comment that must never show',
    });

    const report = await reviewReportFor(round.id);
    expect(report?.groups).toEqual([
      { group: 'line-manager', answered: 1, withheld: false },
      { group: 'peers', answered: 3, withheld: false },
      { group: 'direct-reports', answered: 0, withheld: true },
      { group: 'others', answered: 2, withheld: true },
    ]);
    const sources = new Set(
      report?.behaviours.flatMap((behaviour) => behaviour.scores.map((score) => score.source)),
    );
    expect([...sources].sort()).toEqual(['all-raters', 'line-manager', 'peers']);
    expect(JSON.stringify(report)).not.toContain('A withheld comment');
    // All raters pools only the shown groups: (3 + 2 + 2 + 2) / 4, never the others' fives.
    expect(report?.behaviours[0]?.scores.find((s) => s.source === 'all-raters')?.average).toBe(
      2.25,
    );
    expect(others).toHaveLength(2);
    // The same report the domain builds: the db adds nothing of its own.
    const round2 = await getReviewRound(round.id);
    const plainAnswers = (await db.reviewAnswers.toArray()).flatMap((row) =>
      row.payload.form === 'plain' ? [row.payload.answer] : [],
    );
    expect(report).toEqual(buildReviewReport(round2!, plainAnswers));
  });

  it('with a coach, is the report they released, stored under the right profile; a later release replaces it', async () => {
    const jordan = await setUpReviewDelegate();
    const alex = await setUpReviewDelegate('Alex Kim');
    const coach = await makeCoach();
    const round = await makeStartRound(jordan, { coach: coach.identity });
    const report = buildReviewReport(round, []);

    const stored = await storeReleasedReport(
      { report, coachName: 'Dr Amara Okafor', releasedAt: later(10).toISOString() },
      later(11),
    );
    expect(stored).toEqual({ ok: true, value: { round } });
    expect(await reviewReportFor(round.id)).toEqual(report);

    const retitled: ReviewReport = { ...report, title: 'Released again' };
    await storeReleasedReport(
      { report: retitled, coachName: 'Dr Amara Okafor', releasedAt: later(20).toISOString() },
      later(21),
    );
    expect(await reviewReportFor(round.id)).toEqual(retitled);
    const rows = await db.releasedReports.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ profileId: jordan.profile.id, rev: 2 });

    const before = await databaseSnapshot();
    const elsewhere = await storeReleasedReport({
      report: { ...report, roundId: crypto.randomUUID() },
      coachName: 'Dr Amara Okafor',
      releasedAt: later(30).toISOString(),
    });
    expect(elsewhere).toMatchObject(refused(/not on this/));
    const alexRound = await makeStartRound(alex);
    const afterAlex = await databaseSnapshot();
    expect(
      await storeReleasedReport({
        report: buildReviewReport(alexRound, []),
        coachName: 'Dr Amara Okafor',
        releasedAt: later(30).toISOString(),
      }),
    ).toMatchObject(refused(/no coach/));
    expect(await databaseSnapshot()).toEqual(afterAlex);
    expect(before.releasedReports).toEqual(afterAlex.releasedReports);

    // Deleting the round takes its answers and report with it, in one go.
    await receiveReviewAnswer(
      await sealedPayload(makeRaterAnswer(round, 'peers'), coach),
      REVIEW_NOW,
    );
    await deleteReviewRound(round.id, later(40));
    expect(await reviewReportFor(round.id)).toBeUndefined();
    expect(await answerCounts(round.id)).toEqual({
      'line-manager': 0,
      peers: 0,
      'direct-reports': 0,
      others: 0,
    });
    for (const row of [
      ...(await db.reviewAnswers.toArray()),
      ...(await db.releasedReports.toArray()),
    ]) {
      expect(row.deletedAt).toBe(later(40).toISOString());
    }
  });

  it('compares an end round with its start round', async () => {
    const jordan = await setUpReviewDelegate();
    const start = await makeStartRound(jordan);
    const end = await makeEndRound(jordan, start);
    for (const [round, level] of [
      [start, 2],
      [end, 4],
    ] as const) {
      await saveSelfRatings(round.id, rateEvery(round, 3), later(1));
      await receivePlainAnswers(round, 'line-manager', 1, level);
      await receivePlainAnswers(round, 'peers', 3, level);
    }
    const comparison = await reviewComparisonFor(end.id);
    expect(comparison?.comparedGroups).toEqual(['line-manager', 'peers']);
    expect(comparison?.behaviours[0]?.groups).toEqual([
      { group: 'line-manager', start: 2, end: 4, change: 2 },
      { group: 'peers', start: 2, end: 4, change: 2 },
    ]);
    expect(await reviewComparisonFor(start.id)).toBeUndefined();
    const latest = await latestReviewComparison(jordan.profile.id);
    expect(latest?.start.id).toBe(start.id);
    expect(latest?.end.id).toBe(end.id);
    expect(latest?.comparison).toEqual(comparison);

    await deleteReviewRound(start.id);
    expect(await reviewComparisonFor(end.id)).toBeUndefined();
    expect(await latestReviewComparison(jordan.profile.id)).toBeUndefined();
  });
});

describe('the coach a profile adds', () => {
  it('is set, replaced and removed per profile', async () => {
    const jordan = await setUpReviewDelegate();
    const alex = await setUpReviewDelegate('Alex Kim');
    const first = await makeCoach();
    const second = await makeCoach('Mr Ben Hall');
    expect(await getReviewCoach(jordan.profile.id)).toBeUndefined();
    await setReviewCoach(jordan.profile.id, first.identity, later(1));
    await setReviewCoach(jordan.profile.id, second.identity, later(2));
    expect(await getReviewCoach(jordan.profile.id)).toEqual(second.identity);
    expect(await getReviewCoach(alex.profile.id)).toBeUndefined();
    expect(await db.reviewCoaches.count()).toBe(1);
    await removeReviewCoach(jordan.profile.id, later(3));
    expect(await getReviewCoach(jordan.profile.id)).toBeUndefined();
    await expect(
      setReviewCoach(jordan.profile.id, { ...first.identity, name: ' ' }),
    ).rejects.toThrow('Add the coach’s name');
  });
});
