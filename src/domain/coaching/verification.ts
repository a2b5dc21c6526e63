import { z } from '@/domain/zod';
import { sealedFileText, type EnvelopeExpectation } from '@/domain/file-envelope';
import {
  decodeEnvelopeText,
  decodeLink,
  sealedLinkPayload,
  type Decoded,
} from '@/domain/observation-exchange';
import { isoDateTimeSchema, recordIdSchema } from '@/domain/record';
import {
  coachPublicKeyJwkSchema,
  keyIdSchema,
  type CoachIdentity,
  type CoachPrivateKeyJwk,
} from '@/domain/review-360/review-round';
import { isSignatureValid, signBytes } from '@/domain/coaching/verification-crypto';
import {
  verifiableContentSchema,
  verificationSubjectSchema,
  type VerifiableContent,
} from '@/domain/coaching/verifiable-content';

/**
 * A coach's verification of a coaching record, with no server (docs/design.md#a-coachs-verification):
 *
 *     verificationRequestLink(origin, request) / verificationRequestFileText(request)
 *     decodeVerificationRequest(linkOrFile)          → Decoded<VerificationRequest>
 *     decideVerification(request, decision, signer)  → SignedVerification   (on the coach's device)
 *     verificationLink(origin, signed) / verificationFileText(signed)
 *     decodeVerification(linkOrFile)                 → Decoded<SignedVerification>
 *     checkVerification(signed, expected)            → Decoded<VerificationStatement>  (delegate's)
 *
 * 1. The delegate's device writes the record out as `VerifiableContent` (verifiable-content.ts) and
 *    sends it, with a fresh request id and the coach's signing key id, as a link, QR code or file.
 * 2. The coach's device shows exactly that content. Confirming (with an optional comment) or
 *    declining (with a reason) makes a `VerificationStatement` that names the request, the
 *    delegate, the subject and the SHA-256 digest of the canonical content, and signs it with the
 *    coach's ECDSA P-256 key.
 * 3. The delegate's device takes the answer only if the signature checks against the signing key
 *    it took from the coach's link, and the statement names a request it sent, for this profile
 *    and subject, about the very content it asked about. Anything else is refused in a sentence
 *    and changes nothing.
 */

export const VERIFICATION_REQUEST_PATH = '/verify';
export const VERIFICATION_PATH = '/verified';
export const VERIFICATION_REQUEST_TYPE = 'trellis-verification-request';
export const VERIFICATION_TYPE = 'trellis-verification';
export const VERIFICATION_FORMAT_VERSION = 1;
export const VERIFICATION_REQUEST_FILE_SUFFIX = '.trellis-verification-request.json';
export const VERIFICATION_FILE_SUFFIX = '.trellis-verification.json';
/** A session with long notes and a dozen actions is well under a tenth of this. */
export const MAX_VERIFICATION_REQUEST_BYTES = 300_000;
export const MAX_VERIFICATION_BYTES = 20_000;
export const MAX_VERIFICATION_COMMENT = 1000;

/** Bytes that say what is signed, so a signature on anything else can never pass for this. */
const STATEMENT_PREFIX = 'Trellis coaching verification v1\n';
const CONTENT_PREFIX = 'Trellis verifiable content v1\n';

export const verificationRequestExpectation: EnvelopeExpectation = {
  type: VERIFICATION_REQUEST_TYPE,
  label: 'verification request',
  currentVersion: VERIFICATION_FORMAT_VERSION,
  maxBytes: MAX_VERIFICATION_REQUEST_BYTES,
};
export const verificationExpectation: EnvelopeExpectation = {
  type: VERIFICATION_TYPE,
  label: 'verification',
  currentVersion: VERIFICATION_FORMAT_VERSION,
  maxBytes: MAX_VERIFICATION_BYTES,
};

const personNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));

export const verificationRequestSchema = z.object({
  requestId: recordIdSchema,
  delegateProfileId: recordIdSchema,
  delegateName: personNameSchema,
  /** The coach asked, by name and by the signing key the answer must be signed with. */
  coachName: personNameSchema,
  signingKeyId: keyIdSchema,
  subject: verificationSubjectSchema,
  content: verifiableContentSchema,
  requestedAt: isoDateTimeSchema,
});
export type VerificationRequest = z.infer<typeof verificationRequestSchema>;

export const verificationDecisionSchema = z.enum(['confirmed', 'declined']);
export type VerificationDecision = z.infer<typeof verificationDecisionSchema>;

