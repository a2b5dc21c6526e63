import { describe, expect, it } from 'vitest';
import {
  blankProjectContent,
  criterionFigures,
  projectContentSchema,
  projectStatus,
  projectStatusLine,
  termOf,
  termsSpanned,
  type Milestone,
} from '@/domain/improvement-project/project';
import {
  MAX_ATTACHMENT_BYTES,
  checkAttachmentFile,
  hasSignatureOf,
} from '@/domain/improvement-project/evidence';

const milestone = (dueDate: string, status: Milestone['status'] = 'planned'): Milestone => ({
  id: crypto.randomUUID(),
  title: `Milestone ${dueDate}`,
  dueDate,
  status,
});

/** The sentence a refused file is given; undefined if it was accepted. */
function problemOf(result: { ok: true } | { ok: false; problem: string }): string | undefined {
  return result.ok ? undefined : result.problem;
}

describe('the project', () => {
  it('needs a title, and says so', () => {
    const result = projectContentSchema.safeParse(blankProjectContent('  '));
    expect(result.error?.issues[0]?.message).toBe('Give the project a title');
  });

  it('keeps every text to its limit with a message naming it', () => {
    const result = projectContentSchema.safeParse({
      ...blankProjectContent('Reading'),
      problem: 'x'.repeat(4001),
    });
    expect(result.error?.issues[0]?.message).toBe('Keep the problem under 4,000 characters');
  });

  it('refuses the same record linked twice', () => {
    const link = { kind: 'skill' as const, targetId: 'otp.questioning.hinge-questions' };
    const result = projectContentSchema.safeParse({
      ...blankProjectContent('Reading'),
      links: [link, link],
    });
    expect(result.error?.issues[0]?.message).toBe('This record is linked twice');
  });

  it('names school terms and counts those a timeline spans', () => {
    expect(termOf('2026-09-07')).toBe('Autumn 2026');
    expect(termOf('2027-02-01')).toBe('Spring 2027');
    expect(termOf('2027-06-30')).toBe('Summer 2027');
    expect(
      termsSpanned([milestone('2027-05-01'), milestone('2026-10-01'), milestone('2026-11-01')]),
    ).toEqual(['Autumn 2026', 'Summer 2027']);
  });

  it('sums up its status from the milestones', () => {
    const status = projectStatus({
      milestones: [
        milestone('2026-10-01', 'done'),
        milestone('2027-01-10', 'delayed'),
        milestone('2027-03-01'),
      ],
    });
    expect(projectStatusLine(status)).toBe('1 of 3 milestones done; 1 delayed');
    expect(status.next?.dueDate).toBe('2027-01-10');
    expect(projectStatusLine(projectStatus({ milestones: [] }))).toBe('No milestones planned yet');
  });

  it('writes a criterion’s figures', () => {
    expect(
      criterionFigures({
        id: crypto.randomUUID(),
        description: 'Mean score',
        unit: '%',
        baseline: 41,
        target: 60,
        latest: 52,
      }),
    ).toBe('from 41% to 60%, now 52%');
  });
});

describe('attachments', () => {
  it('accepts images and PDFs up to 10 MB', () => {
    expect(checkAttachmentFile({ name: 'a.pdf', type: 'application/pdf', size: 1000 })).toEqual({
      ok: true,
      mediaType: 'application/pdf',
    });
    expect(
      checkAttachmentFile({ name: 'photo.JPG', type: '', size: MAX_ATTACHMENT_BYTES }).ok,
    ).toBe(true);
  });

  it('refuses other types, empty files and files over 10 MB, saying why', () => {
    const word = checkAttachmentFile({
      name: 'notes.docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: 10,
    });
    expect(problemOf(word)).toMatch(/not an image or a PDF/);
    expect(checkAttachmentFile({ name: 'x.exe', type: '', size: 10 }).ok).toBe(false);
    expect(checkAttachmentFile({ name: 'x.png', type: 'image/png', size: 0 }).ok).toBe(false);
    expect(
      problemOf(
        checkAttachmentFile({ name: 'big.png', type: 'image/png', size: MAX_ATTACHMENT_BYTES + 1 }),
      ),
    ).toMatch(/up to 10 MB/);
  });

  it('checks the first bytes, so a renamed file is refused', () => {
    expect(hasSignatureOf('application/pdf', new TextEncoder().encode('%PDF-1.7'))).toBe(true);
    expect(hasSignatureOf('image/png', new TextEncoder().encode('MZ\u0090\u0000'))).toBe(false);
    expect(hasSignatureOf('image/jpeg', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
  });
});
