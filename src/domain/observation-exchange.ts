import type { z } from '@/domain/zod';
import {
  byteLength,
  openEnvelope,
  sealEnvelope,
  sealedFileText,
  type EnvelopeExpectation,
} from '@/domain/file-envelope';
import { levelOf, type FrameworkDefinition } from '@/domain/framework';
import {
  OBSERVATION_EXCHANGE_VERSION,
  OBSERVATION_REQUEST_TYPE,
  OBSERVATION_RETURN_TYPE,
  observationRequestSchema,
  returnedObservationSchema,
  type Observation,
  type ObservationRequest,
  type ReturnedObservation,
} from '@/domain/observation';
import { describeIssues } from '@/domain/validation';
import { fileNameSlug } from '@/domain/text';

/**
 * Observations travel device to device with no server: a request in a link the delegate sends to a
 * colleague, the observation back in a link or a file. A link carries its data after `#`, which a
 * browser never sends to any server, as
 *
 *     base64url( deflate( JSON of a file envelope ) )
 *
 * The envelope (file-envelope.ts) names the type and format version and holds a SHA-256 checksum of
 * the data, so a link cut short by a messaging app, or altered, is refused with a reason rather than
 * half-read. The return file is the same envelope JSON, uncompressed. Compression is fflate, loaded
 * only when a link is made or read (docs/design.md#heavy-things-load-late).
 */

export const REQUEST_PATH = '/observe';
export const RETURN_PATH = '/receive';
export const REQUEST_FILE_SUFFIX = '.trellis-observation-request.json';
export const RETURN_FILE_SUFFIX = '.trellis-observation.json';

/** Far beyond any real observation (a few KB), small enough that nothing can swamp the phone. */
export const MAX_LINK_PAYLOAD_CHARS = 100_000;
export const MAX_EXCHANGE_JSON_BYTES = 200_000;

/**
 * The longest link a QR code can hold and a phone camera still read: a version 40 code at error
 * correction L holds 2,953 bytes; this leaves room to spare.
 */
export const MAX_QR_LINK_BYTES = 2_900;

export const requestExpectation: EnvelopeExpectation = {
  type: OBSERVATION_REQUEST_TYPE,
  label: 'observation request',
  currentVersion: OBSERVATION_EXCHANGE_VERSION,
  maxBytes: MAX_EXCHANGE_JSON_BYTES,
};

export const returnExpectation: EnvelopeExpectation = {
  type: OBSERVATION_RETURN_TYPE,
  label: 'observation',
  currentVersion: OBSERVATION_EXCHANGE_VERSION,
  maxBytes: MAX_EXCHANGE_JSON_BYTES,
};

export type Decoded<T> = { ok: true; value: T } | { ok: false; message: string };

// ─── base64url ──────────────────────────────────────────────────────────────────────────────────

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The browser's own decoder where there is one (current Chromium, Firefox and Safari): faster. */
const nativeFromBase64 = (
  Uint8Array as unknown as {
    fromBase64?: (text: string, options: { alphabet: 'base64url' }) => Uint8Array;
  }
).fromBase64;

/** Null when the text is not base64url (any other character, or an impossible length). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  if (nativeFromBase64) {
    try {
      return nativeFromBase64(text, { alphabet: 'base64url' });
    } catch {
      return null;
    }
  }
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    // A plain loop: `Uint8Array.from` with a mapping function calls it once per byte, which made
    // decoding a round's sealed answers a tenth of the time to open them on a slow phone.
    const decoded = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) {
      decoded[index] = binary.charCodeAt(index);
    }
    return decoded;
  } catch {
    return null;
  }
}

// ─── Compression, with a cap on what a small link may expand to ─────────────────────────────────

export async function deflate(text: string): Promise<Uint8Array> {
  const { deflateSync, strToU8 } = await import('fflate');
  return deflateSync(strToU8(text), { level: 9 });
}

/** Null when the bytes are not deflate data, are cut short, or would expand past the size limit. */
async function inflate(bytes: Uint8Array, maxBytes: number): Promise<string | null> {
  const { Inflate } = await import('fflate');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const progress = { isFinished: false };
  try {
    const inflater = new Inflate((chunk, final) => {
      total += chunk.length;
      if (total > maxBytes) throw new Error('too large');
      chunks.push(chunk);
      if (final) progress.isFinished = true;
    });
    inflater.push(bytes, true);
  } catch {
    return null;
  }
  if (!progress.isFinished) return null;
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(joined);
  } catch {
    return null;
  }
}

// ─── Links and files ────────────────────────────────────────────────────────────────────────────

