import { describe, expect, it } from 'vitest';
import {
  PASSPHRASE_WORD_COUNT,
  PASSPHRASE_WORDS,
  passphraseWords,
} from '@/domain/passphrase-words';

describe('passphraseWords', () => {
  it('draws from 512 different plain lower-case words, so masking picks each equally often', () => {
    expect(PASSPHRASE_WORDS).toHaveLength(512);
    expect(new Set(PASSPHRASE_WORDS).size).toBe(512);
    for (const word of PASSPHRASE_WORDS) expect(word).toMatch(/^[a-z]{3,6}$/);
  });

  it('gives six words joined by single spaces, from the random numbers it is handed', () => {
    const words = passphraseWords(PASSPHRASE_WORD_COUNT, (array) => {
      array.set([0, 1, 511, 512, 1023, 65_535]);
      return array;
    });
    const first = PASSPHRASE_WORDS[0];
    const second = PASSPHRASE_WORDS[1];
    const last = PASSPHRASE_WORDS[511];
    expect(words).toBe([first, second, last, first, last, last].join(' '));
  });

  it('uses the browser’s random numbers by default: two passphrases are not the same', () => {
    const one = passphraseWords();
    expect(one.split(' ')).toHaveLength(6);
    expect(passphraseWords()).not.toBe(one);
  });
});
