import { fromBase64Url, toBase64Url } from '@/domain/observation-exchange';
import {
  coachPrivateKeyJwkSchema,
  coachPublicKeyJwkSchema,
  raterAnswerSchema,
  sealedAnswerSchema,
  type CoachPrivateKeyJwk,
  type CoachPublicKeyJwk,
  type RaterAnswer,
  type SealedAnswer,
} from '@/domain/review-360/review-round';

/**
 * Raters' answers sealed to the coach, with the browser's Web Crypto only:
 *
 *     generateCoachKeyPair(): Promise<CoachKeyPair>
 *     publicKeyFingerprint(jwk): Promise<string>          (the key id)
 *     shortKeyFingerprint(keyId): string                  ("3FA9 12C0 7BE4 55D1", to compare)
 *     sealAnswer(answer, coachPublicJwk): Promise<SealedAnswer>
 *     openSealedAnswer(sealed, coachPrivateJwk): Promise<RaterAnswer>   (throws ReviewCryptoError)
 *
 * Each answer gets a fresh ephemeral ECDH P-256 key; ECDH with the coach's static public key gives
 * a shared secret, HKDF-SHA-256 turns it into an AES-GCM key, and AES-GCM (random 12-byte IV)
 * encrypts the answer's JSON. The round id and key id are bound in as additional data, so a sealed
 * answer moved to another round, or altered in any byte, fails to open. The delegate's device only
 * ever relays the ciphertext; only the coach's private key opens it.
 */

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const IV_BYTES = 12;
const HKDF_INFO = 'Trellis 360 review answer v1';

export interface CoachKeyPair {
  publicKeyJwk: CoachPublicKeyJwk;
  /** Exportable so the coach's device can store it and include it in its backups. */
  privateKeyJwk: CoachPrivateKeyJwk;
  keyId: string;
}

export type ReviewCryptoErrorKind = 'bad-key' | 'wrong-key' | 'damaged' | 'not-an-answer';

export class ReviewCryptoError extends Error {
  readonly kind: ReviewCryptoErrorKind;

  constructor(kind: ReviewCryptoErrorKind, message: string) {
    super(message);
    this.name = 'ReviewCryptoError';
    this.kind = kind;
  }
}

const encoder = new TextEncoder();

function bytes(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const decoded = fromBase64Url(text);
  if (!decoded) throw new ReviewCryptoError('damaged', DAMAGED);
  return new Uint8Array(decoded);
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

const DAMAGED =
  'This answer has been changed or damaged on the way, so it cannot be opened. Ask the rater to send it again.';

/** Only the members that define the key, in the order RFC 7638 hashes them. */
function publicMembers(jwk: CoachPublicKeyJwk): CoachPublicKeyJwk {
  return { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
}

/** The RFC 7638 thumbprint of the public key: SHA-256 of its canonical JSON, base64url. */
export async function publicKeyFingerprint(jwk: CoachPublicKeyJwk): Promise<string> {
  const { crv, kty, x, y } = publicMembers(jwk);
  const canonical = JSON.stringify({ crv, kty, x, y });
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes(canonical))));
}

export async function generateCoachKeyPair(): Promise<CoachKeyPair> {
  const pair = await crypto.subtle.generateKey(CURVE, true, ['deriveBits']);
  const publicKeyJwk = coachPublicKeyJwkSchema.parse(
    await crypto.subtle.exportKey('jwk', pair.publicKey),
  );
  const privateKeyJwk = coachPrivateKeyJwkSchema.parse(
    await crypto.subtle.exportKey('jwk', pair.privateKey),
  );
  return { publicKeyJwk, privateKeyJwk, keyId: await publicKeyFingerprint(publicKeyJwk) };
}

