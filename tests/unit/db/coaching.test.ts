import { describe, expect, it, vi } from 'vitest';
import {
  answerCountsAsCoach,
  coachIdentityOf,
  coachReport,
  getCoachKeys,
  listCoachedRounds,
  receiveAnswerAsCoach,
  receiveReviewBundle,
  releaseReport,
  renameCoach,
  setUpCoach,
} from '@/db/coaching';
import { db } from '@/db/database';
import { generateCoachKeyPair, sealAnswer } from '@/domain/review-360/review-crypto';
import { decodeReleasedReport, reviewBundleFileText } from '@/domain/review-360/review-exchange';
import type {
  CoachIdentity,
  RaterAnswer,
  ReviewAnswerPayload,
  ReviewRound,
} from '@/domain/review-360/review-round';
import { makeAnswer, makeRound, rateAll } from '../../support/review-factories';

const ORIGIN = 'https://trellis.example';
/** The factories' round closes on 16 October 2026. */
const OPEN = new Date('2026-10-01T12:00:00');
const AFTER_CLOSE = new Date('2026-10-20T12:00:00');

async function sealed(answer: RaterAnswer, coach: CoachIdentity): Promise<ReviewAnswerPayload> {
  return { form: 'sealed', sealed: await sealAnswer(answer, coach.publicKeyJwk) };
}

async function coachHere(): Promise<CoachIdentity> {
  return coachIdentityOf(await setUpCoach('Ada Coach', OPEN));
}

async function otherCoach(): Promise<CoachIdentity> {
  const pair = await generateCoachKeyPair();
  return { name: 'Bo Elsewhere', publicKeyJwk: pair.publicKeyJwk, keyId: pair.keyId };
}

/** A round with this coach, one line manager and `peers` peer answers, all sealed. */
async function roundWithAnswers(coach: CoachIdentity, peers = 3) {
  const round = makeRound({ coach, selfRatings: rateAll(4) });
  const answers = [
    makeAnswer(round, 'line-manager', rateAll(3), { doWell: 'Calm in a crisis' }),
    ...Array.from({ length: peers }, (_, index) =>
      makeAnswer(round, 'peers', rateAll(2), { doWell: `Peer comment ${index.toString()}` }),
    ),
  ];
  const payloads = await Promise.all(answers.map((answer) => sealed(answer, coach)));
  return { round, answers, payloads };
}

function bundle(round: ReviewRound, payloads: readonly ReviewAnswerPayload[]) {
  return reviewBundleFileText(round, payloads, 'Sam Leader', OPEN);
}

async function expectOk<T>(
  result: Promise<{ ok: true; value: T } | { ok: false; message: string }>,
) {
  const decoded = await result;
  if (!decoded.ok) throw new Error(`expected ok, got: ${decoded.message}`);
  return decoded.value;
}

async function expectRefused(result: Promise<{ ok: boolean; message?: string }>) {
  const decoded = await result;
  if (decoded.ok) throw new Error('expected a refusal');
  return decoded.message ?? '';
}

async function expectNothingStored() {
  expect(await db.coachedRounds.count()).toBe(0);
  expect(await db.coachedAnswers.count()).toBe(0);
}

describe('the coach’s identity', () => {
  it('is set up once, with a key pair, and renamed keeping the key', async () => {
    expect(await getCoachKeys()).toBeUndefined();
    const keys = await setUpCoach('  Ada Coach ', OPEN);
    expect(keys.name).toBe('Ada Coach');
    expect(keys.privateKeyJwk.d).toBeTruthy();
    const identity = coachIdentityOf(keys);
    expect(identity).toEqual({
      name: 'Ada Coach',
      publicKeyJwk: keys.publicKeyJwk,
      keyId: keys.keyId,
      signing: { publicKeyJwk: keys.signing?.publicKeyJwk, keyId: keys.signing?.keyId },
    });
    expect(identity).not.toHaveProperty('privateKeyJwk');
    expect(identity.signing).not.toHaveProperty('privateKeyJwk');
    // The key it signs with is not the key answers are sealed to.
    expect(keys.signing?.keyId).not.toBe(keys.keyId);

    await expect(setUpCoach('Another', OPEN)).rejects.toThrow(/already set up/);
    expect(await db.coachKeys.count()).toBe(1);

    await renameCoach('Ada Lovelace', new Date('2026-10-02T09:00:00Z'));
    const renamed = await getCoachKeys();
    expect(renamed?.name).toBe('Ada Lovelace');
    expect(renamed?.keyId).toBe(keys.keyId);
    expect(renamed?.rev).toBe(2);
  });

  it('refuses an empty name, and renaming before set-up', async () => {
    await expect(setUpCoach('   ')).rejects.toThrow(/Add the coach’s name/);
    await expect(renameCoach('Ada')).rejects.toThrow(/not set up/);
    await setUpCoach('Ada');
    await expect(renameCoach('')).rejects.toThrow(/Add the coach’s name/);
  });
});

