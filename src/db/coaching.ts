/**
 * The coach's side of the 360° review, on the coach's own device (no profile, no programme):
 *
 * - `coachKeys`: the coach's name and key pair, one row. The private key never leaves this device
 *   but in its backups; raters' answers are sealed to the public key (review-crypto.ts).
 * - `coachedRounds`: a delegate's round, from the bundle the delegate sent, keyed by the round's
 *   own id so a later bundle updates it.
 * - `coachedAnswers`: the sealed answers gathered for a round, from bundles or sent straight to
 *   the coach. They stay sealed at rest and are opened, in memory only, to draw the report.
 *
 * Every read parses its rows (docs/design.md#one-schema-three-uses); each write that touches more
 * than one row is one transaction. Web Crypto cannot run inside a Dexie transaction (its promises
 * would let the transaction commit early), so keys are made and answers opened before it.
 */
import {
  coachIdentitySchema,
  isRoundClosed,
  latestAnswers,
  RATER_GROUPS,
  type CoachIdentity,
  type RaterAnswer,
  type RaterGroup,
  type ReviewAnswerPayload,
  type ReviewReport,
  type SealedAnswer,
} from '@/domain/review-360/review-round';
import { formatCalendarDate } from '@/domain/calendar-date';
import type { Decoded } from '@/domain/observation-exchange';
import { generateCoachKeyPair, openSealedAnswer } from '@/domain/review-360/review-crypto';
import {
  decodeReviewBundle,
  releasedReportFileName,
  releasedReportFileText,
  releasedReportLink,
} from '@/domain/review-360/review-exchange';
import { buildReviewReport } from '@/domain/review-360/review-report';
import {
  coachedAnswerSchema,
  coachedRoundSchema,
  coachKeysSchema,
  type CoachedAnswer,
  type CoachedRound,
  type CoachKeys,
} from '@/domain/review-360/stored';
import { newRecordMeta, revisedMeta } from '@/domain/record';
import { generateSigningKeyPair } from '@/domain/coaching/verification-crypto';
import {
  decideVerification,
  type CoachDecision,
  type SignedVerification,
  type VerificationRequest,
} from '@/domain/coaching/verification';
import { db } from '@/db/database';
import { parsedRows } from '@/db/parsed-rows';

const parseKeys = parsedRows(coachKeysSchema);
const parseRound = parsedRows(coachedRoundSchema);
const parseAnswer = parsedRows(coachedAnswerSchema);

function byCreation(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1);
}

/**
 * Every key pair this device holds, oldest first. There is one, but a restore may bring in the
 * pair of another device the coach used: answers sealed to either can then still be opened.
 */
async function allCoachKeys(): Promise<CoachKeys[]> {
  const rows = await db.coachKeys.toArray();
  return rows
    .map(parseKeys)
    .filter((keys) => keys.deletedAt === undefined)
    .sort(byCreation);
}

// ─── The coach's identity ───────────────────────────────────────────────────────────────────────

/** The coach set up on this device, or undefined before "Set up as a coach". */
export async function getCoachKeys(): Promise<CoachKeys | undefined> {
  return (await allCoachKeys())[0];
}

/** What a delegate adds from the coach's link: the name and the public key, never the private. */
export function coachIdentityOf(keys: CoachKeys): CoachIdentity {
  return coachIdentitySchema.parse({
    name: keys.name,
    publicKeyJwk: keys.publicKeyJwk,
    keyId: keys.keyId,
    ...(keys.signing
      ? { signing: { publicKeyJwk: keys.signing.publicKeyJwk, keyId: keys.signing.keyId } }
      : {}),
  });
}

/**
 * Makes this device's key pair and stores it with the coach's name. Refused once a coach is set
 * up: a second key would leave delegates who added the first with a coach who cannot be found.
 */
export async function setUpCoach(name: string, now = new Date()): Promise<CoachKeys> {
  const checkedName = coachIdentitySchema.shape.name.parse(name);
  const [pair, signing] = await Promise.all([generateCoachKeyPair(), generateSigningKeyPair()]);
  const keys = coachKeysSchema.parse({
    ...newRecordMeta(now),
    name: checkedName,
    ...pair,
    signing,
  });
  return db.transaction('rw', db.coachKeys, async () => {
    if (await getCoachKeys()) throw new Error('This device is already set up as a coach.');
    await db.coachKeys.add(keys);
    return keys;
  });
}