async function answerKey(
  sharedSecret: ArrayBuffer,
  ephemeralPublicKey: Uint8Array,
  keyId: string,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', sharedSecret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: concat(bytes(HKDF_INFO), ephemeralPublicKey, bytes(keyId)),
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Everything the sealed answer says in clear, so none of it can be altered unnoticed. */
function additionalData(
  sealed: Pick<SealedAnswer, 'roundId' | 'group' | 'responseId' | 'keyId'>,
): Uint8Array<ArrayBuffer> {
  return bytes([sealed.roundId, sealed.group, sealed.responseId, sealed.keyId].join('\u0000'));
}

export async function sealAnswer(
  answer: RaterAnswer,
  coachPublicJwk: CoachPublicKeyJwk,
): Promise<SealedAnswer> {
  const checked = raterAnswerSchema.parse(answer);
  const jwk = publicMembers(coachPublicJwk);
  let coachKey: CryptoKey;
  try {
    coachKey = await crypto.subtle.importKey('jwk', jwk, CURVE, false, []);
  } catch {
    throw new ReviewCryptoError(
      'bad-key',
      'The coach’s key in this request is not a valid key, so the answer cannot be sealed. Ask for the request link again.',
    );
  }
  const keyId = await publicKeyFingerprint(jwk);
  const ephemeral = await crypto.subtle.generateKey(CURVE, false, ['deriveBits']);
  const ephemeralPublicKey = new Uint8Array(
    await crypto.subtle.exportKey('raw', ephemeral.publicKey),
  );
  const sharedSecret = await crypto.subtle.deriveBits(
    { name: 'ECDH', public: coachKey },
    ephemeral.privateKey,
    256,
  );
  const key = await answerKey(sharedSecret, ephemeralPublicKey, keyId, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await crypto.subtle.encrypt(
    {
      name: 'AES-GCM',
      iv,
      additionalData: additionalData({
        roundId: checked.roundId,
        group: checked.group,
        responseId: checked.responseId,
        keyId,
      }),
    },
    key,
    bytes(JSON.stringify(checked)),
  );
  return sealedAnswerSchema.parse({
    roundId: checked.roundId,
    group: checked.group,
    responseId: checked.responseId,
    keyId,
    ephemeralPublicKey: toBase64Url(ephemeralPublicKey),
    iv: toBase64Url(iv),
    ciphertext: toBase64Url(new Uint8Array(ciphertext)),
  });
}

/**
 * The coach's private key imported, and its key id, once per key object: a report opens every
 * answer of a round (up to hundreds) with the same key, so importing and hashing it again for
 * each answer would be work repeated hundreds of times on a slow phone.
 */
const importedPrivateKeys = new WeakMap<
  CoachPrivateKeyJwk,
  { keyId: Promise<string>; privateKey: Promise<CryptoKey> }
>();

function importedPrivateKey(coachPrivateJwk: CoachPrivateKeyJwk): {
  keyId: Promise<string>;
  privateKey: Promise<CryptoKey>;
} {
  const known = importedPrivateKeys.get(coachPrivateJwk);
  if (known) return known;
  const { kty, crv, x, y, d } = coachPrivateJwk;
  const imported = {
    keyId: publicKeyFingerprint(coachPrivateJwk),
    privateKey: crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, CURVE, false, ['deriveBits']),
  };
  // Awaited only once the key id matches; a bad key must not surface as an unhandled rejection.
  imported.privateKey.catch(() => undefined);
  importedPrivateKeys.set(coachPrivateJwk, imported);
  return imported;
}

/**
 * The answer inside, or a `ReviewCryptoError`: 'wrong-key' when it was sealed to another coach's
 * key, 'damaged' when any byte was altered, 'not-an-answer' when what it holds is not an answer
 * for the round it names.
 */
export async function openSealedAnswer(
  sealed: SealedAnswer,
  coachPrivateJwk: CoachPrivateKeyJwk,
): Promise<RaterAnswer> {
  const checkedSealed = sealedAnswerSchema.safeParse(sealed);
  if (!checkedSealed.success) throw new ReviewCryptoError('damaged', DAMAGED);
  const { roundId, keyId } = checkedSealed.data;
  const coachKey = importedPrivateKey(coachPrivateJwk);
  if ((await coachKey.keyId) !== keyId) {
    throw new ReviewCryptoError(
      'wrong-key',
      'This answer was sealed for a different coach’s key, so this device cannot open it. Send it to the coach named in the request.',
    );
  }
  let privateKey: CryptoKey;
  try {
    privateKey = await coachKey.privateKey;
  } catch {
    throw new ReviewCryptoError(
      'bad-key',
      'The coach’s key on this device is not a valid key. Restore it from a backup.',
    );
  }

  let plainText: string;
  try {
    const ephemeralPublicKey = decodeBase64Url(checkedSealed.data.ephemeralPublicKey);
    const ephemeralKey = await crypto.subtle.importKey('raw', ephemeralPublicKey, CURVE, false, []);
    const sharedSecret = await crypto.subtle.deriveBits(
      { name: 'ECDH', public: ephemeralKey },
      privateKey,
      256,
    );
    const key = await answerKey(sharedSecret, ephemeralPublicKey, keyId, 'decrypt');
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: decodeBase64Url(checkedSealed.data.iv),
        additionalData: additionalData(checkedSealed.data),
      },
      key,
      decodeBase64Url(checkedSealed.data.ciphertext),
    );
    plainText = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new ReviewCryptoError('damaged', DAMAGED);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(plainText);
  } catch {
    throw new ReviewCryptoError('not-an-answer', 'This does not hold a review answer.');
  }
  const answer = raterAnswerSchema.safeParse(parsed);
  const { group, responseId } = checkedSealed.data;
  if (
    !answer.success ||
    answer.data.roundId !== roundId ||
    answer.data.group !== group ||
    answer.data.responseId !== responseId
  ) {
    throw new ReviewCryptoError('not-an-answer', 'This does not hold a review answer.');
  }
  return answer.data;
}

/**
 * The first 64 bits of a key id, as four groups of four hex digits ("3FA9 12C0 7BE4 55D1"): short
 * enough for a delegate and a coach to read to each other and compare, with no letters that look
 * alike. Both devices show it, so a link altered on the way shows a different fingerprint.
 */
export function shortKeyFingerprint(keyId: string): string {
  const decoded = fromBase64Url(keyId);
  if (!decoded || decoded.length < 8) return keyId.slice(0, 16);
  const hex = [...decoded.slice(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}