describe('a delegate’s bundle', () => {
  it('stores the round and its sealed answers', async () => {
    const coach = await coachHere();
    const { round, payloads } = await roundWithAnswers(coach);
    const received = await expectOk(receiveReviewBundle(await bundle(round, payloads), OPEN));
    expect(received.added).toBe(4);
    expect(received.replaced).toBe(0);
    expect(received.round.id).toBe(round.id);
    expect(received.round.delegateName).toBe('Sam Leader');
    expect(received.round.round.invitedNotes).toEqual({});

    const listed = await listCoachedRounds();
    expect(listed.map((row) => row.round.title)).toEqual(['Autumn 360']);
    expect(await answerCountsAsCoach(round.id)).toEqual({
      'line-manager': 1,
      peers: 3,
      'direct-reports': 0,
      others: 0,
    });
    // At rest the answers stay sealed.
    const stored = await db.coachedAnswers.toArray();
    expect(JSON.stringify(stored)).not.toContain('Calm in a crisis');
  });

  it('is refused before set-up, for another coach’s key, or for a round with no coach', async () => {
    const elsewhere = await otherCoach();
    const forOther = await roundWithAnswers(elsewhere);
    expect(
      await expectRefused(receiveReviewBundle(await bundle(forOther.round, forOther.payloads))),
    ).toMatch(/Set up as a coach/);

    await coachHere();
    expect(
      await expectRefused(receiveReviewBundle(await bundle(forOther.round, forOther.payloads))),
    ).toMatch(/encrypted for Bo Elsewhere’s key/);

    const noCoach = makeRound();
    expect(await expectRefused(receiveReviewBundle(await bundle(noCoach, [])))).toMatch(
      /has no coach/,
    );
    await expectNothingStored();
  });

  it('is refused when tampered with, or not a bundle at all', async () => {
    const coach = await coachHere();
    const { round, payloads } = await roundWithAnswers(coach);
    const text = await bundle(round, payloads);
    const tampered = text.replace('"Sam Leader"', '"Someone Else"');
    expect(tampered).not.toBe(text);
    expect(await expectRefused(receiveReviewBundle(tampered))).toMatch(/changed or damaged/);
    expect(await expectRefused(receiveReviewBundle('not a file'))).toBeTruthy();
    expect(await expectRefused(receiveReviewBundle('{"app":"Trellis"}'))).toBeTruthy();
    await expectNothingStored();
  });

  it('is refused whole when it holds a plain answer, or one for another round or key', async () => {
    const coach = await coachHere();
    const { round, payloads } = await roundWithAnswers(coach);
    const plain: ReviewAnswerPayload = {
      form: 'plain',
      answer: makeAnswer(round, 'others', rateAll(5)),
    };
    expect(
      await expectRefused(receiveReviewBundle(await bundle(round, [...payloads, plain]))),
    ).toMatch(/not encrypted/);

    const elsewhere = await otherCoach();
    const sealedElsewhere = await sealed(makeAnswer(round, 'others', rateAll(5)), elsewhere);
    expect(
      await expectRefused(receiveReviewBundle(await bundle(round, [...payloads, sealedElsewhere]))),
    ).toMatch(/another review or another coach’s key/);

    const otherRound = makeRound({ coach });
    const forOtherRound = await sealed(makeAnswer(otherRound, 'others', rateAll(5)), coach);
    expect(
      await expectRefused(receiveReviewBundle(await bundle(round, [...payloads, forOtherRound]))),
    ).toMatch(/another review/);
    await expectNothingStored();
  });

  it('a later bundle updates the round and replaces answers by response id', async () => {
    const coach = await coachHere();
    const { round, answers, payloads } = await roundWithAnswers(coach);
    await expectOk(receiveReviewBundle(await bundle(round, payloads), OPEN));

    const first = answers[0];
    if (!first) throw new Error('no answer');
    const corrected = await sealed(
      { ...first, ratings: rateAll(5), answeredAt: '2026-09-20T12:00:00.000Z' },
      coach,
    );
    const newPeer = await sealed(makeAnswer(round, 'peers', rateAll(2)), coach);
    const laterRound = { ...round, rev: round.rev + 1, title: 'Autumn 360 (extended)' };
    const later = await expectOk(
      receiveReviewBundle(
        await bundle(laterRound, [corrected, ...payloads.slice(1), newPeer]),
        new Date('2026-10-05T12:00:00'),
      ),
    );
    expect(later).toMatchObject({ added: 1, replaced: 1 });
    expect(later.round.round.title).toBe('Autumn 360 (extended)');
    expect(later.round.rev).toBe(2);
    expect(await db.coachedRounds.count()).toBe(1);
    expect(await db.coachedAnswers.count()).toBe(5);

    const report = await coachReport(round.id);
    const lineManager = report?.behaviours[0]?.statements[0]?.scores.find(
      (score) => score.source === 'line-manager',
    );
    expect(lineManager?.average).toBe(5);

    // The same bundle again changes nothing; an older copy of the round does not replace it.
    const again = await expectOk(
      receiveReviewBundle(await bundle(round, [corrected, ...payloads.slice(1), newPeer])),
    );
    expect(again).toMatchObject({ added: 0, replaced: 0 });
    expect(again.round.round.title).toBe('Autumn 360 (extended)');
  });

  it('never lets an older answer undo a later one sent straight to the coach', async () => {
    const coach = await coachHere();
    const { round, answers, payloads } = await roundWithAnswers(coach);
    const first = answers[0];
    if (!first) throw new Error('no answer');
    const corrected = await sealed(
      { ...first, ratings: rateAll(5), answeredAt: '2026-09-20T12:00:00.000Z' },
      coach,
    );
    await expectOk(receiveAnswerAsCoach(corrected, OPEN));
    const received = await expectOk(receiveReviewBundle(await bundle(round, payloads), OPEN));
    expect(received).toMatchObject({ added: 3, replaced: 0 });
    const report = await coachReport(round.id);
    const lineManager = report?.behaviours[0]?.statements[0]?.scores.find(
      (score) => score.source === 'line-manager',
    );
    expect(lineManager?.average).toBe(5);
  });
});

