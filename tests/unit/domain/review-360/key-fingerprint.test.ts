import { describe, expect, it } from 'vitest';
import { toBase64Url } from '@/domain/observation-exchange';
import { generateCoachKeyPair, shortKeyFingerprint } from '@/domain/review-360/review-crypto';

describe('shortKeyFingerprint', () => {
  it('is the key id’s first eight bytes as four groups of hex digits', () => {
    const keyId = toBase64Url(new Uint8Array(32).map((_, index) => index * 17));
    expect(shortKeyFingerprint(keyId)).toBe('0011 2233 4455 6677');
  });

  it('differs between two keys', async () => {
    const [first, second] = await Promise.all([generateCoachKeyPair(), generateCoachKeyPair()]);
    expect(shortKeyFingerprint(first.keyId)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(shortKeyFingerprint(first.keyId)).not.toBe(shortKeyFingerprint(second.keyId));
  });
});