/** A new name for the coach; the key stays, so delegates' rounds still reach this device. */
export async function renameCoach(name: string, now = new Date()): Promise<void> {
  const checkedName = coachIdentitySchema.shape.name.parse(name);
  await db.transaction('rw', db.coachKeys, async () => {
    const current = await getCoachKeys();
    if (!current) throw new Error('This device is not set up as a coach yet.');
    if (current.name === checkedName) return;
    await db.coachKeys.put(
      coachKeysSchema.parse({ ...current, ...revisedMeta(current, now), name: checkedName }),
    );
  });
}

/**
 * Gives a coach set up before verifications existed the key pair they sign with, once. The
 * workspace calls it as it opens; the coach's link then carries the signing key too, and the key
 * the coach seals with stays as it was, so nothing a delegate already sent is lost.
 */
export async function ensureCoachSigningKey(now = new Date()): Promise<CoachKeys | undefined> {
  const current = await getCoachKeys();
  if (!current || current.signing) return current;
  // Made before the transaction: Web Crypto's promises would let a Dexie transaction commit early.
  const signing = await generateSigningKeyPair();
  return db.transaction('rw', db.coachKeys, async () => {
    const latest = await getCoachKeys();
    if (!latest || latest.signing) return latest;
    const next = coachKeysSchema.parse({ ...latest, ...revisedMeta(latest, now), signing });
    await db.coachKeys.put(next);
    return next;
  });
}

/**
 * The coach's decision on a verification request, signed with this device's signing key. Refused
 * when the request names another key: it was meant for the coach's other device, or another coach.
 */
export async function decideVerificationAsCoach(
  request: VerificationRequest,
  decision: CoachDecision,
  now = new Date(),
): Promise<SignedVerification> {
  const keys = await ensureCoachSigningKey(now);
  if (!keys?.signing) throw new Error(NOT_SET_UP_TO_VERIFY);
  if (keys.signing.keyId !== request.signingKeyId) {
    throw new Error(
      `This request is for ${request.coachName}’s signing key, which is not the one on this device. Open it on the device where ${request.coachName} set up as a coach.`,
    );
  }
  return decideVerification(
    request,
    decision,
    {
      coachName: keys.name,
      signingKeyId: keys.signing.keyId,
      privateKeyJwk: keys.signing.privateKeyJwk,
    },
    now,
  );
}

const NOT_SET_UP_TO_VERIFY =
  'Set up as a coach on this device first: a verification is signed with a coach’s key, and this device has none yet.';

// ─── Sealed answers arriving ────────────────────────────────────────────────────────────────────

async function coachedAnswersOf(roundId: string): Promise<CoachedAnswer[]> {
  const rows = await db.coachedAnswers.where({ roundId }).toArray();
  return rows.map(parseAnswer).filter((answer) => answer.deletedAt === undefined);
}

async function coachedRoundRow(roundId: string): Promise<CoachedRound | undefined> {
  const row = await db.coachedRounds.get(roundId);
  const round = row === undefined ? undefined : parseRound(row);
  return round?.deletedAt === undefined ? round : undefined;
}

function isSameSealed(a: SealedAnswer, b: SealedAnswer): boolean {
  return a.ciphertext === b.ciphertext && a.iv === b.iv;
}

/**
 * Answers opened in this page's life, by sealed answer and the key that opened it. `parsedRows`
 * hands back the same parsed object while a row's content is unchanged, so returning to a report,
 * or drawing it again when one answer arrives, opens only what is new: opening a round's 200
 * answers takes most of a second on a slow phone. They are held in memory only, as when first
 * opened, and go with the page. An answer that did not open is remembered too: with the same key
 * it never will.
 */
const openedAnswers = new WeakMap<
  SealedAnswer,
  { key: CoachKeys['privateKeyJwk']; answer: Promise<RaterAnswer | undefined> }
>();

/** The answer inside, or undefined when this device cannot open it (no key for it, or damaged). */
function openAnswer(
  sealed: SealedAnswer,
  keys: readonly CoachKeys[],
): Promise<RaterAnswer | undefined> {
  const key = keys.find((candidate) => candidate.keyId === sealed.keyId)?.privateKeyJwk;
  if (!key) return Promise.resolve(undefined);
  const known = openedAnswers.get(sealed);
  if (known?.key === key) return known.answer;
  const answer = openSealedAnswer(sealed, key).catch(() => undefined);
  openedAnswers.set(sealed, { key, answer });
  return answer;
}

