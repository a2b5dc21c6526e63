import { fromBase64Url, toBase64Url } from '@/domain/observation-exchange';
import { publicKeyFingerprint } from '@/domain/review-360/review-crypto';
import {
  coachPrivateKeyJwkSchema,
  coachPublicKeyJwkSchema,
  type CoachPrivateKeyJwk,
  type CoachPublicKeyJwk,
} from '@/domain/review-360/review-round';

/**
 * A coach's signature on a verification, with the browser's Web Crypto only (ECDSA P-256 with
 * SHA-256). The coach's device signs the canonical bytes of a statement (verification.ts); the
 * delegate's device checks them against the signing public key it took from the coach's link. A
 * signature proves the statement was made by whoever holds the private key, and that not one byte
 * of it changed since: a delegate can show it but cannot make one.
 *
 *     generateSigningKeyPair(): Promise<SigningKeyPair>
 *     signBytes(bytes, privateJwk): Promise<string>              (base64url, IEEE P1363 r‖s)
 *     isSignatureValid(bytes, signature, publicJwk): Promise<boolean>   (never throws)
 */

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** P-256 signatures from Web Crypto are r and s, 32 bytes each. */
const SIGNATURE_BYTES = 64;

export interface SigningKeyPair {
  publicKeyJwk: CoachPublicKeyJwk;
  /** Exportable so the coach's device can keep it, and its backups carry it. */
  privateKeyJwk: CoachPrivateKeyJwk;
  /** The RFC 7638 thumbprint of the public key, as for the coach's sealing key. */
  keyId: string;
}

export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const publicKeyJwk = coachPublicKeyJwkSchema.parse(
    await crypto.subtle.exportKey('jwk', pair.publicKey),
  );
  const privateKeyJwk = coachPrivateKeyJwkSchema.parse(
    await crypto.subtle.exportKey('jwk', pair.privateKey),
  );
  return { publicKeyJwk, privateKeyJwk, keyId: await publicKeyFingerprint(publicKeyJwk) };
}

export async function signBytes(
  bytes: Uint8Array<ArrayBuffer>,
  privateKeyJwk: CoachPrivateKeyJwk,
): Promise<string> {
  const { kty, crv, x, y, d } = privateKeyJwk;
  const key = await crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, ALGORITHM, false, [
    'sign',
  ]);
  return toBase64Url(new Uint8Array(await crypto.subtle.sign(SIGNING, key, bytes)));
}

/** False for a bad key, a malformed signature or one that does not match: never throws. */
export async function isSignatureValid(
  bytes: Uint8Array<ArrayBuffer>,
  signature: string,
  publicKeyJwk: CoachPublicKeyJwk,
): Promise<boolean> {
  const decoded = fromBase64Url(signature);
  if (!decoded || decoded.length !== SIGNATURE_BYTES) return false;
  try {
    const { kty, crv, x, y } = publicKeyJwk;
    const key = await crypto.subtle.importKey('jwk', { kty, crv, x, y }, ALGORITHM, false, [
      'verify',
    ]);
    return await crypto.subtle.verify(SIGNING, key, new Uint8Array(decoded), bytes);
  } catch {
    return false;
  }
}

/** Whether a public key is a usable P-256 signing key whose key id is its own fingerprint. */
export async function isUsableSigningKey(
  publicKeyJwk: CoachPublicKeyJwk,
  keyId: string,
): Promise<boolean> {
  try {
    const { kty, crv, x, y } = publicKeyJwk;
    await crypto.subtle.importKey('jwk', { kty, crv, x, y }, ALGORITHM, false, ['verify']);
  } catch {
    return false;
  }
  return (await publicKeyFingerprint(publicKeyJwk)) === keyId;
}
