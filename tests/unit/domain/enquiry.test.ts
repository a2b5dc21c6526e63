import { describe, expect, it } from 'vitest';
import {
  blankEnquiryContent,
  enquiriesBetweenRatings,
  enquiriesBySkill,
  enquiriesInWeeks,
  enquiryContentSchema,
  enquirySchema,
  enquiryTitle,
  enquiryWeeksLabel,
  filterEnquiries,
  foldForSearch,
  rankEffectiveTechniques,
  searchEnquiries,
  sortByWeek,
  targetedSkills,
  type Enquiry,
} from '@/domain/enquiry';
import { fieldErrors } from '@/domain/validation';
import { makeFramework, makeEnquiry, makeRatingEvent } from '../../support/factories';

const framework = makeFramework();

function titles(enquiries: readonly Enquiry[]): string[] {
  return enquiries.map(enquiryTitle);
}

describe('enquiryContentSchema', () => {
  it('accepts a one-line idea: a focus question and nothing else', () => {
    const content = { ...blankEnquiryContent(2), focusQuestion: 'Will mini whiteboards help?' };
    expect(enquiryContentSchema.parse(content)).toEqual(content);
  });

  it('accepts a technique alone as something to call it by', () => {
    const content = { ...blankEnquiryContent(2), technique: 'Cold calling' };
    expect(enquiryContentSchema.safeParse(content).success).toBe(true);
  });

  it('refuses an enquiry with nothing to call it by, naming the focus question', () => {
    const result = enquiryContentSchema.safeParse({
      ...blankEnquiryContent(2),
      focusQuestion: '   ',
      evidence: 'Some evidence',
    });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!).focusQuestion).toMatch(/Write a focus question/);
  });

  it('refuses a last week before the first, an impact off the 1–4 scale and a skill twice', () => {
    const base = { ...blankEnquiryContent(3), focusQuestion: 'Q' };
    const weeks = enquiryContentSchema.safeParse({ ...base, startWeek: 4, endWeek: 2 });
    expect(fieldErrors(weeks.error!).endWeek).toMatch(/cannot be before the first \(Week 4\)/);
    expect(enquiryContentSchema.safeParse({ ...base, impact: 5 }).success).toBe(false);
    expect(enquiryContentSchema.safeParse({ ...base, impact: 0 }).success).toBe(false);
    expect(enquiryContentSchema.safeParse({ ...base, impact: null }).success).toBe(true);
    const twice = enquiryContentSchema.safeParse({ ...base, skillIds: ['q1', 'q1'] });
    expect(fieldErrors(twice.error!).skillIds).toBe('A skill is chosen twice');
  });

  it('refuses an unknown status and over-long text', () => {
    const base = { ...blankEnquiryContent(3), focusQuestion: 'Q' };
    expect(enquiryContentSchema.safeParse({ ...base, status: 'abandoned' }).success).toBe(false);
    const long = enquiryContentSchema.safeParse({ ...base, reflection: 'x'.repeat(4001) });
    expect(fieldErrors(long.error!).reflection).toBe('Keep this under 4,000 characters');
  });

  it('parses a stored enquiry with its meta, and one with a tombstone', () => {
    const enquiry = makeEnquiry({ focusQuestion: 'Q' });
    expect(enquirySchema.parse(enquiry)).toEqual(enquiry);
    const deleted = { ...enquiry, deletedAt: '2026-10-01T10:00:00.000Z' };
    expect(enquirySchema.parse(deleted)).toEqual(deleted);
    expect(enquirySchema.safeParse({ ...enquiry, profileId: 'nope' }).success).toBe(false);
  });
});

