import { describe, expect, it } from 'vitest';
import { sealEnvelope } from '@/domain/file-envelope';
import { deflate, toBase64Url } from '@/domain/observation-exchange';
import { generateCoachKeyPair, sealAnswer } from '@/domain/review-360/review-crypto';
import {
  acceptReviewAnswer,
  coachLink,
  decodeCoachLink,
  decodeReleasedReport,
  decodeReviewAnswer,
  decodeReviewBundle,
  decodeReviewRequestLink,
  MAX_REVIEW_ANSWER_BYTES,
  releasedReportFileText,
  releasedReportLink,
  requestPrivacyLines,
  REVIEW_ANSWER_TYPE,
  reviewAnswerFileText,
  reviewAnswerLink,
  reviewBundleFileText,
  reviewRequestLink,
} from '@/domain/review-360/review-exchange';
import { buildReviewReport } from '@/domain/review-360/review-report';
import {
  reviewRequestFor,
  type CoachIdentity,
  type ReviewAnswerPayload,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { makeAnswer, makeRound, rateAll } from '../../../support/review-factories';

const ORIGIN = 'https://trellis.example';
/** The round closes on 16 October 2026. */
const OPEN = new Date('2026-10-16T12:00:00');
const CLOSED = new Date('2026-10-17T12:00:00');

async function expectOk<T>(
  decoded:
    | Promise<{ ok: true; value: T } | { ok: false; message: string }>
    | { ok: true; value: T }
    | { ok: false; message: string },
): Promise<T> {
  const result = await decoded;
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

async function expectRefused(
  decoded: Promise<{ ok: boolean; message?: string }> | { ok: boolean; message?: string },
): Promise<string> {
  const result = await decoded;
  if (result.ok) throw new Error('expected a refusal');
  return result.message ?? '';
}

async function coachFor(): Promise<{ coach: CoachIdentity; privateKeyJwk: JsonWebKey }> {
  const pair = await generateCoachKeyPair();
  return {
    coach: { name: 'Ada Coach', publicKeyJwk: pair.publicKeyJwk, keyId: pair.keyId },
    privateKeyJwk: pair.privateKeyJwk,
  };
}

function plainPayload(round: ReviewRound): Extract<ReviewAnswerPayload, { form: 'plain' }> {
  return {
    form: 'plain',
    answer: makeAnswer(round, 'peers', rateAll(3), { doWell: 'Clear 🌱', moreEffective: 'Pace' }),
  };
}

describe('request links', () => {
  it('round-trip under /review# and tell the rater who sees what', async () => {
    const { coach } = await coachFor();
    const round = makeRound({ coach });
    const request = reviewRequestFor(
      round,
      'peers',
      'Sam Leader',
      new Date('2026-09-02T08:00:00Z'),
    );
    const link = await reviewRequestLink(ORIGIN, request);
    expect(link.startsWith(`${ORIGIN}/review#`)).toBe(true);
    expect(await expectOk(decodeReviewRequestLink(link, OPEN))).toEqual(request);
    expect(request.threshold).toBe(3);
    expect(link).not.toContain('invited');
    const lines = requestPrivacyLines(request).join(' ');
    expect(lines).toMatch(/4 statements/);
    expect(lines).toMatch(/at least 3 people/);
    expect(lines).toMatch(/only Ada Coach/);
    expect(lines).toMatch(/16 Oct/);
  });

  it('say so when there is no coach', () => {
    const request = reviewRequestFor(makeRound(), 'line-manager', 'Sam Leader');
    expect(requestPrivacyLines(request).join(' ')).toMatch(/unencrypted/);
  });

  it('are refused once the round has closed', async () => {
    const round = makeRound();
    const link = await reviewRequestLink(ORIGIN, reviewRequestFor(round, 'others', 'Sam'));
    expect(await expectRefused(decodeReviewRequestLink(link, CLOSED))).toMatch(
      /closed on Fri, 16 Oct/,
    );
  });
});

describe('answers', () => {
  it('round-trip as a link and as a file, sealed or plain', async () => {
    const { coach } = await coachFor();
    const round = makeRound({ coach });
    const sealed: ReviewAnswerPayload = {
      form: 'sealed',
      sealed: await sealAnswer(plainPayload(round).answer, coach.publicKeyJwk),
    };
    const link = await reviewAnswerLink(ORIGIN, sealed);
    expect(link.startsWith(`${ORIGIN}/review-answer#`)).toBe(true);
    expect(await expectOk(decodeReviewAnswer(link))).toEqual(sealed);
    expect(await expectOk(decodeReviewAnswer(await reviewAnswerFileText(sealed)))).toEqual(sealed);

    const plain = plainPayload(makeRound());
    expect(await expectOk(decodeReviewAnswer(await reviewAnswerLink(ORIGIN, plain)))).toEqual(
      plain,
    );
  });

  it('are accepted for their own open round', async () => {
    const round = makeRound();
    const payload = plainPayload(round);
    expect(await expectOk(acceptReviewAnswer(payload, round, OPEN))).toEqual(payload);
  });

  it('are refused for another round, or once the round has closed', async () => {
    const round = makeRound();
    expect(await expectRefused(acceptReviewAnswer(plainPayload(makeRound()), round, OPEN))).toMatch(
      /different review/,
    );
    expect(await expectRefused(acceptReviewAnswer(plainPayload(round), round, CLOSED))).toMatch(
      /closed/,
    );
  });

  it('are refused when sealed to another coach, or plain when the round has a coach', async () => {
    const { coach } = await coachFor();
    const { coach: otherCoach } = await coachFor();
    const round = makeRound({ coach });
    const sealedForOther: ReviewAnswerPayload = {
      form: 'sealed',
      sealed: await sealAnswer(plainPayload(round).answer, otherCoach.publicKeyJwk),
    };
    expect(await expectRefused(acceptReviewAnswer(sealedForOther, round, OPEN))).toMatch(
      /different coach/,
    );
    expect(await expectRefused(acceptReviewAnswer(plainPayload(round), round, OPEN))).toMatch(
      /not encrypted/,
    );
    const withoutCoach = makeRound();
    const sealedWithoutCoach: ReviewAnswerPayload = {
      form: 'sealed',
      sealed: { ...sealedForOther.sealed, roundId: withoutCoach.id },
    };
    expect(await expectRefused(acceptReviewAnswer(sealedWithoutCoach, withoutCoach, OPEN))).toMatch(
      /different coach/,
    );
  });

  it('are refused when they rate statements the round does not ask about, or off its scale', async () => {
    const round = makeRound();
    const extra = makeAnswer(round, 'peers', { 'not.asked': 3 });
    const offScale = makeAnswer(round, 'peers', { 'listens.asks': 7 });
    expect(
      await expectRefused(acceptReviewAnswer({ form: 'plain', answer: extra }, round, OPEN)),
    ).toMatch(/does not ask about/);
    expect(
      await expectRefused(acceptReviewAnswer({ form: 'plain', answer: offScale }, round, OPEN)),
    ).toMatch(/level 7/);
  });

  it('are refused when tampered with, from a newer version, oversized or of another type', async () => {
    const payload = plainPayload(makeRound());
    const text = await reviewAnswerFileText(payload);
    const tampered = text.replace('"Clear 🌱"', '"Unclear"');
    expect(tampered).not.toBe(text);
    expect(await expectRefused(decodeReviewAnswer(tampered))).toMatch(/changed or damaged/);

    const future = await sealEnvelope(REVIEW_ANSWER_TYPE, 2, payload);
    expect(await expectRefused(decodeReviewAnswer(JSON.stringify(future)))).toMatch(
      /newer version of Trellis/,
    );
    const futureLink = `${ORIGIN}/review-answer#${toBase64Url(await deflate(JSON.stringify(future)))}`;
    expect(await expectRefused(decodeReviewAnswer(futureLink))).toMatch(/newer version/);

    const oversized = text.replace('"Pace"', `"${'x'.repeat(MAX_REVIEW_ANSWER_BYTES)}"`);
    expect(await expectRefused(decodeReviewAnswer(oversized))).toMatch(
      /larger than Trellis accepts/,
    );

    const requestLink = await reviewRequestLink(
      ORIGIN,
      reviewRequestFor(makeRound(), 'peers', 'Sam'),
    );
    expect(await expectRefused(decodeReviewAnswer(requestLink))).toMatch(
      /holds "trellis-review-request"/,
    );

    expect(await expectRefused(decodeReviewAnswer(`${ORIGIN}/review-answer#abc`))).toMatch(
      /cut short/,
    );
  });
});

describe('coach links', () => {
  it('round-trip under /coach#', async () => {
    const { coach } = await coachFor();
    const link = await coachLink(ORIGIN, coach);
    expect(link.startsWith(`${ORIGIN}/coach#`)).toBe(true);
    expect(await expectOk(decodeCoachLink(link))).toEqual(coach);
  });

  it('are refused when the key id is not the key’s own', async () => {
    const { coach } = await coachFor();
    const { coach: other } = await coachFor();
    const link = await coachLink(ORIGIN, { ...coach, keyId: other.keyId });
    expect(await expectRefused(decodeCoachLink(link))).toMatch(/usable key/);
  });
});

describe('bundles and released reports', () => {
  it('carry the round to the coach without the delegate’s notes of whom they invited', async () => {
    const round = { ...makeRound(), invitedNotes: { peers: 'Alex, Bo, Cy' } };
    const text = await reviewBundleFileText(round, [plainPayload(round)], 'Sam Rivers');
    expect(text).not.toContain('Alex');
    const bundle = await expectOk(decodeReviewBundle(text));
    expect(bundle.delegateName).toBe('Sam Rivers');
    expect(bundle.round).toEqual({ ...round, invitedNotes: {} });
    expect(bundle.answers).toHaveLength(1);
  });

  it('round-trip the released report, and refuse one for another round', async () => {
    const round = makeRound({ selfRatings: rateAll(4) });
    const answers = [1, 2, 3].map(() =>
      makeAnswer(round, 'peers', rateAll(2), { doWell: 'Kind', moreEffective: 'Faster' }),
    );
    const released = {
      report: buildReviewReport(round, answers),
      coachName: 'Ada Coach',
      releasedAt: '2026-10-20T10:00:00.000Z',
    };
    const file = await releasedReportFileText(released);
    expect(await expectOk(decodeReleasedReport(file, round.id))).toEqual(released);
    const link = await releasedReportLink(ORIGIN, released);
    expect(await expectOk(decodeReleasedReport(link, round.id))).toEqual(released);
    expect(await expectRefused(decodeReleasedReport(file, makeRound().id))).toMatch(
      /different review round/,
    );
  });
});
