import { describe, expect, it } from 'vitest';
import { sealEnvelope } from '@/domain/file-envelope';
import { leadershipBehaviours } from '@/domain/built-in-frameworks';
import { deflate, fitsInQrCode, toBase64Url } from '@/domain/observation-exchange';
import { toRequestWire } from '@/domain/review-360/request-wire';
import { generateCoachKeyPair, sealAnswer } from '@/domain/review-360/review-crypto';
import {
  acceptReviewAnswer,
  coachLink,
  coachFileName,
  coachFileText,
  decodeCoachLink,
  decodeReleasedReport,
  decodeReviewAnswer,
  decodeReviewBundle,
  decodeReviewRequest,
  MAX_REVIEW_ANSWER_BYTES,
  releasedReportFileText,
  releasedReportLink,
  raterInvitation,
  requestPrivacyLines,
  requestWorkload,
  REVIEW_ANSWER_TYPE,
  REVIEW_REQUEST_TYPE,
  REVIEW_REQUEST_VERSION,
  reviewAnswerFileText,
  reviewAnswerLink,
  reviewBundleFileText,
  reviewRequestFileName,
  reviewRequestFileText,
  reviewRequestLink,
} from '@/domain/review-360/review-exchange';
import { buildReviewReport } from '@/domain/review-360/review-report';
import {
  allStatements,
  defaultThresholds,
  reviewRequestFor,
  type CoachIdentity,
  type ReviewAnswerPayload,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { makeAnswer, makeRound, rateAll } from '../../../support/review-factories';
import { fileTextOfLink } from '../../../support/handed-over-files';

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
    expect(await expectOk(decodeReviewRequest(link, OPEN))).toEqual(request);
    // Its file holds the envelope the link carries, and reads the same.
    expect(await expectOk(decodeReviewRequest(fileTextOfLink(link), OPEN))).toEqual(request);
    const sentAt = new Date('2026-09-02T08:00:00Z');
    const fileText = await reviewRequestFileText(request, sentAt);
    const sameLink = await reviewRequestLink(ORIGIN, request, sentAt);
    expect(JSON.parse(fileText)).toEqual(JSON.parse(fileTextOfLink(sameLink)));
    expect(await expectOk(decodeReviewRequest(fileText, OPEN))).toEqual(request);
    expect(reviewRequestFileName(request)).toBe(
      '360-request-sam-leader-peers.trellis-review-request.json',
    );
    expect(request.threshold).toBe(3);
    expect(link).not.toContain('invited');
    expect(raterInvitation(request)).toBe(
      'Sam Leader asked you, as one of their peers, for feedback on “Autumn 360”.',
    );
    expect(requestWorkload(request)).toEqual({ statements: 4, behaviours: 2, minutes: 4 });
    expect(requestPrivacyLines(request)[0]).toBe(
      'Your answers are encrypted on this phone so that only Ada Coach, the coach, can read them; Sam Leader sees only the report, and only groups of at least 3 people.',
    );
  });

  it('say plainly who sees what with no coach, and when a line manager can be told apart', async () => {
    const round = makeRound();
    expect(requestPrivacyLines(reviewRequestFor(round, 'peers', 'Sam Leader'))[0]).toBe(
      'Your answers are stored on Sam Leader’s device and hidden by the app; only averages for groups of at least 3 people are shown.',
    );
    const lineManager = requestPrivacyLines(reviewRequestFor(round, 'line-manager', 'Sam Leader'));
    expect(lineManager.join(' ')).toMatch(/Sam Leader can tell which ratings are yours/);
    const { coach } = await coachFor();
    const coachedManager = reviewRequestFor(makeRound({ coach }), 'line-manager', 'Sam Leader');
    expect(requestPrivacyLines(coachedManager).join(' ')).toMatch(
      /only Ada Coach, the coach, can read them; Sam Leader sees only the report\. Line manager ratings are shown even when only one person gives them/,
    );
    // A line manager's threshold raised above one is anonymous like any other group's.
    const raised = makeRound({ thresholds: { ...defaultThresholds(), 'line-manager': 2 } });
    expect(
      requestPrivacyLines(reviewRequestFor(raised, 'line-manager', 'Sam Leader')).join(' '),
    ).not.toMatch(/can tell/);
    expect(raterInvitation(reviewRequestFor(round, 'others', 'Sam Leader'))).toMatch(
      /as one of the other colleagues who work with them/,
    );
    expect(requestWorkload(reviewRequestFor(round, 'others', 'Sam'))).toMatchObject({
      statements: 4,
    });
  });

  it('are refused once the round has closed', async () => {
    const round = makeRound();
    const link = await reviewRequestLink(ORIGIN, reviewRequestFor(round, 'others', 'Sam'));
    expect(await expectRefused(decodeReviewRequest(link, CLOSED))).toMatch(/closed on Fri, 16 Oct/);
  });

  it('fit in a QR code with a coach and the leadership framework’s 27 statements', async () => {
    const { coach } = await coachFor();
    const round = makeRound({
      coach: { ...coach, name: 'Dr Margaret Okonkwo-Fitzgerald' },
      framework: leadershipBehaviours,
      title: 'Start of programme leadership review',
    });
    const request = reviewRequestFor(round, 'direct-reports', 'Priya Ramanathan-Shah');
    expect(allStatements(request.behaviours)).toHaveLength(27);
    const link = await reviewRequestLink(ORIGIN, request);
    expect(fitsInQrCode(link)).toBe(true);
    expect(await expectOk(decodeReviewRequest(link, OPEN))).toEqual(request);
  });

  it('still open when made before the compact link form', async () => {
    const { coach } = await coachFor();
    const request = reviewRequestFor(makeRound({ coach }), 'peers', 'Sam Leader');
    const version1 = await sealEnvelope(REVIEW_REQUEST_TYPE, 1, request);
    const link = `${ORIGIN}/review#${toBase64Url(await deflate(JSON.stringify(version1)))}`;
    expect(await expectOk(decodeReviewRequest(link, OPEN))).toEqual(request);
  });

  it('keep statement ids that do not repeat their behaviour’s id', async () => {
    const round = makeRound();
    const [first, ...rest] = round.behaviours;
    if (first === undefined) throw new Error('the round has behaviours');
    const odd = {
      ...round,
      behaviours: [
        { ...first, statements: [{ id: 'stand-alone', statement: 'Says what they mean.' }] },
        ...rest,
      ],
    };
    const request = reviewRequestFor(odd, 'peers', 'Sam');
    const link = await reviewRequestLink(ORIGIN, request);
    expect(await expectOk(decodeReviewRequest(link, OPEN))).toEqual(request);
  });

  it('are refused, with the rule broken, when the compact form is tampered with', async () => {
    const request = reviewRequestFor(makeRound(), 'peers', 'Sam');
    const linkFor = async (data: unknown) =>
      `${ORIGIN}/review#${toBase64Url(await deflate(JSON.stringify(await sealEnvelope(REVIEW_REQUEST_TYPE, REVIEW_REQUEST_VERSION, data))))}`;
    const wire = toRequestWire(request);
    const badId = { ...wire, behaviours: [['<script>', 'Name', [['.x', 'Text']]]] };
    expect(await expectRefused(decodeReviewRequest(await linkFor(badId), OPEN))).toMatch(
      /review request is not one Trellis can use/,
    );
    const notTuples = { ...wire, levels: [{ value: 1, label: 'One', descriptor: 'One' }] };
    expect(await expectRefused(decodeReviewRequest(await linkFor(notTuples), OPEN))).toMatch(
      /review request is not one Trellis can use/,
    );
    const badKey = { ...wire, coach: ['Ada', 'not a key!', 'y'] };
    expect(await expectRefused(decodeReviewRequest(await linkFor(badKey), OPEN))).toMatch(
      /review request is not one Trellis can use/,
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

  it('round-trip as a file too, and a file whose key is not its own is refused', async () => {
    const { coach } = await coachFor();
    expect(coachFileName()).toBe('coach.trellis-coach.json');
    expect(await expectOk(decodeCoachLink(await coachFileText(coach)))).toEqual(coach);
    const { coach: other } = await coachFor();
    const foreign = await coachFileText({ ...coach, keyId: other.keyId });
    expect(await expectRefused(decodeCoachLink(foreign))).toMatch(/usable key/);
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
