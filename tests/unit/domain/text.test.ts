import { describe, expect, it } from 'vitest';
import { cutAtWord, fileNameSlug, oneLine, plural } from '@/domain/text';

describe('oneLine', () => {
  it('turns runs of white space, new lines included, into one space', () => {
    expect(oneLine('  Hinge\n\nquestions \t daily ')).toBe('Hinge questions daily');
  });
});

describe('cutAtWord', () => {
  it('keeps a whole last word that ends just where the cut falls', () => {
    expect(cutAtWord('Cold calling with wait time', 13)).toBe('Cold calling…');
  });

  it('drops punctuation left at the cut', () => {
    expect(cutAtWord('Questioning, feedback and more', 16)).toBe('Questioning…');
  });

  it('cuts a very long word where it stands', () => {
    expect(cutAtWord('Metacognitionandselfregulation', 10)).toBe('Metacogni…');
  });
});

describe('fileNameSlug', () => {
  it('keeps plain letters and digits, dropping accents and joining the rest with hyphens', () => {
    expect(fileNameSlug('Siân O’Neill')).toBe('sian-o-neill');
    expect(fileNameSlug('  OTP Plus — spring 2027! ')).toBe('otp-plus-spring-2027');
    expect(fileNameSlug('Zoë Ó Briain')).toBe('zoe-o-briain');
    expect(fileNameSlug('“—”')).toBe('');
  });

  it('cuts a long name without leaving a hyphen at the end', () => {
    expect(fileNameSlug('a'.repeat(59) + ' bcd')).toBe('a'.repeat(59));
    expect(fileNameSlug('word '.repeat(30), 12)).toBe('word-word-wo');
  });
});

describe('plural', () => {
  it('counts in en-GB with the singular only for one', () => {
    expect(plural(1, 'record', 'records')).toBe('1 record');
    expect(plural(1204, 'record', 'records')).toBe('1,204 records');
  });
});