/** When the answer inside was written, or NaN when this device cannot open it. */
async function answeredAt(sealed: SealedAnswer, keys: readonly CoachKeys[]): Promise<number> {
  const answer = await openAnswer(sealed, keys);
  return answer === undefined ? Number.NaN : Date.parse(answer.answeredAt);
}

/**
 * Whether `incoming` should replace `stored` (an answer with the same response id). The one
 * written later wins, so an old bundle arriving after a rater sent a corrected answer straight to
 * the coach does not undo the correction. Deciding needs both opened, in memory; when either
 * cannot be opened, the one arriving wins, as it does on the delegate's device.
 */
async function replaces(
  incoming: SealedAnswer,
  stored: SealedAnswer,
  keys: readonly CoachKeys[],
): Promise<boolean> {
  if (isSameSealed(incoming, stored)) return false;
  const [incomingAt, storedAt] = await Promise.all([
    answeredAt(incoming, keys),
    answeredAt(stored, keys),
  ]);
  if (Number.isNaN(incomingAt) || Number.isNaN(storedAt)) return true;
  return incomingAt >= storedAt;
}

/** What to do with one arriving answer, decided against the row read before the transaction. */
interface Arrival {
  sealed: SealedAnswer;
  /** The stored answer with the same response id, when there was one. */
  comparedWith: CoachedAnswer | undefined;
  /** The stored one was written later: keep it. */
  keepsStored: boolean;
}

/** One arrival per response id (the later of any two in the same bundle), each decided. */
async function arrivalsFor(
  roundId: string,
  incoming: readonly SealedAnswer[],
  keys: readonly CoachKeys[],
): Promise<Arrival[]> {
  const latest = new Map<string, SealedAnswer>();
  for (const sealed of incoming) {
    const earlier = latest.get(sealed.responseId);
    if (!earlier || (await replaces(sealed, earlier, keys))) latest.set(sealed.responseId, sealed);
  }
  const existing = await coachedAnswersOf(roundId);
  return Promise.all(
    [...latest.values()].map(async (sealed) => {
      const comparedWith = existing.find((answer) => answer.responseId === sealed.responseId);
      const keepsStored =
        comparedWith !== undefined && !(await replaces(sealed, comparedWith.sealed, keys));
      return { sealed, comparedWith, keepsStored };
    }),
  );
}

/**
 * Writes the arrivals inside the caller's transaction. A stored answer that another tab changed
 * after it was compared is replaced: the arriving one wins, as on the delegate's device.
 */
async function storeArrivals(
  arrivals: readonly Arrival[],
  roundId: string,
  now: Date,
): Promise<{ added: number; replaced: number }> {
  const current = await coachedAnswersOf(roundId);
  let added = 0;
  let replaced = 0;
  for (const { sealed, comparedWith, keepsStored } of arrivals) {
    const stored = current.find((answer) => answer.responseId === sealed.responseId);
    if (!stored) {
      await db.coachedAnswers.add(
        coachedAnswerSchema.parse({
          ...newRecordMeta(now),
          roundId,
          responseId: sealed.responseId,
          sealed,
          receivedAt: now.toISOString(),
        }),
      );
      added += 1;
      continue;
    }
    if (isSameSealed(stored.sealed, sealed)) continue;
    const isAsCompared = stored.id === comparedWith?.id && stored.rev === comparedWith.rev;
    if (keepsStored && isAsCompared) continue;
    await db.coachedAnswers.put(
      coachedAnswerSchema.parse({
        ...stored,
        ...revisedMeta(stored, now),
        sealed,
        receivedAt: now.toISOString(),
      }),
    );
    replaced += 1;
  }
  return { added, replaced };
}

const NOT_SET_UP =
  'Set up as a coach on this device first: the answers are encrypted to a coach’s key, and this device has none yet.';

function notThisCoach(coachName: string): string {
  return `These answers are encrypted for ${coachName}’s key, which is not the one on this device, so they cannot be opened here. Open them on the device where ${coachName} set up as a coach.`;
}

/**
 * Stores a bundle a delegate sent (`reviewBundleFileText`): the round and its sealed answers, in
 * one transaction. Refused, changing nothing, when it cannot be read, when the round's coach key is
 * not this device's, or when any answer in it is plain, for another round or another key. A later
 * bundle for the same round updates the round and adds or replaces answers by response id.
 */
