import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '@/domain/observation-exchange';
import {
  generateCoachKeyPair,
  openSealedAnswer,
  publicKeyFingerprint,
  ReviewCryptoError,
  sealAnswer,
} from '@/domain/review-360/review-crypto';
import type { SealedAnswer } from '@/domain/review-360/review-round';
import { makeAnswer, makeRound, rateAll } from '../../../support/review-factories';

async function openingFails(promise: Promise<unknown>): Promise<ReviewCryptoError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReviewCryptoError) return error;
    throw error;
  }
  throw new Error('expected the answer to be refused');
}

function flipFirstByte(text: string): string {
  const bytes = fromBase64Url(text)!;
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return toBase64Url(bytes);
}

describe('coach keys', () => {
  it('export both halves as P-256 JWKs, named by a stable fingerprint', async () => {
    const pair = await generateCoachKeyPair();
    expect(Object.keys(pair.publicKeyJwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(pair.publicKeyJwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(pair.privateKeyJwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pair.keyId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await publicKeyFingerprint(pair.publicKeyJwk)).toBe(pair.keyId);
    expect(await publicKeyFingerprint(pair.privateKeyJwk)).toBe(pair.keyId);
    expect((await generateCoachKeyPair()).keyId).not.toBe(pair.keyId);
  });
});

describe('sealed answers', () => {
  const round = makeRound();
  const answer = makeAnswer(round, 'peers', rateAll(4), {
    doWell: 'Listens 🌱 — and acts',
    moreEffective: 'Say no more often',
  });

  it('open with the coach’s private key to the same answer', async () => {
    const coach = await generateCoachKeyPair();
    const sealed = await sealAnswer(answer, coach.publicKeyJwk);
    expect(sealed.keyId).toBe(coach.keyId);
    expect(sealed.roundId).toBe(round.id);
    expect(JSON.stringify(sealed)).not.toContain('Listens');
    expect(JSON.stringify(sealed)).not.toContain('Say no more');
    // The group and response id travel in clear, bound to the ciphertext.
    expect(sealed.group).toBe(answer.group);
    expect(sealed.responseId).toBe(answer.responseId);
    expect(await openSealedAnswer(sealed, coach.privateKeyJwk)).toEqual(answer);
  });

  it('differ every time the same answer is sealed', async () => {
    const coach = await generateCoachKeyPair();
    const first = await sealAnswer(answer, coach.publicKeyJwk);
    const second = await sealAnswer(answer, coach.publicKeyJwk);
    expect(second.ciphertext).not.toBe(first.ciphertext);
    expect(second.ephemeralPublicKey).not.toBe(first.ephemeralPublicKey);
  });

  it('are refused by another coach’s key', async () => {
    const coach = await generateCoachKeyPair();
    const other = await generateCoachKeyPair();
    const sealed = await sealAnswer(answer, coach.publicKeyJwk);
    const error = await openingFails(openSealedAnswer(sealed, other.privateKeyJwk));
    expect(error.kind).toBe('wrong-key');
    expect(error.message).toMatch(/different coach/);

    // Relabelled for the other key, it still cannot be opened with it.
    const relabelled = { ...sealed, keyId: other.keyId };
    expect((await openingFails(openSealedAnswer(relabelled, other.privateKeyJwk))).kind).toBe(
      'damaged',
    );
  });

  it('are refused when any part was altered, or moved to another round', async () => {
    const coach = await generateCoachKeyPair();
    const sealed = await sealAnswer(answer, coach.publicKeyJwk);
    const altered: SealedAnswer[] = [
      { ...sealed, ciphertext: flipFirstByte(sealed.ciphertext) },
      { ...sealed, iv: flipFirstByte(sealed.iv) },
      { ...sealed, ephemeralPublicKey: flipFirstByte(sealed.ephemeralPublicKey) },
      { ...sealed, ciphertext: sealed.ciphertext.slice(0, -4) },
      { ...sealed, roundId: makeRound().id },
      { ...sealed, group: sealed.group === 'peers' ? 'others' : 'peers' },
      { ...sealed, responseId: crypto.randomUUID() },
    ];
    for (const candidate of altered) {
      const error = await openingFails(openSealedAnswer(candidate, coach.privateKeyJwk));
      expect(error.kind).toBe('damaged');
      expect(error.message).toMatch(/changed or damaged/);
    }
  });

  it('open many at once with one key, imported once, and a broken private key every time fails', async () => {
    const coach = await generateCoachKeyPair();
    const answers = ['peers', 'others', 'direct-reports'] as const;
    const sealed = await Promise.all(
      answers.map((group) => sealAnswer(makeAnswer(round, group, rateAll(3)), coach.publicKeyJwk)),
    );
    const opened = await Promise.all(
      sealed.map((each) => openSealedAnswer(each, coach.privateKeyJwk)),
    );
    expect(opened.map((each) => each.group)).toEqual([...answers]);

    const broken = { ...coach.privateKeyJwk, d: coach.privateKeyJwk.x };
    for (const each of sealed) {
      expect((await openingFails(openSealedAnswer(each, broken))).kind).toBe('bad-key');
    }
  });

  it('cannot be made for a key that is not a P-256 point', async () => {
    const coach = await generateCoachKeyPair();
    const broken = { ...coach.publicKeyJwk, x: coach.publicKeyJwk.y, y: coach.publicKeyJwk.x };
    expect((await openingFails(sealAnswer(answer, broken))).kind).toBe('bad-key');
  });
});