describe('enquiryTitle and enquiryWeeksLabel', () => {
  it('calls an enquiry by its focus question, or the first line of its technique', () => {
    expect(enquiryTitle({ focusQuestion: '  Why?  ', technique: 'T' })).toBe('Why?');
    expect(enquiryTitle({ focusQuestion: '', technique: 'Cold calling\nwith a pause' })).toBe(
      'Cold calling',
    );
  });

  it('says which weeks it ran', () => {
    expect(enquiryWeeksLabel({ startWeek: 3, endWeek: 3 })).toBe('Week 3');
    expect(enquiryWeeksLabel({ startWeek: 1, endWeek: 3 })).toBe('Weeks 1–3');
    expect(enquiryWeeksLabel({ startWeek: 0, endWeek: 2 })).toBe('Baseline – Week 2');
  });
});

describe('filterEnquiries', () => {
  const hinge = makeEnquiry({ focusQuestion: 'Hinge', skillIds: ['q1'], status: 'done' });
  const feedback = makeEnquiry({
    focusQuestion: 'Feedback',
    skillIds: ['f1', 'f2'],
    status: 'in-progress',
    effective: true,
  });
  const both = makeEnquiry({
    focusQuestion: 'Both',
    skillIds: ['q2', 'f2'],
    status: 'done',
    effective: true,
  });
  const none = makeEnquiry({ focusQuestion: 'No skills yet' });
  const deleted = makeEnquiry({
    focusQuestion: 'Deleted',
    skillIds: ['q1'],
    deletedAt: '2026-10-01T10:00:00.000Z',
  });
  const all = [hinge, feedback, both, none, deleted];

  it('keeps every live enquiry with no filter', () => {
    expect(titles(filterEnquiries(all, {}, framework))).toEqual([
      'Hinge',
      'Feedback',
      'Both',
      'No skills yet',
    ]);
  });

  it('filters by area (any skill of it), by skill, by status and to effective ones', () => {
    expect(titles(filterEnquiries(all, { areaId: 'questioning' }, framework))).toEqual([
      'Hinge',
      'Both',
    ]);
    expect(titles(filterEnquiries(all, { skillId: 'f2' }, framework))).toEqual([
      'Feedback',
      'Both',
    ]);
    expect(titles(filterEnquiries(all, { status: 'done' }, framework))).toEqual(['Hinge', 'Both']);
    expect(titles(filterEnquiries(all, { isEffectiveOnly: true }, framework))).toEqual([
      'Feedback',
      'Both',
    ]);
  });

  it('combines filters', () => {
    expect(
      titles(
        filterEnquiries(
          all,
          { areaId: 'feedback', status: 'done', isEffectiveOnly: true },
          framework,
        ),
      ),
    ).toEqual(['Both']);
    expect(filterEnquiries(all, { areaId: 'no-such-area' }, framework)).toEqual([]);
  });
});

describe('searchEnquiries', () => {
  const enquiries = [
    makeEnquiry({
      focusQuestion: 'Does cold calling help?',
      context: 'Year 9 — Mme Léger’s French set',
    }),
    makeEnquiry({
      focusQuestion: 'Retrieval starters',
      evidence: 'Quiz scores rose; CAFÉ vocabulary remembered',
      reflection: 'Naïve at first',
    }),
    makeEnquiry({ technique: 'Visualiser modelling', nextSteps: 'Share with Learning 3' }),
  ];

  it('folds case and accents both ways', () => {
    expect(foldForSearch('Café NAÏVE Ó Briain')).toBe('cafe naive o briain');
    expect(titles(searchEnquiries(enquiries, 'leger'))).toEqual(['Does cold calling help?']);
    expect(titles(searchEnquiries(enquiries, 'LÉGER'))).toEqual(['Does cold calling help?']);
    expect(titles(searchEnquiries(enquiries, 'cafe'))).toEqual(['Retrieval starters']);
    expect(titles(searchEnquiries(enquiries, 'naive'))).toEqual(['Retrieval starters']);
  });

  it('needs every word, in any field and any order', () => {
    expect(titles(searchEnquiries(enquiries, 'learning visualiser'))).toEqual([
      'Visualiser modelling',
    ]);
    expect(searchEnquiries(enquiries, 'visualiser quiz')).toEqual([]);
  });

  it('finds everything for an empty or blank query', () => {
    expect(searchEnquiries(enquiries, '   ')).toHaveLength(3);
  });
});