describe('an answer sent straight to the coach', () => {
  it('is kept against its round before the bundle arrives', async () => {
    const coach = await coachHere();
    const { round, payloads } = await roundWithAnswers(coach);
    const [firstPayload] = payloads;
    if (!firstPayload) throw new Error('no answer');
    const early = await expectOk(receiveAnswerAsCoach(firstPayload, OPEN));
    expect(early.round).toBeUndefined();
    expect(early.added).toBe(1);
    expect(await answerCountsAsCoach(round.id)).toMatchObject({ 'line-manager': 1 });
    expect(await listCoachedRounds()).toEqual([]);

    const received = await expectOk(receiveReviewBundle(await bundle(round, payloads), OPEN));
    expect(received).toMatchObject({ added: 3, replaced: 0 });
    const again = await expectOk(receiveAnswerAsCoach(firstPayload, OPEN));
    expect(again.round?.id).toBe(round.id);
    expect(again).toMatchObject({ added: 0, replaced: 0 });
  });

  it('is refused when plain, sealed to another key, or once its round has closed', async () => {
    const coach = await coachHere();
    const { round, payloads } = await roundWithAnswers(coach);
    const plain: ReviewAnswerPayload = {
      form: 'plain',
      answer: makeAnswer(round, 'peers', rateAll(3)),
    };
    expect(await expectRefused(receiveAnswerAsCoach(plain, OPEN))).toMatch(/not encrypted/);
    const elsewhere = await sealed(makeAnswer(round, 'peers', rateAll(3)), await otherCoach());
    expect(await expectRefused(receiveAnswerAsCoach(elsewhere, OPEN))).toMatch(
      /different coach’s key/,
    );
    await expectOk(receiveReviewBundle(await bundle(round, payloads), OPEN));
    const late = await sealed(makeAnswer(round, 'peers', rateAll(3)), coach);
    expect(await expectRefused(receiveAnswerAsCoach(late, AFTER_CLOSE))).toMatch(
      /closed on Fri, 16 Oct 2026/,
    );
    expect(await db.coachedAnswers.count()).toBe(4);
  });
});