export async function receiveReviewBundle(
  text: string,
  now = new Date(),
): Promise<Decoded<{ round: CoachedRound; added: number; replaced: number }>> {
  const decoded = await decodeReviewBundle(text);
  if (!decoded.ok) return decoded;
  const { round, answers, delegateName } = decoded.value;
  const keys = await allCoachKeys();
  if (keys.length === 0) return { ok: false, message: NOT_SET_UP };
  const coach = round.coach;
  if (!coach) {
    return {
      ok: false,
      message: `${delegateName}’s review “${round.title}” has no coach: its answers are not encrypted and stay on ${delegateName}’s device, where the report is drawn.`,
    };
  }
  if (!keys.some((key) => key.keyId === coach.keyId)) {
    return { ok: false, message: notThisCoach(coach.name) };
  }
  const sealedAnswers: SealedAnswer[] = [];
  for (const payload of answers) {
    if (payload.form === 'plain') {
      return {
        ok: false,
        message:
          'This bundle holds an answer that is not encrypted, which a review with a coach never has, so nothing was taken. Ask the delegate to send the bundle again from Trellis.',
      };
    }
    if (payload.sealed.roundId !== round.id || payload.sealed.keyId !== coach.keyId) {
      return {
        ok: false,
        message:
          'This bundle holds an answer for another review or another coach’s key, so nothing was taken. Ask the delegate to send the bundle again from Trellis.',
      };
    }
    sealedAnswers.push(payload.sealed);
  }

  const arrivals = await arrivalsFor(round.id, sealedAnswers, keys);

  return db.transaction('rw', [db.coachedRounds, db.coachedAnswers], async () => {
    const stored = await coachedRoundRow(round.id);
    // An older copy of the round (an earlier bundle sent late) never replaces a newer one.
    const keepsRound = stored !== undefined && stored.round.rev > round.rev;
    const coachedRound = coachedRoundSchema.parse(
      stored
        ? {
            ...stored,
            ...revisedMeta(stored, now),
            delegateName,
            round: keepsRound ? stored.round : round,
            receivedAt: now.toISOString(),
          }
        : {
            ...newRecordMeta(now),
            id: round.id,
            delegateName,
            round,
            receivedAt: now.toISOString(),
          },
    );
    await db.coachedRounds.put(coachedRound);
    const counts = await storeArrivals(arrivals, round.id, now);
    return { ok: true as const, value: { round: coachedRound, ...counts } };
  });
}

/**
 * A sealed answer a rater sent straight to the coach. Stored against its round even before the
 * delegate's bundle arrives; refused when plain, when sealed to another key, or when the round is
 * known here and has closed.
 */
export async function receiveAnswerAsCoach(
  payload: ReviewAnswerPayload,
  now = new Date(),
): Promise<Decoded<{ round: CoachedRound | undefined; added: number; replaced: number }>> {
  if (payload.form === 'plain') {
    return {
      ok: false,
      message:
        'This answer is not encrypted for a coach: it belongs on the delegate’s device. Send it to the person whose review it is.',
    };
  }
  const { sealed } = payload;
  const keys = await allCoachKeys();
  if (keys.length === 0) return { ok: false, message: NOT_SET_UP };
  if (!keys.some((key) => key.keyId === sealed.keyId)) {
    return {
      ok: false,
      message:
        'This answer was encrypted for a different coach’s key, so this device cannot open it. Send it to the coach named in the request.',
    };
  }
  const round = await coachedRoundRow(sealed.roundId);
  if (round && isRoundClosed(round.round, now)) {
    return {
      ok: false,
      message: `${round.delegateName}’s review “${round.round.title}” closed on ${formatCalendarDate(round.round.closesOn)}, so it no longer takes answers.`,
    };
  }
  const arrivals = await arrivalsFor(sealed.roundId, [sealed], keys);
  return db.transaction('rw', [db.coachedRounds, db.coachedAnswers], async () => {
    const counts = await storeArrivals(arrivals, sealed.roundId, now);
    return {
      ok: true as const,
      value: { round: await coachedRoundRow(sealed.roundId), ...counts },
    };
  });
}

// ─── Rounds and reports ─────────────────────────────────────────────────────────────────────────