describe('sortByWeek and enquiriesInWeeks', () => {
  const early = makeEnquiry({ focusQuestion: 'Early', startWeek: 1, endWeek: 3 });
  const long = makeEnquiry({ focusQuestion: 'Long', startWeek: 1, endWeek: 9 });
  const late = makeEnquiry({ focusQuestion: 'Late', startWeek: 7, endWeek: 8 });
  const middle = makeEnquiry({ focusQuestion: 'Middle', startWeek: 4, endWeek: 6 });

  it('sorts by first week, then last week, and can reverse', () => {
    expect(titles(sortByWeek([late, long, middle, early]))).toEqual([
      'Early',
      'Long',
      'Middle',
      'Late',
    ]);
    expect(titles(sortByWeek([early, late, long, middle], { newestFirst: true }))).toEqual([
      'Late',
      'Middle',
      'Long',
      'Early',
    ]);
  });

  it('breaks ties by when the enquiry was written', () => {
    const first = makeEnquiry({
      focusQuestion: 'Written first',
      startWeek: 2,
      endWeek: 2,
      createdAt: '2026-09-01T10:00:00.000Z',
    });
    const second = makeEnquiry({
      focusQuestion: 'Written second',
      startWeek: 2,
      endWeek: 2,
      createdAt: '2026-09-02T10:00:00.000Z',
    });
    expect(titles(sortByWeek([second, first]))).toEqual(['Written first', 'Written second']);
  });

  it('finds the enquiries running in a week or overlapping a range of weeks', () => {
    const all = [early, long, late, middle];
    expect(titles(sortByWeek(enquiriesInWeeks(all, 5)))).toEqual(['Long', 'Middle']);
    expect(titles(sortByWeek(enquiriesInWeeks(all, 3, 4)))).toEqual(['Early', 'Long', 'Middle']);
    expect(enquiriesInWeeks(all, 10)).toEqual([]);
    const deleted = { ...middle, deletedAt: '2026-10-01T10:00:00.000Z' };
    expect(titles(enquiriesInWeeks([deleted], 5))).toEqual([]);
  });
});

describe('rankEffectiveTechniques', () => {
  it('ranks only effective, live enquiries, by impact first', () => {
    const ranked = rankEffectiveTechniques([
      makeEnquiry({ focusQuestion: 'Some', effective: true, impact: 2 }),
      makeEnquiry({ focusQuestion: 'Not effective', effective: false, impact: 4 }),
      makeEnquiry({ focusQuestion: 'Strong', effective: true, impact: 4 }),
      makeEnquiry({ focusQuestion: 'Unrated', effective: true, impact: null }),
      makeEnquiry({
        focusQuestion: 'Deleted',
        effective: true,
        impact: 4,
        deletedAt: '2026-10-01T10:00:00.000Z',
      }),
      makeEnquiry({ focusQuestion: 'Clear', effective: true, impact: 3 }),
    ]);
    expect(titles(ranked)).toEqual(['Strong', 'Clear', 'Some', 'Unrated']);
  });

  it('breaks a tie in impact by evidence, then the latest weeks, then the latest edit', () => {
    const ranked = rankEffectiveTechniques([
      makeEnquiry({ focusQuestion: 'No evidence', effective: true, impact: 3, endWeek: 9 }),
      makeEnquiry({
        focusQuestion: 'Evidence, early',
        effective: true,
        impact: 3,
        evidence: 'Exit tickets',
        startWeek: 1,
        endWeek: 3,
      }),
      makeEnquiry({
        focusQuestion: 'Evidence, late',
        effective: true,
        impact: 3,
        evidence: 'Quiz scores',
        startWeek: 5,
        endWeek: 8,
      }),
      makeEnquiry({
        focusQuestion: 'Evidence, late, edited last',
        effective: true,
        impact: 3,
        evidence: 'Work samples',
        startWeek: 5,
        endWeek: 8,
        updatedAt: '2026-12-01T10:00:00.000Z',
      }),
      makeEnquiry({ focusQuestion: 'Blank evidence', effective: true, impact: 3, evidence: ' ' }),
    ]);
    expect(titles(ranked)).toEqual([
      'Evidence, late, edited last',
      'Evidence, late',
      'Evidence, early',
      'No evidence',
      'Blank evidence',
    ]);
  });

  it('gives the same order whatever order the enquiries come in', () => {
    const enquiries = Array.from({ length: 6 }, (_, index) =>
      makeEnquiry({ focusQuestion: `E${index}`, effective: true, impact: (index % 2) + 1 }),
    );
    const once = titles(rankEffectiveTechniques(enquiries));
    expect(titles(rankEffectiveTechniques([...enquiries].reverse()))).toEqual(once);
  });
});