const digestSchema = z.string().check(z.regex(/^sha256-[0-9a-f]{64}$/));

/** What the coach signs. */
export const verificationStatementSchema = z.object({
  requestId: recordIdSchema,
  delegateProfileId: recordIdSchema,
  subject: verificationSubjectSchema,
  contentDigest: digestSchema,
  decision: verificationDecisionSchema,
  /** The coach's comment when confirming (may be empty), their reason when declining. */
  comment: z.string().check(z.maxLength(MAX_VERIFICATION_COMMENT)),
  coachName: personNameSchema,
  signingKeyId: keyIdSchema,
  decidedAt: isoDateTimeSchema,
});
export type VerificationStatement = z.infer<typeof verificationStatementSchema>;

export const signedVerificationSchema = z.object({
  statement: verificationStatementSchema,
  /** ECDSA P-256 / SHA-256 over `statementBytes(statement)`, base64url. */
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/)),
});
export type SignedVerification = z.infer<typeof signedVerificationSchema>;

// ─── Canonical bytes ────────────────────────────────────────────────────────────────────────────

/**
 * JSON with object keys sorted at every depth and no spaces: the same value always gives the same
 * text, whatever order its keys were written in, so both devices hash and sign the same bytes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
}

const encoder = new TextEncoder();

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return `sha256-${Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** The digest of exactly the content shown to the coach. */
export function contentDigest(content: VerifiableContent): Promise<string> {
  return sha256Hex(CONTENT_PREFIX + canonicalJson(verifiableContentSchema.parse(content)));
}

export function statementBytes(statement: VerificationStatement): Uint8Array<ArrayBuffer> {
  return encoder.encode(STATEMENT_PREFIX + canonicalJson(statement));
}

// ─── Links and files ────────────────────────────────────────────────────────────────────────────

async function linkTo(origin: string, path: string, type: string, data: unknown, now: Date) {
  const payload = await sealedLinkPayload(type, VERIFICATION_FORMAT_VERSION, data, now);
  return `${origin}${path}#${payload}`;
}

function fileText(type: string, data: unknown, now: Date): Promise<string> {
  return sealedFileText(type, VERIFICATION_FORMAT_VERSION, data, now);
}

async function decodeLinkOrFile<T>(
  text: string,
  expected: EnvelopeExpectation,
  schema: z.ZodMiniType<T>,
): Promise<Decoded<T>> {
  if (text.trimStart().startsWith('{')) {
    try {
      return await decodeEnvelopeText(text, expected, schema);
    } catch {
      return { ok: false, message: `This ${expected.label} file could not be read.` };
    }
  }
  return decodeLink(text, expected, schema);
}

export function verificationRequestLink(
  origin: string,
  request: VerificationRequest,
  now: Date = new Date(),
): Promise<string> {
  const checked = verificationRequestSchema.parse(request);
  return linkTo(origin, VERIFICATION_REQUEST_PATH, VERIFICATION_REQUEST_TYPE, checked, now);
}

export function verificationRequestFileText(
  request: VerificationRequest,
  now: Date = new Date(),
): Promise<string> {
  return fileText(VERIFICATION_REQUEST_TYPE, verificationRequestSchema.parse(request), now);
}

export function verificationRequestFileName(request: VerificationRequest): string {
  return `verification-request-${request.requestedAt.slice(0, 10)}${VERIFICATION_REQUEST_FILE_SUFFIX}`;
}

export function decodeVerificationRequest(
  linkOrFileText: string,
): Promise<Decoded<VerificationRequest>> {
  return decodeLinkOrFile(
    linkOrFileText,
    verificationRequestExpectation,
    verificationRequestSchema,
  );
}

export function verificationLink(
  origin: string,
  signed: SignedVerification,
  now: Date = new Date(),
): Promise<string> {
  return linkTo(
    origin,
    VERIFICATION_PATH,
    VERIFICATION_TYPE,
    signedVerificationSchema.parse(signed),
    now,
  );
}

export function verificationFileText(
  signed: SignedVerification,
  now: Date = new Date(),
): Promise<string> {
  return fileText(VERIFICATION_TYPE, signedVerificationSchema.parse(signed), now);
}

export function verificationFileName(signed: SignedVerification): string {
  return `verification-${signed.statement.decidedAt.slice(0, 10)}${VERIFICATION_FILE_SUFFIX}`;
}