/**
 * What follows `#` in every Trellis link: the sealed envelope, deflated and base64url-encoded.
 * Observations, 360 reviews, verifications and snapshots all travel this way.
 */
export async function sealedLinkPayload(
  type: string,
  version: number,
  data: unknown,
  now: Date = new Date(),
): Promise<string> {
  const envelope = await sealEnvelope(type, version, data, now);
  return toBase64Url(await deflate(JSON.stringify(envelope)));
}

function encodePayload(type: string, data: unknown, now: Date): Promise<string> {
  return sealedLinkPayload(type, OBSERVATION_EXCHANGE_VERSION, data, now);
}

export async function requestLink(
  origin: string,
  request: ObservationRequest,
  now = new Date(),
): Promise<string> {
  const data = observationRequestSchema.parse(request);
  return `${origin}${REQUEST_PATH}#${await encodePayload(OBSERVATION_REQUEST_TYPE, data, now)}`;
}

export async function returnLink(
  origin: string,
  observation: ReturnedObservation,
  now = new Date(),
): Promise<string> {
  const data = returnedObservationSchema.parse(observation);
  return `${origin}${RETURN_PATH}#${await encodePayload(OBSERVATION_RETURN_TYPE, data, now)}`;
}

/** The request as a file: the envelope its link carries, as readable JSON. */
export async function requestFileText(
  request: ObservationRequest,
  now = new Date(),
): Promise<string> {
  const data = observationRequestSchema.parse(request);
  return sealedFileText(OBSERVATION_REQUEST_TYPE, OBSERVATION_EXCHANGE_VERSION, data, now);
}

/**
 * "observation-request-2026-11-03-priya-shah.trellis-observation-request.json": when it was asked,
 * and named for the observer.
 */
export function requestFileName(request: ObservationRequest): string {
  const who = fileNameSlug(request.observer.name);
  const date = request.requestedAt.slice(0, 10);
  return `observation-request-${date}${who === '' ? '' : `-${who}`}${REQUEST_FILE_SUFFIX}`;
}

/** The return file's text: the envelope as readable JSON. */
export async function returnFileText(
  observation: ReturnedObservation,
  now = new Date(),
): Promise<string> {
  const data = returnedObservationSchema.parse(observation);
  return sealedFileText(OBSERVATION_RETURN_TYPE, OBSERVATION_EXCHANGE_VERSION, data, now);
}

export function returnFileName(observation: ReturnedObservation): string {
  const who = fileNameSlug(observation.observer.name);
  return `observation-${observation.date}${who === '' ? '' : `-${who}`}${RETURN_FILE_SUFFIX}`;
}

export function fitsInQrCode(link: string): boolean {
  return byteLength(link) <= MAX_QR_LINK_BYTES;
}

/** The fragment of a link or of `location.hash`, without the `#`. */
export function fragmentOf(linkOrHash: string): string {
  const index = linkOrHash.indexOf('#');
  return (index === -1 ? linkOrHash : linkOrHash.slice(index + 1)).trim();
}

const CUT_SHORT =
  'cannot be read: it looks cut short or changed on the way. Ask for it to be sent again — copy the whole link, or send the file instead.';

export async function decodeEnvelopeText<T>(
  text: string,
  expectation: EnvelopeExpectation,
  schema: z.ZodMiniType<T>,
): Promise<Decoded<T>> {
  const opened = await openEnvelope(text, expectation);
  if (!opened.ok) return { ok: false, message: opened.problem.message };
  const parsed = schema.safeParse(opened.data);
  if (!parsed.success) {
    return {
      ok: false,
      message: `This ${expectation.label} is not one Trellis can use: ${describeIssues(parsed.error).slice(0, 3).join('; ')}.`,
    };
  }
  return { ok: true, value: parsed.data };
}

/** Reads a link's fragment (or a whole link). Never throws: a bad link gives a plain message. */
export async function decodeLink<T>(
  linkOrFragment: string,
  expectation: EnvelopeExpectation,
  schema: z.ZodMiniType<T>,
): Promise<Decoded<T>> {
  const payload = fragmentOf(linkOrFragment);
  const label = expectation.label;
  if (payload === '') {
    return { ok: false, message: `This ${label} link is empty: the part after “#” is missing.` };
  }
  if (payload.length > MAX_LINK_PAYLOAD_CHARS) {
    return { ok: false, message: `This ${label} link is far too long to be a Trellis link.` };
  }
  try {
    const bytes = fromBase64Url(payload);
    if (!bytes) return { ok: false, message: `This ${label} link ${CUT_SHORT}` };
    const text = await inflate(bytes, expectation.maxBytes);
    if (text === null) return { ok: false, message: `This ${label} link ${CUT_SHORT}` };
    return await decodeEnvelopeText(text, expectation, schema);
  } catch {
    return { ok: false, message: `This ${label} link ${CUT_SHORT}` };
  }
}