/** Rounds this coach holds, the latest closing date first. */
export async function listCoachedRounds(): Promise<CoachedRound[]> {
  const rows = await db.coachedRounds.toArray();
  return rows
    .map(parseRound)
    .filter((round) => round.deletedAt === undefined)
    .sort(
      (a, b) =>
        b.round.closesOn.localeCompare(a.round.closesOn) ||
        a.delegateName.localeCompare(b.delegateName, 'en-GB') ||
        (a.id < b.id ? -1 : 1),
    );
}

export async function getCoachedRound(roundId: string): Promise<CoachedRound | undefined> {
  return coachedRoundRow(roundId);
}

function revisionOf(answers: readonly CoachedAnswer[]): string {
  return answers
    .map((answer) => `${answer.id}:${answer.rev.toString()}`)
    .sort()
    .join(',');
}

function countsOf(answers: readonly CoachedAnswer[]): Record<RaterGroup, number> {
  const responses = new Map<string, RaterGroup>();
  for (const answer of answers) responses.set(answer.responseId, answer.sealed.group);
  const counts = Object.fromEntries(RATER_GROUPS.map((group) => [group, 0])) as Record<
    RaterGroup,
    number
  >;
  for (const group of responses.values()) counts[group] += 1;
  return counts;
}

/**
 * Changes whenever an answer for the round is added or replaced. Screens redraw the report when it
 * changes, outside a live query: opening answers is Web Crypto, which a live query must not await.
 */
export async function coachedAnswersRevision(roundId: string): Promise<string> {
  return revisionOf(await coachedAnswersOf(roundId));
}

/** Answers per group: one per response id, read from what each sealed answer says in clear. */
export async function answerCountsAsCoach(roundId: string): Promise<Record<RaterGroup, number>> {
  return countsOf(await coachedAnswersOf(roundId));
}

/** Both of the above from one read of the round's answers, for a screen that shows the round. */
export async function coachedAnswersState(
  roundId: string,
): Promise<{ counts: Record<RaterGroup, number>; revision: string }> {
  const answers = await coachedAnswersOf(roundId);
  return { counts: countsOf(answers), revision: revisionOf(answers) };
}

/** The round's report and how many of its answers this device could not open. */
async function drawReport(
  roundId: string,
): Promise<{ report: ReviewReport; unreadable: number } | undefined> {
  const round = await coachedRoundRow(roundId);
  if (!round) return undefined;
  const [keys, stored] = await Promise.all([allCoachKeys(), coachedAnswersOf(roundId)]);
  // All at once: Web Crypto works on each while the others wait for it.
  const opened = await Promise.all(stored.map(({ sealed }) => openAnswer(sealed, keys)));
  const answers = opened.filter((answer) => answer !== undefined);
  return {
    report: buildReviewReport(round.round, latestAnswers(answers)),
    unreadable: opened.length - answers.length,
  };
}

/**
 * The thresholded report of a round (buildReviewReport), drawn from its sealed answers opened in
 * memory with this device's private key. An answer that does not open (damaged, or sealed to a key
 * this device does not hold) is counted in `unreadable` and nothing else is taken from it.
 */
export async function coachReport(
  roundId: string,
): Promise<(ReviewReport & { unreadable: number }) | undefined> {
  const drawn = await drawReport(roundId);
  return drawn && { ...drawn.report, unreadable: drawn.unreadable };
}

/**
 * Releases the report to the delegate: the thresholded report (never an answer) with the coach's
 * name, as a link and a file, and notes when it was released.
 */
export async function releaseReport(
  roundId: string,
  origin: string,
  now = new Date(),
): Promise<{ link: string; fileText: string; fileName: string }> {
  const [keys, drawn] = await Promise.all([getCoachKeys(), drawReport(roundId)]);
  if (!keys) throw new Error(NOT_SET_UP);
  if (!drawn) throw new Error('This review is no longer on this device.');
  const released = { report: drawn.report, coachName: keys.name, releasedAt: now.toISOString() };
  const [link, fileText] = await Promise.all([
    releasedReportLink(origin, released, now),
    releasedReportFileText(released, now),
  ]);
  await db.transaction('rw', db.coachedRounds, async () => {
    const current = await coachedRoundRow(roundId);
    if (!current) return;
    await db.coachedRounds.put(
      coachedRoundSchema.parse({
        ...current,
        ...revisedMeta(current, now),
        releasedAt: now.toISOString(),
      }),
    );
  });
  return { link, fileText, fileName: releasedReportFileName(released) };
}
