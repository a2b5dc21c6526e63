import { describe, expect, it } from 'vitest';
import { countWords, wordsLabel } from '@/domain/word-count';

describe('countWords, as Word counts', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['one', 1],
    ['two words', 2],
    ['  leading and trailing  ', 3],
    ['line\nbreaks\n\nand\ttabs', 4],
  ])('counts runs between white space: %j → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    ['well-known', 1],
    ['father-in-law', 1],
    ['Year-7 pupils', 2],
    ['self- and peer-assessment', 3],
    ['a non\u2011breaking-hyphen', 2],
  ])('a hyphen joins: %j → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    ['3.5', 1],
    ['1,500 words', 2],
    ['£20 each', 2],
    ['45% of pupils', 3],
    ['2026-27', 1],
    ['Year 7', 2],
  ])('digits and their punctuation are one word: %j → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    ["don't", 1],
    ['pupils’ books', 2],
    ['’tis', 1],
  ])('an apostrophe joins: %j → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    ['progress—and', 2],
    ['progress–and', 2],
    ['progress — and', 2],
    ['progress - and', 2],
    ['— alone —', 1],
    ['pages 4–6', 3],
  ])('an em or en dash separates, and a spaced dash is not a word: %j → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    ['Hello, world!', 2],
    ['“Quoted,” she said.', 3],
    ['and/or', 1],
    ['A & B', 3],
    ['(brackets)', 1],
    ['… ellipsis', 2],
  ])('punctuation stays with its word: %j → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('treats no-break and narrow spaces as gaps', () => {
    expect(countWords('10\u00a0000 pupils\u202fhere')).toBe(4);
  });

  it('labels counts in en-GB style', () => {
    expect(wordsLabel(1)).toBe('1 word');
    expect(wordsLabel(4512)).toBe('4,512 words');
  });
});