describe('the coach’s report', () => {
  it('withholds a group below its threshold, naming only its count', async () => {
    const coach = await coachHere();
    const { round, payloads } = await roundWithAnswers(coach, 2);
    await expectOk(receiveReviewBundle(await bundle(round, payloads), OPEN));
    const report = await coachReport(round.id);
    expect(report?.unreadable).toBe(0);
    expect(report?.groups).toEqual([
      { group: 'line-manager', answered: 1, withheld: false },
      { group: 'peers', answered: 2, withheld: true },
      { group: 'direct-reports', answered: 0, withheld: true },
      { group: 'others', answered: 0, withheld: true },
    ]);
    const sources = report?.behaviours.flatMap((row) => row.scores.map((score) => score.source));
    expect(sources).not.toContain('peers');
    expect(report?.comments.doWell).toEqual(['Calm in a crisis']);
    expect(JSON.stringify(report)).not.toContain('Peer comment');
  });

  it('counts answers that do not open, and takes nothing from them', async () => {
    const coach = await coachHere();
    const { round, payloads } = await roundWithAnswers(coach);
    const [first, ...rest] = payloads;
    if (first?.form !== 'sealed') throw new Error('no sealed answer');
    const { ciphertext } = first.sealed;
    const flipped = ciphertext[10] === 'A' ? 'B' : 'A';
    const damaged: ReviewAnswerPayload = {
      form: 'sealed',
      sealed: {
        ...first.sealed,
        ciphertext: ciphertext.slice(0, 10) + flipped + ciphertext.slice(11),
      },
    };
    await expectOk(receiveReviewBundle(await bundle(round, [damaged, ...rest]), OPEN));
    const report = await coachReport(round.id);
    expect(report?.unreadable).toBe(1);
    expect(report?.groups[0]).toEqual({ group: 'line-manager', answered: 0, withheld: true });
    expect(report?.comments.doWell).not.toContain('Calm in a crisis');
    expect(await coachReport('00000000-0000-4000-8000-999999999999')).toBeUndefined();
  });

  it('opens each answer once while the page lives, and a replaced answer again', async () => {
    const coach = await coachHere();
    const { round, answers, payloads } = await roundWithAnswers(coach);
    await expectOk(receiveReviewBundle(await bundle(round, payloads), OPEN));
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    try {
      const first = await coachReport(round.id);
      expect(decrypt).toHaveBeenCalledTimes(4);
      expect(await coachReport(round.id)).toEqual(first);
      expect(decrypt).toHaveBeenCalledTimes(4);

      const lineManager = answers[0];
      if (!lineManager) throw new Error('no answer');
      const corrected = await sealed(
        { ...lineManager, ratings: rateAll(5), answeredAt: '2026-09-20T12:00:00.000Z' },
        coach,
      );
      await expectOk(receiveAnswerAsCoach(corrected, OPEN));
      decrypt.mockClear();
      const redrawn = await coachReport(round.id);
      // Only the stored replacement is new to this page.
      expect(decrypt).toHaveBeenCalledTimes(1);
      expect(redrawn?.behaviours[0]?.scores).toContainEqual(
        expect.objectContaining({ source: 'line-manager', average: 5 }),
      );
    } finally {
      decrypt.mockRestore();
    }
  });

  it('is released as a link and a file, and the round notes when', async () => {
    const coach = await coachHere();
    const { round, payloads } = await roundWithAnswers(coach);
    await expectOk(receiveReviewBundle(await bundle(round, payloads), OPEN));
    const releasedAt = new Date('2026-10-20T10:00:00Z');
    const released = await releaseReport(round.id, ORIGIN, releasedAt);
    expect(released.link.startsWith(`${ORIGIN}/review-report#`)).toBe(true);
    expect(released.fileName).toBe('review-report-2026-10-20.trellis-review-report.json');

    const fromLink = await expectOk(decodeReleasedReport(released.link, round.id));
    const fromFile = await expectOk(decodeReleasedReport(released.fileText, round.id));
    expect(fromFile).toEqual(fromLink);
    expect(fromLink.coachName).toBe('Ada Coach');
    const { unreadable, ...report } = (await coachReport(round.id)) ?? { unreadable: -1 };
    expect(unreadable).toBe(0);
    expect(fromLink.report).toEqual(report);
    expect(fromLink.report).not.toHaveProperty('unreadable');

    const [listed] = await listCoachedRounds();
    expect(listed?.releasedAt).toBe(releasedAt.toISOString());
    await expect(releaseReport('00000000-0000-4000-8000-999999999999', ORIGIN)).rejects.toThrow(
      /no longer on this device/,
    );
  });
});