describe('links with the audit', () => {
  it('lists the enquiries per targeted skill, by week, and names the skills in framework order', () => {
    const later = makeEnquiry({ focusQuestion: 'Later', skillIds: ['f1', 'q1'], startWeek: 5 });
    const earlier = makeEnquiry({ focusQuestion: 'Earlier', skillIds: ['q1'], startWeek: 1 });
    const bySkill = enquiriesBySkill([later, earlier]);
    expect(titles(bySkill.get('q1') ?? [])).toEqual(['Earlier', 'Later']);
    expect(titles(bySkill.get('f1') ?? [])).toEqual(['Later']);
    expect(bySkill.has('q2')).toBe(false);
    expect(targetedSkills(later, framework).map((skill) => skill.skillId)).toEqual(['q1', 'f1']);
  });

  it('says what ran between rated weeks and which of its skills moved', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 0, level: 2 }),
      makeRatingEvent({ skillId: 'f1', week: 0, level: 2 }),
      makeRatingEvent({ skillId: 'q1', week: 3, level: 3 }),
      makeRatingEvent({ skillId: 'f1', week: 3, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 6, level: 3 }),
    ];
    const hinge = makeEnquiry({
      focusQuestion: 'Hinge',
      skillIds: ['q1', 'q2'],
      startWeek: 1,
      endWeek: 3,
    });
    const thinking = makeEnquiry({
      focusQuestion: 'Thinking time',
      skillIds: ['q2'],
      startWeek: 3,
      endWeek: 5,
    });
    const planned = makeEnquiry({ focusQuestion: 'Planned', startWeek: 9, endWeek: 9 });

    const steps = enquiriesBetweenRatings([planned, thinking, hinge], events, [0, 3, 6], framework);

    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatchObject({ fromWeek: 0, toWeek: 3, rose: 1, fell: 1 });
    expect(titles(steps[0]!.enquiries.map((entry) => entry.enquiry))).toEqual([
      'Hinge',
      'Thinking time',
    ]);
    expect(steps[0]!.enquiries[0]!.changes).toEqual([
      {
        skillId: 'q1',
        statement: 'I use hinge questions to check understanding.',
        from: 1,
        to: 3,
      },
    ]);
    expect(steps[1]).toMatchObject({ fromWeek: 3, toWeek: 6, rose: 1, fell: 0 });
    expect(titles(steps[1]!.enquiries.map((entry) => entry.enquiry))).toEqual(['Thinking time']);
    expect(steps[1]!.enquiries[0]!.changes.map((change) => change.to)).toEqual([3]);
  });

  it('has no steps with fewer than two rated weeks', () => {
    expect(
      enquiriesBetweenRatings([makeEnquiry({ focusQuestion: 'Q' })], [], [0], framework),
    ).toEqual([]);
  });
});
