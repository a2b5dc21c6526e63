import { describe, expect, it } from 'vitest';
import type { FrameworkDefinition } from '@/domain/framework';
import type { Observation } from '@/domain/observation';
import {
  formatCsvDate,
  RATINGS_CSV_HEADER,
  ratingsCsv,
  ratingsCsvFileName,
  type RatingsCsvInput,
} from '@/domain/ratings-csv';
import { blankActionContent } from '@/domain/coaching/coaching-action';
import { blankSessionContent } from '@/domain/coaching/coaching-session';
import { makeFramework, makeRatingEvent } from '../../support/factories';
import { makeReturnedObservation } from '../../support/observation-factories';

// makeFramework(): "questioning" holds q1 and q2; "feedback" holds f1 and f2; the scale is 1–4.
const PROGRAMME = { startDate: '2026-09-07', lengthWeeks: 10, breaks: [] };
const HEADER_LINE = RATINGS_CSV_HEADER.join(',');

function input(overrides: Partial<RatingsCsvInput> = {}): RatingsCsvInput {
  return {
    framework: makeFramework(),
    programme: PROGRAMME,
    delegateName: 'Siân Jones',
    events: [],
    observations: [],
    ...overrides,
  };
}

/** The lines of a CSV without its byte order mark (records here hold no line breaks). */
function linesOf(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

function observation(overrides: Partial<Observation> = {}): Observation {
  const { delegateProfileId, ...returned } = makeReturnedObservation({
    direction: 'delegate-to-colleague',
    observer: { name: 'Siân Jones' },
    observed: { name: 'Priya Shah', colleagueId: '6f1c1b1e-0000-4000-8000-0000000000c1' },
  });
  return { ...returned, profileId: delegateProfileId, week: 5, status: 'complete', ...overrides };
}

describe('ratingsCsv', () => {
  it('gives just the header (with BOM and CRLF) when nothing is rated', () => {
    const csv = ratingsCsv(input());
    expect(csv).toBe(`\uFEFF${HEADER_LINE}\r\n`);
  });

  it('writes one row per self-rating and target, with en-GB week start dates and level names', () => {
    const csv = ratingsCsv(
      input({
        events: [
          makeRatingEvent({ skillId: 'f1', week: 0, level: 1 }),
          makeRatingEvent({ skillId: 'q1', week: 2, level: 3, note: 'Hinge questions daily' }),
          makeRatingEvent({ skillId: 'q1', week: 0, level: 2, kind: 'target' }),
        ],
      }),
    );
    expect(linesOf(csv)).toEqual([
      HEADER_LINE,
      'Self-rating,Siân Jones,,0,,,07/09/2026,Feedback,I give live feedback during the lesson.,1,Emerging,',
      'Target,Siân Jones,,0,,,07/09/2026,Questioning,I use hinge questions to check understanding.,2,Developing,',
      'Self-rating,Siân Jones,,2,14/09/2026,20/09/2026,14/09/2026,Questioning,I use hinge questions to check understanding.,3,Secure,Hinge questions daily',
    ]);
  });

  it('keeps only the rating in force for a week, and leaves deleted ratings out', () => {
    const csv = ratingsCsv(
      input({
        events: [
          makeRatingEvent({ skillId: 'q1', week: 1, level: 1, recordedAt: '2026-09-08T09:00:00Z' }),
          makeRatingEvent({ skillId: 'q1', week: 1, level: 3, recordedAt: '2026-09-09T09:00:00Z' }),
          makeRatingEvent({ skillId: 'q2', week: 1, level: 2, deletedAt: '2026-09-09T10:00:00Z' }),
        ],
      }),
    );
    const rows = linesOf(csv).slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(',3,Secure,');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const csv = ratingsCsv(
      input({
        events: [
          makeRatingEvent({
            skillId: 'q1',
            week: 1,
            level: 2,
            note: 'Asked "why?", then waited.\nBetter answers.',
          }),
        ],
      }),
    );
    expect(csv).toContain(',"Asked ""why?"", then waited.\nBetter answers."\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const notes = ['=HYPERLINK("http://x.example","click")', '+1', '-2 lessons', '@SUM(A1)'];
    const csv = ratingsCsv(
      input({
        events: notes.map((note, week) => makeRatingEvent({ skillId: 'q1', week, level: 2, note })),
      }),
    );
    const rows = linesOf(csv).slice(1);
    expect(rows[0]).toMatch(/,"'=HYPERLINK\(""http:\/\/x\.example"",""click""\)"$/);
    expect(rows[1]).toMatch(/,'\+1$/);
    expect(rows[2]).toMatch(/,'-2 lessons$/);
    expect(rows[3]).toMatch(/,'@SUM\(A1\)$/);
  });

  it('keeps archived skills, with their area and statement', () => {
    const base = makeFramework();
    const framework: FrameworkDefinition = {
      ...base,
      areas: base.areas.map((area) => ({
        ...area,
        skills: area.skills.map((skill) =>
          skill.id === 'q2' ? { ...skill, archivedAt: '2026-10-01T12:00:00.000Z' } : skill,
        ),
      })),
    };
    const csv = ratingsCsv(
      input({ framework, events: [makeRatingEvent({ skillId: 'q2', week: 0, level: 4 })] }),
    );
    expect(linesOf(csv)[1]).toBe(
      'Self-rating,Siân Jones,,0,,,07/09/2026,Questioning,I give thinking time before taking answers.,4,Leading,',
    );
  });

  it('writes one row per rated focus skill of each observation, on the lesson date', () => {
    const csv = ratingsCsv(
      input({
        observations: [
          observation({
            ratings: [
              { skillId: 'q1', level: 3 },
              { skillId: 'f1', level: null },
            ],
          }),
          observation({ deletedAt: '2026-10-07T10:00:00.000Z' }),
        ],
      }),
    );
    expect(linesOf(csv).slice(1)).toEqual([
      'Observation,Priya Shah,Siân Jones,5,05/10/2026,11/10/2026,06/10/2026,Questioning,I use hinge questions to check understanding.,3,Secure,Lesson: 9X2 Science',
    ]);
  });
});

describe('ratingsCsv with breaks', () => {
  it('gives each teaching week its calendar dates, skipping a half-term', () => {
    const csv = ratingsCsv(
      input({
        programme: {
          ...PROGRAMME,
          breaks: [{ name: 'October half-term', firstDay: '2026-10-24', lastDay: '2026-11-01' }],
        },
        events: [
          makeRatingEvent({ skillId: 'q1', week: 7, level: 2 }),
          makeRatingEvent({ skillId: 'q1', week: 8, level: 3 }),
        ],
      }),
    );
    // Week 7 runs Mon 19 – Fri 23 Oct, the day before the break; week 8 starts after it.
    expect(linesOf(csv).slice(1)).toEqual([
      'Self-rating,Siân Jones,,7,19/10/2026,23/10/2026,19/10/2026,Questioning,I use hinge questions to check understanding.,2,Developing,',
      'Self-rating,Siân Jones,,8,02/11/2026,08/11/2026,02/11/2026,Questioning,I use hinge questions to check understanding.,3,Secure,',
    ]);
  });
});

describe('formatCsvDate and ratingsCsvFileName', () => {
  it('writes dates as dd/mm/yyyy', () => {
    expect(formatCsvDate('2026-11-23')).toBe('23/11/2026');
  });

  it('names the file after the person, without accents or spaces', () => {
    expect(ratingsCsvFileName("Siân O'Neill")).toBe('sian-o-neill-ratings.csv');
    expect(ratingsCsvFileName('  ')).toBe('trellis-ratings.csv');
  });
});

describe('coaching in the spreadsheet', () => {
  const meta = {
    createdAt: '2026-09-15T16:00:00.000Z',
    updatedAt: '2026-09-15T16:00:00.000Z',
    rev: 1,
    profileId: '7b0c3c4e-3f5e-4a59-9a3c-2f1e0d9c8b7a',
  };
  const session = {
    ...blankSessionContent('2026-09-15', 'Dr Ruth Adeyemi'),
    ...meta,
    id: '1f6f8a9e-51c4-4a3b-8d2e-6c7b5a4f3e2d',
    focusSkillIds: ['q1'],
    notes: '=cold calling works',
    privateNotes: 'Never in a file',
  };
  const action = {
    ...blankActionContent(),
    ...meta,
    id: '2a6f8a9e-51c4-4a3b-8d2e-6c7b5a4f3e2d',
    sessionId: session.id,
    text: 'Plan hinge questions',
    dueDate: '2026-09-25',
    status: 'done' as const,
    outcome: 'Worked',
    skillIds: ['q1', 'f1'],
  };

  it('has a row per session and per action, in the week of its date, and no private notes', () => {
    const csv = ratingsCsv(input({ coaching: { sessions: [session], actions: [action] } }));
    expect(csv).not.toContain('Never in a file');
    // A line break inside a field (between the title and the notes) reads here as a space.
    const lines = linesOf(csv.replace(/(?<!\r)\n/g, ' '));
    expect(lines.slice(1)).toEqual([
      'Coaching session,Siân Jones,,2,14/09/2026,20/09/2026,15/09/2026,Questioning,I use hinge questions to check understanding.,,,"Coaching with Dr Ruth Adeyemi, 45 min =cold calling works"',
      'Agreed action (done),Siân Jones,,3,21/09/2026,27/09/2026,25/09/2026,Questioning; Feedback,I use hinge questions to check understanding.; I give live feedback during the lesson.,,,"Plan hinge questions How it went: Worked"',
    ]);
  });
});