export function decodeVerification(linkOrFileText: string): Promise<Decoded<SignedVerification>> {
  return decodeLinkOrFile(linkOrFileText, verificationExpectation, signedVerificationSchema);
}

// ─── The coach decides ──────────────────────────────────────────────────────────────────────────

export interface Signer {
  coachName: string;
  signingKeyId: string;
  privateKeyJwk: CoachPrivateKeyJwk;
}

export type CoachDecision =
  { decision: 'confirmed'; comment: string } | { decision: 'declined'; reason: string };

/** Signs the coach's decision on exactly the content of the request. Throws on bad input. */
export async function decideVerification(
  request: VerificationRequest,
  decision: CoachDecision,
  signer: Signer,
  now: Date = new Date(),
): Promise<SignedVerification> {
  const checked = verificationRequestSchema.parse(request);
  const comment = (decision.decision === 'confirmed' ? decision.comment : decision.reason).trim();
  if (decision.decision === 'declined' && comment === '') {
    throw new Error('Say why you are declining, so the delegate knows what to change.');
  }
  const statement = verificationStatementSchema.parse({
    requestId: checked.requestId,
    delegateProfileId: checked.delegateProfileId,
    subject: checked.subject,
    contentDigest: await contentDigest(checked.content),
    decision: decision.decision,
    comment,
    coachName: signer.coachName,
    signingKeyId: signer.signingKeyId,
    decidedAt: now.toISOString(),
  });
  const signature = await signBytes(statementBytes(statement), signer.privateKeyJwk);
  return { statement, signature };
}

// ─── The delegate checks ────────────────────────────────────────────────────────────────────────

/** What the delegate's device expects an answer to match: the request it sent, and its coach. */
export interface ExpectedVerification {
  profileId: string;
  /** The request with the statement's request id, when this device sent one; else undefined. */
  request:
    | Pick<VerificationRequest, 'requestId' | 'delegateProfileId' | 'subject' | 'content'>
    | undefined;
  /** The coach this profile added, with the signing key from their link. */
  coach: CoachIdentity | undefined;
}

const signingKeySchema = z.object({ publicKeyJwk: coachPublicKeyJwkSchema, keyId: keyIdSchema });

/**
 * The statement, once every check has passed; otherwise one plain sentence. The order matters
 * only for which sentence is shown: each check alone refuses what it is about.
 */
export async function checkVerification(
  signed: SignedVerification,
  expected: ExpectedVerification,
): Promise<Decoded<VerificationStatement>> {
  const parsed = signedVerificationSchema.safeParse(signed);
  if (!parsed.success) {
    return { ok: false, message: 'This is not a verification Trellis can read.' };
  }
  const { statement, signature } = parsed.data;
  const coachKey = signingKeySchema.safeParse(expected.coach?.signing);
  if (!coachKey.success || !expected.coach) {
    return {
      ok: false,
      message:
        'Trellis cannot check this verification: your profile has no coach with a signing key. Open your coach’s link on this device first, then open the verification again.',
    };
  }
  if (statement.signingKeyId !== coachKey.data.keyId) {
    return {
      ok: false,
      message: `This verification was not signed with ${expected.coach.name}’s key, so it was refused and nothing changed. Only your coach can verify your records.`,
    };
  }
  const isValid = await isSignatureValid(
    statementBytes(statement),
    signature,
    coachKey.data.publicKeyJwk,
  );
  if (!isValid) {
    return {
      ok: false,
      message:
        'This verification has been changed since the coach signed it (its signature does not match), so it was refused and nothing changed.',
    };
  }
  if (statement.delegateProfileId !== expected.profileId) {
    return {
      ok: false,
      message:
        'This verification is for someone else’s record, not this profile’s, so it was refused and nothing changed.',
    };
  }
  const request = expected.request;
  if (!request || request.requestId !== statement.requestId) {
    return {
      ok: false,
      message:
        'This verification answers a request this profile did not send (or has since deleted), so it was refused and nothing changed.',
    };
  }
  if (
    request.subject.kind !== statement.subject.kind ||
    request.subject.id !== statement.subject.id ||
    request.delegateProfileId !== statement.delegateProfileId
  ) {
    return {
      ok: false,
      message:
        'This verification is for a different record from the one asked about, so it was refused and nothing changed.',
    };
  }
  if ((await contentDigest(request.content)) !== statement.contentDigest) {
    return {
      ok: false,
      message:
        'This verification was made for different content from what was asked about, so it was refused and nothing changed.',
    };
  }
  return { ok: true, value: statement };
}
