import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import {
  getOutgoingReviewAnswer,
  markReviewAnswerSent,
  openOutgoingReviewAnswer,
  saveRaterDraft,
} from '@/db/outgoing-review-answers';
import { generateCoachKeyPair } from '@/domain/review-360/review-crypto';
import { NOT_SEEN, reviewRequestFor } from '@/domain/review-360/review-round';
import { makeRound } from '../../support/review-factories';

const OPENED = new Date('2026-09-05T10:00:00Z');
const LATER = new Date('2026-09-05T10:05:00Z');

function requestAt(requestedAt: Date, round = makeRound()) {
  return reviewRequestFor(round, 'peers', 'Sam Leader', requestedAt);
}

describe('outgoing review answers (a rater’s phone)', () => {
  it('opens one answer per round and group, with a fresh response id and an empty draft', async () => {
    const round = makeRound();
    const peers = reviewRequestFor(round, 'peers', 'Sam Leader', OPENED);
    const opened = await openOutgoingReviewAnswer(peers, OPENED);
    expect(opened).toMatchObject({
      roundId: round.id,
      group: 'peers',
      rev: 1,
      draft: { ratings: {}, doWell: '', moreEffective: '' },
    });
    expect(opened.sentAt).toBeUndefined();

    const again = await openOutgoingReviewAnswer(peers, LATER);
    expect(again.id).toBe(opened.id);
    expect(again.responseId).toBe(opened.responseId);

    const others = await openOutgoingReviewAnswer(
      reviewRequestFor(round, 'others', 'Sam Leader', OPENED),
      OPENED,
    );
    expect(others.responseId).not.toBe(opened.responseId);
    const anotherRound = await openOutgoingReviewAnswer(requestAt(OPENED), OPENED);
    expect(anotherRound.id).not.toBe(opened.id);
    expect(await db.outgoingReviewAnswers.count()).toBe(3);
  });

  it('saves drafts, keeps only what the request asks, and refuses a comment over the limit', async () => {
    const opened = await openOutgoingReviewAnswer(requestAt(OPENED), OPENED);
    const saved = await saveRaterDraft(
      opened.id,
      {
        ratings: { 'listens.asks': 4, 'decides.clear': NOT_SEEN, 'not.asked': 2 },
        doWell: 'Listens 🌱',
        moreEffective: '',
      },
      LATER,
    );
    expect(saved.draft.ratings).toEqual({ 'listens.asks': 4, 'decides.clear': NOT_SEEN });
    expect(saved.rev).toBe(1);
    expect(saved.updatedAt).toBe(LATER.toISOString());
    expect((await getOutgoingReviewAnswer(opened.id))?.draft.doWell).toBe('Listens 🌱');

    await expect(
      saveRaterDraft(opened.id, { ratings: {}, doWell: 'x'.repeat(2001), moreEffective: '' }),
    ).rejects.toThrow();
    expect((await getOutgoingReviewAnswer(opened.id))?.draft.doWell).toBe('Listens 🌱');
  });

  it('marks an answer sent, and an edit afterwards makes it a draft again as a new revision', async () => {
    const opened = await openOutgoingReviewAnswer(requestAt(OPENED), OPENED);
    const draft = { ratings: { 'listens.asks': 3 }, doWell: '', moreEffective: '' };
    await saveRaterDraft(opened.id, draft, OPENED);
    const sent = await markReviewAnswerSent(opened.id, LATER);
    expect(sent.sentAt).toBe(LATER.toISOString());

    // Saving the same content (leaving a field) does not un-send it.
    expect((await saveRaterDraft(opened.id, draft)).sentAt).toBe(LATER.toISOString());

    const edited = await saveRaterDraft(opened.id, { ...draft, doWell: 'Clear' });
    expect(edited.sentAt).toBeUndefined();
    expect(edited.rev).toBe(2);
    expect(edited.responseId).toBe(opened.responseId);
  });

  it('takes a later link for the same group, and re-asks when what is asked has changed', async () => {
    const round = makeRound();
    const opened = await openOutgoingReviewAnswer(requestAt(OPENED, round), OPENED);
    await saveRaterDraft(opened.id, {
      ratings: { 'listens.asks': 3 },
      doWell: 'Kind',
      moreEffective: '',
    });
    await markReviewAnswerSent(opened.id, OPENED);

    // The delegate sent the link again with a later closing date: same questions, still sent.
    const extended = await openOutgoingReviewAnswer(
      requestAt(LATER, { ...round, closesOn: '2026-10-30' }),
      LATER,
    );
    expect(extended.request.closesOn).toBe('2026-10-30');
    expect(extended.sentAt).toBe(OPENED.toISOString());

    // An older link opened afterwards does not undo it.
    const older = await openOutgoingReviewAnswer(requestAt(OPENED, round), LATER);
    expect(older.request.closesOn).toBe('2026-10-30');

    // Now with a coach: the answer must be sealed afresh.
    const pair = await generateCoachKeyPair();
    const coach = { name: 'Ada Coach', publicKeyJwk: pair.publicKeyJwk, keyId: pair.keyId };
    const coached = await openOutgoingReviewAnswer(
      requestAt(new Date('2026-09-06T09:00:00Z'), { ...round, coach }),
    );
    expect(coached.id).toBe(opened.id);
    expect(coached.responseId).toBe(opened.responseId);
    expect(coached.sentAt).toBeUndefined();
    expect(coached.draft).toEqual({
      ratings: { 'listens.asks': 3 },
      doWell: 'Kind',
      moreEffective: '',
    });
  });

  it('refuses a request that breaks its schema and writes nothing', async () => {
    const request = requestAt(OPENED);
    await expect(
      openOutgoingReviewAnswer({ ...request, delegateName: 'x'.repeat(81) }),
    ).rejects.toThrow();
    expect(await db.outgoingReviewAnswers.count()).toBe(0);
  });
});
