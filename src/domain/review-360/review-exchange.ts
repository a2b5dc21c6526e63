import { z } from '@/domain/zod';
import { formatCalendarDate } from '@/domain/calendar-date';
import { sealedFileText, type EnvelopeExpectation } from '@/domain/file-envelope';
import {
  decodeEnvelopeText,
  decodeLink,
  sealedLinkPayload,
  type Decoded,
} from '@/domain/observation-exchange';
import {
  fromRequestWire,
  requestWireFromVersion1,
  reviewRequestWireSchema,
  toRequestWire,
} from '@/domain/review-360/request-wire';
import { publicKeyFingerprint } from '@/domain/review-360/review-crypto';
import { isUsableSigningKey } from '@/domain/coaching/verification-crypto';
import {
  allStatements,
  coachIdentitySchema,
  isRoundClosed,
  NOT_SEEN,
  RATER_GROUP_LABELS,
  releasedReportSchema,
  reviewAnswerPayloadSchema,
  reviewRequestSchema,
  reviewRoundSchema,
  type CoachIdentity,
  type ReleasedReport,
  type ReviewAnswerPayload,
  type ReviewRequest,
  type RaterGroup,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { fileNameSlug } from '@/domain/text';

/**
 * How the 360° review travels between devices, with no server. Each thing is a self-describing
 * envelope (file-envelope.ts: type, format version, SHA-256 checksum), in a link as
 * base64url(deflate(JSON)) after `#` (as observation links are), or in a file as the JSON itself:
 *
 *     reviewRequestLink(origin, request, now?)         → "<origin>/review#…"   (one per rater group)
 *     reviewRequestFileText(request, now?)             → the same as a file
 *     decodeReviewRequest(linkOrFileText, now)         → Decoded<ReviewRequest>  (refused once closed)
 *     reviewAnswerLink(origin, payload, now?)          → "<origin>/review-answer#…" (also the QR text)
 *     reviewAnswerFileText(payload, now?)              → file text
 *     decodeReviewAnswer(linkOrFileText)               → Decoded<ReviewAnswerPayload>
 *     acceptReviewAnswer(payload, round, now)          → Decoded<ReviewAnswerPayload>  (round rules)
 *     coachLink(origin, coach, now?)                   → "<origin>/coach#…"
 *     coachFileText(coach, now?)                       → the same as a file
 *     decodeCoachLink(linkOrFileText)                  → Decoded<CoachIdentity>
 *     reviewBundleFileText(round, answers, name, now?) → the round and its answers, for the coach
 *     decodeReviewBundle(text)                         → Decoded<ReviewBundle>
 *     releasedReportLink / releasedReportFileText(released, …) and decodeReleasedReport(text, roundId?)
 *     raterInvitation(request), requestWorkload(request) → who asks, and what it takes
 *     requestPrivacyLines(request)                     → what the rater is told about who sees what
 *
 * Decoders never throw: bad input (empty, too large, not Trellis, another type, a newer format, a
 * changed checksum, an answer for another round or a closed one, the wrong coach key) gives a plain
 * message to show as it is.
 */

export const REVIEW_REQUEST_PATH = '/review';
export const REVIEW_ANSWER_PATH = '/review-answer';
export const COACH_PATH = '/coach';
export const RELEASED_REPORT_PATH = '/review-report';

export const REVIEW_REQUEST_TYPE = 'trellis-review-request';
export const REVIEW_ANSWER_TYPE = 'trellis-review-answer';
export const COACH_LINK_TYPE = 'trellis-review-coach';
export const REVIEW_BUNDLE_TYPE = 'trellis-review-bundle';
export const RELEASED_REPORT_TYPE = 'trellis-review-report';
export const REVIEW_EXCHANGE_VERSION = 1;
/** Version 2 carries the request in its compact link form (request-wire.ts). */
export const REVIEW_REQUEST_VERSION = 2;

export const REVIEW_REQUEST_FILE_SUFFIX = '.trellis-review-request.json';
export const REVIEW_ANSWER_FILE_SUFFIX = '.trellis-review-answer.json';
export const REVIEW_BUNDLE_FILE_SUFFIX = '.trellis-review-bundle.json';
export const RELEASED_REPORT_FILE_SUFFIX = '.trellis-review-report.json';
export const COACH_FILE_SUFFIX = '.trellis-coach.json';

/** Far beyond any real request, answer or report, small enough that nothing can swamp a phone. */
export const MAX_REVIEW_REQUEST_BYTES = 200_000;
export const MAX_REVIEW_ANSWER_BYTES = 200_000;
export const MAX_COACH_LINK_BYTES = 10_000;
export const MAX_REVIEW_BUNDLE_BYTES = 5_000_000;
export const MAX_RELEASED_REPORT_BYTES = 2_000_000;
export const MAX_BUNDLED_ANSWERS = 200;

function expectation(type: string, label: string, maxBytes: number): EnvelopeExpectation {
  return { type, label, currentVersion: REVIEW_EXCHANGE_VERSION, maxBytes };
}

export const reviewRequestExpectation: EnvelopeExpectation = {
  type: REVIEW_REQUEST_TYPE,
  label: 'review request',
  currentVersion: REVIEW_REQUEST_VERSION,
  maxBytes: MAX_REVIEW_REQUEST_BYTES,
  migrations: { 1: requestWireFromVersion1 },
};
export const reviewAnswerExpectation = expectation(
  REVIEW_ANSWER_TYPE,
  'review answer',
  MAX_REVIEW_ANSWER_BYTES,
);
export const coachLinkExpectation = expectation(COACH_LINK_TYPE, 'coach', MAX_COACH_LINK_BYTES);
/** The same, named for messages about a file ("This coach’s file has been changed…"). */
const coachFileExpectation: EnvelopeExpectation = {
  ...coachLinkExpectation,
  label: 'coach’s file',
};
export const reviewBundleExpectation = expectation(
  REVIEW_BUNDLE_TYPE,
  'review bundle',
  MAX_REVIEW_BUNDLE_BYTES,
);
export const releasedReportExpectation = expectation(
  RELEASED_REPORT_TYPE,
  'review report',
  MAX_RELEASED_REPORT_BYTES,
);

async function linkTo(
  origin: string,
  path: string,
  type: string,
  data: unknown,
  now: Date,
  version = REVIEW_EXCHANGE_VERSION,
) {
  return `${origin}${path}#${await sealedLinkPayload(type, version, data, now)}`;
}

function fileText(
  type: string,
  data: unknown,
  now: Date,
  version = REVIEW_EXCHANGE_VERSION,
): Promise<string> {
  return sealedFileText(type, version, data, now);
}

/** File text starts with "{"; anything else is read as a link or its fragment. */
function isFileText(text: string): boolean {
  return text.trimStart().startsWith('{');
}

async function decodeLinkOrFile<T>(
  text: string,
  expected: EnvelopeExpectation,
  schema: z.ZodMiniType<T>,
): Promise<Decoded<T>> {
  if (isFileText(text)) {
    try {
      return await decodeEnvelopeText(text, expected, schema);
    } catch {
      return { ok: false, message: `This ${expected.label} file could not be read.` };
    }
  }
  return decodeLink(text, expected, schema);
}

function closedMessage(closesOn: string): string {
  return `This review closed on ${formatCalendarDate(closesOn)}, so it no longer takes answers.`;
}

// ─── The request ────────────────────────────────────────────────────────────────────────────────

export function reviewRequestLink(
  origin: string,
  request: ReviewRequest,
  now: Date = new Date(),
): Promise<string> {
  return linkTo(
    origin,
    REVIEW_REQUEST_PATH,
    REVIEW_REQUEST_TYPE,
    toRequestWire(reviewRequestSchema.parse(request)),
    now,
    REVIEW_REQUEST_VERSION,
  );
}

/** A rater group's request as a file, for a rater whose link will not open. */
export function reviewRequestFileText(
  request: ReviewRequest,
  now: Date = new Date(),
): Promise<string> {
  return fileText(
    REVIEW_REQUEST_TYPE,
    toRequestWire(reviewRequestSchema.parse(request)),
    now,
    REVIEW_REQUEST_VERSION,
  );
}

/** "360-request-jordan-reid-peers.trellis-review-request.json": whose review, for which group. */
export function reviewRequestFileName(request: ReviewRequest): string {
  const who = fileNameSlug(request.delegateName);
  return `360-request-${who === '' ? '' : `${who}-`}${request.group}${REVIEW_REQUEST_FILE_SUFFIX}`;
}

/**
 * A request's link (or its fragment) or its file's text. Refused, with a reason, when it cannot be
 * read or the review has closed.
 */
export async function decodeReviewRequest(
  linkOrFileText: string,
  now: Date,
): Promise<Decoded<ReviewRequest>> {
  const wire = await decodeLinkOrFile(
    linkOrFileText,
    reviewRequestExpectation,
    reviewRequestWireSchema,
  );
  const decoded = wire.ok ? await fromRequestWire(wire.value) : wire;
  if (decoded.ok && isRoundClosed(decoded.value, now)) {
    return { ok: false, message: closedMessage(decoded.value.closesOn) };
  }
  return decoded;
}

/** How the request names the rater's part ("as one of their peers"). */
const ASKED_AS: Readonly<Record<RaterGroup, string>> = {
  'line-manager': 'as their line manager',
  peers: 'as one of their peers',
  'direct-reports': 'as one of their direct reports',
  others: 'as one of the other colleagues who work with them',
};

/** The first thing a rater reads: who asks, in what capacity, about what. */
export function raterInvitation(request: ReviewRequest): string {
  return `${request.delegateName} asked you, ${ASKED_AS[request.group]}, for feedback on “${request.title}”.`;
}

/** Seconds a rater takes over one statement, and minutes for the two comments, as a rough guide. */
const SECONDS_PER_STATEMENT = 15;
const MINUTES_FOR_COMMENTS = 3;

/** What a request asks of the rater: how many statements in how many behaviours, and about how long. */
export function requestWorkload(request: ReviewRequest): {
  statements: number;
  behaviours: number;
  minutes: number;
} {
  const statements = allStatements(request.behaviours).length;
  return {
    statements,
    behaviours: request.behaviours.length,
    minutes: Math.ceil((statements * SECONDS_PER_STATEMENT) / 60) + MINUTES_FOR_COMMENTS,
  };
}

/**
 * Who sees what, told to the rater before they answer. With a coach the answer is sealed to the
 * coach's key on the rater's phone; without one it travels plain and only the app on the
 * delegate's device keeps it from view, which the rater is told in those words. A group shown from
 * a single answer (the line manager's, at threshold 1) is identifiable, and the rater is told so.
 */
export function requestPrivacyLines(request: ReviewRequest): string[] {
  const { coach, delegateName, threshold } = request;
  const isIdentifiable = threshold === 1;
  const atLeast = `groups of at least ${threshold.toString()} people`;
  const lines = [
    coach
      ? `Your answers are encrypted on this phone so that only ${coach.name}, the coach, can read them; ${delegateName} sees only the report${isIdentifiable ? '' : `, and only ${atLeast}`}.`
      : `Your answers are stored on ${delegateName}’s device and hidden by the app; ${isIdentifiable ? 'only the report is shown' : `only averages for ${atLeast} are shown`}.`,
  ];
  if (isIdentifiable) {
    const group = RATER_GROUP_LABELS[request.group];
    lines.push(
      `${group} ratings are shown even when only one person gives them, so ${delegateName} can tell which ratings are yours, and may recognise your comments.`,
    );
  } else {
    lines.push(
      'Trellis never asks for your name. Your comments are shown only if your group is, shuffled in with others’ and never beside scores.',
    );
  }
  return lines;
}

// ─── The answer ─────────────────────────────────────────────────────────────────────────────────

export function reviewAnswerLink(
  origin: string,
  payload: ReviewAnswerPayload,
  now: Date = new Date(),
): Promise<string> {
  return linkTo(
    origin,
    REVIEW_ANSWER_PATH,
    REVIEW_ANSWER_TYPE,
    reviewAnswerPayloadSchema.parse(payload),
    now,
  );
}

export function reviewAnswerFileText(
  payload: ReviewAnswerPayload,
  now: Date = new Date(),
): Promise<string> {
  return fileText(REVIEW_ANSWER_TYPE, reviewAnswerPayloadSchema.parse(payload), now);
}

/** No name, no group: a file name must not say who answered. */
export function reviewAnswerFileName(): string {
  return `review-answer${REVIEW_ANSWER_FILE_SUFFIX}`;
}

export function decodeReviewAnswer(linkOrFileText: string): Promise<Decoded<ReviewAnswerPayload>> {
  return decodeLinkOrFile(linkOrFileText, reviewAnswerExpectation, reviewAnswerPayloadSchema);
}

/**
 * The round's rules for an answer that arrives: it is for this round, the round is still open, it
 * is sealed to this round's coach (or plain when there is no coach), and a plain answer rates only
 * this round's statements on its scale.
 */
export function acceptReviewAnswer(
  payload: ReviewAnswerPayload,
  round: ReviewRound,
  now: Date,
): Decoded<ReviewAnswerPayload> {
  const roundId = payload.form === 'sealed' ? payload.sealed.roundId : payload.answer.roundId;
  if (roundId !== round.id) {
    return {
      ok: false,
      message: `This answer is for a different review, not “${round.title}”. Open it on the device and profile that asked for it.`,
    };
  }
  if (isRoundClosed(round, now)) return { ok: false, message: closedMessage(round.closesOn) };
  if (payload.form === 'sealed') {
    if (!round.coach || payload.sealed.keyId !== round.coach.keyId) {
      return {
        ok: false,
        message:
          'This answer was encrypted for a different coach’s key from this review’s, so it cannot be used. Ask the rater to answer again from the current request link.',
      };
    }
    return { ok: true, value: payload };
  }
  if (round.coach) {
    return {
      ok: false,
      message: `This review’s answers go encrypted to ${round.coach.name}, but this one is not encrypted, so it was not taken. Ask the rater to answer again from the current request link.`,
    };
  }
  const statements = new Set(allStatements(round.behaviours).map((statement) => statement.id));
  const levels = new Set(round.scale.levels.map((level) => level.value));
  for (const [statementId, rating] of Object.entries(payload.answer.ratings)) {
    if (!statements.has(statementId)) {
      return {
        ok: false,
        message: 'This answer rates a statement this review does not ask about.',
      };
    }
    if (rating !== NOT_SEEN && !levels.has(rating)) {
      return {
        ok: false,
        message: `This answer uses level ${rating.toString()}, which is not on this review’s scale.`,
      };
    }
  }
  return { ok: true, value: payload };
}

// ─── The coach ──────────────────────────────────────────────────────────────────────────────────

export function coachLink(
  origin: string,
  coach: CoachIdentity,
  now: Date = new Date(),
): Promise<string> {
  return linkTo(origin, COACH_PATH, COACH_LINK_TYPE, coachIdentitySchema.parse(coach), now);
}

/** The coach's link as a file, for a delegate whose link will not open or who was sent a file. */
export function coachFileText(coach: CoachIdentity, now: Date = new Date()): Promise<string> {
  return fileText(COACH_LINK_TYPE, coachIdentitySchema.parse(coach), now);
}

export function coachFileName(): string {
  return `coach${COACH_FILE_SUFFIX}`;
}

/**
 * A coach's link or file. Refused when the key id is not the key's own fingerprint or the key is
 * not a P-256 point.
 */
export async function decodeCoachLink(linkOrFileText: string): Promise<Decoded<CoachIdentity>> {
  const decoded = await decodeLinkOrFile(
    linkOrFileText,
    isFileText(linkOrFileText) ? coachFileExpectation : coachLinkExpectation,
    coachIdentitySchema,
  );
  if (!decoded.ok) return decoded;
  const unusable: Decoded<CoachIdentity> = {
    ok: false,
    message:
      'This coach link does not hold a usable key, so answers could not be encrypted for them. Ask the coach for their link again.',
  };
  try {
    const { kty, crv, x, y } = decoded.value.publicKeyJwk;
    await crypto.subtle.importKey(
      'jwk',
      { kty, crv, x, y },
      { name: 'ECDH', namedCurve: 'P-256' },
      false,
      [],
    );
  } catch {
    return unusable;
  }
  if ((await publicKeyFingerprint(decoded.value.publicKeyJwk)) !== decoded.value.keyId) {
    return unusable;
  }
  const signing = decoded.value.signing;
  if (signing && !(await isUsableSigningKey(signing.publicKeyJwk, signing.keyId))) {
    return unusable;
  }
  return decoded;
}

// ─── The bundle the delegate sends the coach ────────────────────────────────────────────────────

export const reviewBundleSchema = z.object({
  /** Whose review it is, as the coach will see it. */
  delegateName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** The round without the delegate's notes of whom they invited. */
  round: reviewRoundSchema,
  answers: z.array(reviewAnswerPayloadSchema).check(z.maxLength(MAX_BUNDLED_ANSWERS)),
});
export type ReviewBundle = z.infer<typeof reviewBundleSchema>;

/** The round (self ratings included, invited names left out) and the answers it has gathered. */
export function reviewBundleFileText(
  round: ReviewRound,
  answers: readonly ReviewAnswerPayload[],
  delegateName: string,
  now: Date = new Date(),
): Promise<string> {
  const bundle = reviewBundleSchema.parse({
    delegateName,
    round: { ...round, invitedNotes: {} },
    answers,
  });
  return fileText(REVIEW_BUNDLE_TYPE, bundle, now);
}

export function decodeReviewBundle(text: string): Promise<Decoded<ReviewBundle>> {
  return decodeLinkOrFile(text, reviewBundleExpectation, reviewBundleSchema);
}

// ─── The released report ────────────────────────────────────────────────────────────────────────

export function releasedReportLink(
  origin: string,
  released: ReleasedReport,
  now: Date = new Date(),
): Promise<string> {
  return linkTo(
    origin,
    RELEASED_REPORT_PATH,
    RELEASED_REPORT_TYPE,
    releasedReportSchema.parse(released),
    now,
  );
}

export function releasedReportFileText(
  released: ReleasedReport,
  now: Date = new Date(),
): Promise<string> {
  return fileText(RELEASED_REPORT_TYPE, releasedReportSchema.parse(released), now);
}

export function releasedReportFileName(released: ReleasedReport): string {
  return `review-report-${released.releasedAt.slice(0, 10)}${RELEASED_REPORT_FILE_SUFFIX}`;
}

/** With `roundId`, a report for any other round is refused. */
export async function decodeReleasedReport(
  linkOrFileText: string,
  roundId?: string,
): Promise<Decoded<ReleasedReport>> {
  const decoded = await decodeLinkOrFile(
    linkOrFileText,
    releasedReportExpectation,
    releasedReportSchema,
  );
  if (decoded.ok && roundId !== undefined && decoded.value.report.roundId !== roundId) {
    return {
      ok: false,
      message: 'This report is for a different review round, so it was not taken.',
    };
  }
  return decoded;
}