export function decodeRequestLink(link: string): Promise<Decoded<ObservationRequest>> {
  return decodeLink(link, requestExpectation, observationRequestSchema);
}

/** A request's file: the envelope its link carries, as JSON text. */
export async function decodeRequestFile(text: string): Promise<Decoded<ObservationRequest>> {
  try {
    return await decodeEnvelopeText(text, requestExpectation, observationRequestSchema);
  } catch {
    return { ok: false, message: 'This observation request file could not be read.' };
  }
}

export function decodeReturnLink(link: string): Promise<Decoded<ReturnedObservation>> {
  return decodeLink(link, returnExpectation, returnedObservationSchema);
}

export async function decodeReturnFile(text: string): Promise<Decoded<ReturnedObservation>> {
  try {
    return await decodeEnvelopeText(text, returnExpectation, returnedObservationSchema);
  } catch {
    return { ok: false, message: 'This observation file could not be read.' };
  }
}

// ─── Import rules ───────────────────────────────────────────────────────────────────────────────

export interface ImportContext {
  profileId: string;
  framework: FrameworkDefinition;
  colleagueIds: ReadonlySet<string>;
  /** The stored observation with the incoming id, if any (tombstoned ones included). */
  existing: Observation | undefined;
}

export type ImportDecision =
  | { kind: 'new' }
  | { kind: 'replace'; existing: Observation }
  | { kind: 'duplicate'; existing: Observation }
  | { kind: 'older'; existing: Observation }
  | { kind: 'refused'; message: string };

/**
 * What receiving an observation would do, decided before anything is stored: a new one is added; the
 * same id and revision is already here; a higher revision replaces the one here once the delegate
 * confirms; a lower one is older than what is here. Refused: another delegate's, another framework,
 * a colleague no longer in the trio, a rating that is not on this framework.
 */
export function decideImport(
  incoming: ReturnedObservation,
  context: ImportContext,
): ImportDecision {
  const { framework } = context;
  if (incoming.delegateProfileId !== context.profileId) {
    return {
      kind: 'refused',
      message:
        'This observation was asked for by a different delegate (or from another profile on this device), so it does not belong here. Open it on the device and profile that made the request.',
    };
  }
  if (incoming.framework.key !== framework.key) {
    return {
      kind: 'refused',
      message: `This observation was made against a different framework from the one this programme uses (${framework.name}), so its ratings cannot be compared with yours.`,
    };
  }
  const skillIds = new Set(framework.areas.flatMap((area) => area.skills.map((skill) => skill.id)));
  for (const rating of incoming.ratings) {
    if (!skillIds.has(rating.skillId)) {
      return {
        kind: 'refused',
        message: `This observation rates a skill your framework no longer has (version ${incoming.framework.version.toString()} then, ${framework.version.toString()} now), so it cannot be filed.`,
      };
    }
    if (rating.level !== null && !levelOf(framework.scale, rating.level)) {
      return {
        kind: 'refused',
        message: `This observation uses level ${rating.level.toString()}, which is not on your framework’s scale.`,
      };
    }
  }
  if (!context.colleagueIds.has(incoming.colleagueId)) {
    return {
      kind: 'refused',
      message:
        'This observation is for a colleague who is no longer in your trio. Add them again, then open the link once more.',
    };
  }
  const { existing } = context;
  if (!existing) return { kind: 'new' };
  if (incoming.rev === existing.rev) return { kind: 'duplicate', existing };
  if (incoming.rev > existing.rev) return { kind: 'replace', existing };
  return { kind: 'older', existing };
}

export function importDecisionText(
  decision: ImportDecision,
  incoming: ReturnedObservation,
): string {
  switch (decision.kind) {
    case 'new':
      return 'This observation is new. Nothing is saved until you accept it.';
    case 'duplicate':
      return 'You already have this observation — nothing needs to change.';
    case 'replace':
      return `This is a corrected version of an observation you already have (revision ${incoming.rev.toString()}; yours is revision ${decision.existing.rev.toString()}). Replace yours with it?`;
    case 'older':
      return `You already have a newer version of this observation (revision ${decision.existing.rev.toString()}; this one is revision ${incoming.rev.toString()}), so this older one is not needed.`;
    case 'refused':
      return decision.message;
  }
}
