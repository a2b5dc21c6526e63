import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Colleague } from '@/domain/colleague';
import type { Observation } from '@/domain/observation';
import {
  MAX_BULLET_DETAIL,
  MAX_BULLET_TEXT,
  MAX_BULLETS_PER_SLIDE,
  MAX_CHART_CATEGORIES,
  MAX_FIGURES,
  MAX_SLIDE_TITLE,
  type Presentation,
  type Slide,
} from '@/domain/presentation';
import { buildPresentation } from '@/domain/presentation-model/build-presentation';
import {
  defaultChoices,
  type PresentationInput,
} from '@/domain/presentation-model/presentation-input';
import { buildReviewReport } from '@/domain/review-360/review-report';
import { cutAtWord } from '@/domain/text';
import { makeEnquiry, makeFramework, makeRatingEvent } from '../../support/factories';
import { makeAnswer, makeRound, rateAll } from '../../support/review-factories';

const AT = '2026-09-07T09:00:00.000Z';
const PROFILE_ID = '6f1c1b1e-0000-4000-8000-000000000001';

function colleague(id: string, name: string, focusSkillIds: string[] = ['q1', 'f1']): Colleague {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    rev: 1,
    profileId: PROFILE_ID,
    name,
    role: 'Class teacher',
    subjectOrPhase: 'Year 4',
    focusSkillIds,
  };
}

function observation(
  colleagueId: string,
  week: number,
  overrides: Partial<Observation> = {},
): Observation {
  return {
    id: `6f1c1b1e-0000-4000-8000-${String(week).padStart(6, '0')}${colleagueId.slice(-6)}`,
    createdAt: AT,
    updatedAt: AT,
    rev: 1,
    profileId: PROFILE_ID,
    colleagueId,
    direction: 'delegate-to-colleague',
    observer: { name: '' },
    observed: { name: 'Sam Patel', colleagueId },
    week,
    framework: { key: 'test-framework', version: 1 },
    status: 'complete',
    date: `2026-09-${String(7 + week).padStart(2, '0')}`,
    lessonClass: '4B',
    lessonSubject: 'Maths',
    ratings: [
      { skillId: 'q1', level: Math.min(4, 1 + Math.floor(week / 3)) },
      { skillId: 'f1', level: 2 },
    ],
    strengths: 'Clear modelling of the method.',
    nextSteps: ['Use mini whiteboards'],
    followUp: '',
    ...overrides,
  };
}

const SAM = '6f1c1b1e-0000-4000-8000-00000000a001';
const JO = '6f1c1b1e-0000-4000-8000-00000000a002';

function baseInput(overrides: Partial<PresentationInput> = {}): PresentationInput {
  return {
    profile: { displayName: 'Alex Morgan', school: 'Hillside Primary' },
    programme: { name: 'OTP Plus', startDate: '2026-09-07', lengthWeeks: 10, breaks: [] },
    framework: makeFramework(),
    events: [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 0, level: 2 }),
      makeRatingEvent({ skillId: 'f1', week: 0, level: 2 }),
      makeRatingEvent({ skillId: 'q1', week: 0, level: 4, kind: 'target' }),
      makeRatingEvent({ skillId: 'q1', week: 5, level: 2 }),
      makeRatingEvent({
        skillId: 'q1',
        week: 10,
        level: 3,
        note: 'Hinge questions every lesson; exit tickets show 80% secure.',
      }),
      makeRatingEvent({ skillId: 'f1', week: 10, level: 3 }),
    ],
    colleagues: [colleague(SAM, 'Sam Patel'), colleague(JO, 'Jo Reid')],
    observations: [
      observation(SAM, 2),
      observation(SAM, 8, { strengths: 'Sam used cold calling well; Patel family of methods.' }),
      observation(JO, 4),
    ],
    enquiries: [
      makeEnquiry({
        focusQuestion: 'Do hinge questions help me spot misconceptions?',
        technique: 'A hinge question at the midpoint of each lesson',
        evidence: 'Exit tickets',
        impactOnPractice: 'I plan the hinge question first. Then the rest.',
        nextSteps: 'Share hinge questions with the maths team',
        effective: true,
        impact: 4,
        status: 'done',
      }),
      makeEnquiry({
        focusQuestion: 'Does live marking help?',
        effective: true,
        impact: 2,
        reflection: 'Live marking saves time.',
      }),
      makeEnquiry({ focusQuestion: 'Not effective', effective: false }),
    ],
    ...overrides,
  };
}

function build(input: PresentationInput = baseInput(), changes = {}): Presentation {
  return buildPresentation(input, { ...defaultChoices(input), ...changes });
}

function slideText(slide: Slide): string {
  return JSON.stringify(slide);
}

function expectWithinLimits(presentation: Presentation): void {
  for (const slide of presentation.slides) {
    expect(slide.title.length).toBeLessThanOrEqual(MAX_SLIDE_TITLE);
    const { body } = slide;
    if (body.kind === 'bullets' || body.kind === 'chart-and-bullets') {
      expect(body.bullets.length).toBeGreaterThan(0);
      expect(body.bullets.length).toBeLessThanOrEqual(MAX_BULLETS_PER_SLIDE);
      for (const bullet of body.bullets) {
        expect(bullet.text.length).toBeLessThanOrEqual(MAX_BULLET_TEXT);
        expect(bullet.text).not.toBe('');
        expect((bullet.detail ?? '').length).toBeLessThanOrEqual(MAX_BULLET_DETAIL);
      }
    }
    if (body.kind === 'figures') {
      expect(body.figures.length).toBeLessThanOrEqual(MAX_FIGURES);
    }
    if (body.kind === 'chart' || body.kind === 'chart-and-bullets') {
      expect(body.chart.categories.length).toBeLessThanOrEqual(MAX_CHART_CATEGORIES);
      for (const series of body.chart.series) {
        expect(series.values).toHaveLength(body.chart.categories.length);
      }
    }
  }
}

describe('cutAtWord', () => {
  it('leaves short text alone and cuts long text at a word with an ellipsis', () => {
    expect(cutAtWord('Short  text\nhere', 40)).toBe('Short text here');
    const cut = cutAtWord('The quick brown fox jumps over the lazy dog', 20);
    expect(cut).toBe('The quick brown fox…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });
});

describe('buildPresentation', () => {
  it('puts the title, the numbers, progress, gains, colleagues, techniques, advice and next steps in order', () => {
    const deck = build();
    expect(deck.title).toBe('Alex Morgan — OTP Plus');
    expect(deck.datesLabel).toBe('7 Sept – 15 Nov 2026');
    expect(deck.slides.map((slide) => slide.id)).toEqual([
      'title-1',
      'journey-1',
      'own-progress-1',
      'own-progress-2',
      'gains-1',
      'colleagues-1',
      'colleagues-2',
      'techniques-1',
      'advice-1',
      'next-steps-1',
    ]);
    const title = deck.slides[0];
    expect(title?.body).toEqual({
      kind: 'title',
      subtitle: 'Alex Morgan',
      lines: ['Hillside Primary', '7 Sept – 15 Nov 2026'],
    });
    expectWithinLimits(deck);
  });

  it('shows baseline vs end vs target by area, and the weekly line over the rated weeks', () => {
    const [bar, line] = build().slides.filter((slide) => slide.section === 'own-progress');
    expect(bar?.body.kind).toBe('chart');
    if (bar?.body.kind !== 'chart') throw new Error('not a chart');
    expect(bar.body.chart.categories).toEqual(['Questioning', 'Feedback']);
    expect(bar.body.chart.series).toEqual([
      { name: 'Baseline', values: [1.5, 2] },
      { name: 'Week 10', values: [2.5, 3] },
      { name: 'Target', values: [4, null] },
    ]);
    if (line?.body.kind !== 'chart') throw new Error('not a chart');
    expect(line.body.chart.type).toBe('line');
    expect(line.body.chart.categories).toEqual(['Baseline', 'Week 5', 'Week 10']);
  });

  it('lists the biggest gains with the evidence note behind them', () => {
    const gains = build().slides.find((slide) => slide.section === 'gains');
    if (gains?.body.kind !== 'bullets') throw new Error('not bullets');
    expect(gains.body.bullets[0]?.text).toBe(
      'I use hinge questions to check understanding.: 1 (Emerging) → 3 (Secure)',
    );
    expect(gains.body.bullets[0]?.detail).toContain('Evidence (Week 10): Hinge questions');
  });

  it('leaves out areas that are not chosen', () => {
    const deck = build(baseInput(), { areaIds: ['feedback'] });
    const bar = deck.slides.find((slide) => slide.id === 'own-progress-1');
    if (bar?.body.kind !== 'chart') throw new Error('not a chart');
    expect(bar.body.chart.categories).toEqual(['Feedback']);
    expect(JSON.stringify(deck.slides.find((s) => s.section === 'gains'))).not.toContain('hinge');
  });

  it('says what to do when no area is chosen or nothing is rated', () => {
    const none = build(baseInput(), { areaIds: [] });
    const slide = none.slides.find((s) => s.section === 'own-progress');
    expect(slide?.body.kind).toBe('bullets');
    expect(slideText(slide as Slide)).toContain('No areas are chosen');

    const unrated = build(baseInput({ events: [] }));
    expect(unrated.slides.find((s) => s.section === 'own-progress')?.body.kind).toBe('bullets');
    expect(slideText(unrated.slides.find((s) => s.section === 'gains') as Slide)).toContain(
      'Audit screen',
    );
    expectWithinLimits(unrated);
  });

  it('gives each chosen colleague a slide with their focus skills over the observed weeks', () => {
    const deck = build(baseInput(), { anonymiseColleagues: false });
    const sam = deck.slides.find((slide) => slide.id === 'colleagues-1');
    expect(sam?.title).toBe('Sam Patel’s progress');
    if (sam?.body.kind !== 'chart-and-bullets') throw new Error('no chart');
    expect(sam.body.chart.categories).toEqual(['Week 2', 'Week 8']);
    expect(sam.body.chart.series[0]?.values).toEqual([1, 3]);
    expect(sam.body.bullets[0]?.text).toContain('Week 8 (Maths, 4B)');
    expect(sam.body.bullets[0]?.detail).toBe('Next: Use mini whiteboards');
  });

  it('anonymises colleagues as Colleague A, B… with no name left anywhere, notes included', () => {
    const deck = build();
    const text = JSON.stringify(deck);
    expect(text).not.toMatch(/Sam|Patel|Jo Reid|Reid/);
    expect(deck.slides.find((s) => s.id === 'colleagues-1')?.title).toBe('Colleague A’s progress');
    expect(deck.slides.find((s) => s.id === 'colleagues-2')?.title).toBe('Colleague B’s progress');
    expect(text).toContain('Colleague A used cold calling well');
  });

  it('says how to add colleagues when there are none, and leaves them out when none is chosen', () => {
    const noColleagues = build(baseInput({ colleagues: [], observations: [] }));
    const slides = noColleagues.slides.filter((s) => s.section === 'colleagues');
    expect(slides).toHaveLength(1);
    expect(slideText(slides[0] as Slide)).toContain('No Learning 3 colleagues yet');

    const unchosen = build(baseInput(), { colleagueIds: [] });
    expect(unchosen.slides.filter((s) => s.section === 'colleagues')).toHaveLength(0);
    expect(unchosen.slides[1]?.notes.join(' ')).toContain('Colleagues’ progress is left out');
  });

  it('says when a colleague has not been observed yet', () => {
    const deck = build(baseInput({ observations: [] }));
    const slide = deck.slides.find((s) => s.id === 'colleagues-1');
    expect(slide?.body.kind).toBe('bullets');
    expect(slideText(slide as Slide)).toContain('No observations of Colleague A yet');
  });

  it('ranks the chosen effective techniques by impact, with what was tried and the evidence', () => {
    const slide = build().slides.find((s) => s.section === 'techniques');
    if (slide?.body.kind !== 'bullets') throw new Error('not bullets');
    expect(slide.body.bullets.map((b) => b.text)).toEqual([
      'Do hinge questions help me spot misconceptions? — impact: Strong',
      'Does live marking help? — impact: Some',
    ]);
    expect(slide.body.bullets[0]?.detail).toBe(
      'Tried: A hinge question at the midpoint of each lesson Evidence: Exit tickets',
    );
    const advice = build().slides.find((s) => s.section === 'advice');
    if (advice?.body.kind !== 'bullets') throw new Error('not bullets');
    expect(advice.body.bullets.map((b) => b.text)).toEqual([
      'I plan the hinge question first.',
      'Live marking saves time.',
    ]);
    const next = build().slides.find((s) => s.section === 'next-steps');
    expect(slideText(next as Slide)).toContain('Share hinge questions with the maths team');
    expect(slideText(next as Slide)).toContain('Keep working on: I use hinge questions');
  });

  it('continues techniques on a second slide when there are more than fit', () => {
    const enquiries = Array.from({ length: 7 }, (_, index) =>
      makeEnquiry({ focusQuestion: `Technique ${index + 1}`, effective: true, impact: 3 }),
    );
    const deck = build(baseInput({ enquiries }));
    const slides = deck.slides.filter((s) => s.section === 'techniques');
    expect(slides.map((s) => s.title)).toEqual([
      'Effective techniques, ranked by impact',
      'Effective techniques, ranked by impact (continued)',
    ]);
    expectWithinLimits(deck);
  });

  it('fills the next steps slide with target gaps only where written next steps leave room', () => {
    const enquiries = Array.from({ length: 5 }, (_, index) =>
      makeEnquiry({
        focusQuestion: `Technique ${index + 1}`,
        nextSteps: `Next step ${index + 1}`,
        effective: true,
        impact: 3,
      }),
    );
    const slides = build(baseInput({ enquiries })).slides.filter((s) => s.section === 'next-steps');
    expect(slides).toHaveLength(1);
    const [slide] = slides;
    if (slide?.body.kind !== 'bullets') throw new Error('not bullets');
    // In the techniques' ranking order (equal impact here), so compared as a set.
    expect(slide.body.bullets.map((b) => b.text).sort()).toEqual([
      'Next step 1',
      'Next step 2',
      'Next step 3',
      'Next step 4',
      'Next step 5',
    ]);
    expect(slide.notes.join(' ')).toContain('Also: Keep working on: I use hinge questions');
  });

  it('says what to do when there are no enquiries', () => {
    const deck = build(baseInput({ enquiries: [] }));
    const slide = deck.slides.find((s) => s.section === 'techniques');
    expect(slideText(slide as Slide)).toContain('No enquiries in the journal yet');
    expect(deck.slides.some((s) => s.section === 'advice')).toBe(false);
    expectWithinLimits(deck);
  });

  it('cuts very long text at a word and keeps the whole of it in the notes', () => {
    const long = `${'This is a very long evidence note about questioning. '.repeat(20)}The end.`;
    const input = baseInput({
      events: [
        makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
        makeRatingEvent({ skillId: 'q1', week: 3, level: 4, note: long }),
      ],
    });
    const gains = build(input).slides.find((s) => s.section === 'gains');
    if (gains?.body.kind !== 'bullets') throw new Error('not bullets');
    const detail = gains.body.bullets[0]?.detail ?? '';
    expect(detail.endsWith('…')).toBe(true);
    expect(detail.length).toBeLessThanOrEqual(MAX_BULLET_DETAIL);
    expect(gains.notes.join(' ')).toContain('The end.');
  });

  it('keeps every slide within the limits whatever is written (property)', () => {
    const text = fc.string({ maxLength: 600 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ q: text, t: text, e: text, p: text, n: text }), { maxLength: 8 }),
        fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 80 }), s: text }), {
          maxLength: 3,
        }),
        text,
        fc.boolean(),
        (written, people, note, anonymise) => {
          const colleagues = people.map((person, index) =>
            colleague(`6f1c1b1e-0000-4000-8000-00000000b00${index}`, person.name),
          );
          const input = baseInput({
            profile: { displayName: note.slice(0, 80), school: note.slice(0, 120) },
            colleagues,
            observations: colleagues.map((c, index) =>
              observation(c.id, index + 1, { strengths: people[index]?.s ?? '' }),
            ),
            events: [
              makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
              makeRatingEvent({ skillId: 'q1', week: 4, level: 3, note }),
            ],
            enquiries: written.map((w) =>
              makeEnquiry({
                focusQuestion: w.q,
                technique: w.t || 'x',
                evidence: w.e,
                impactOnPractice: w.p,
                nextSteps: w.n,
                effective: true,
                impact: 3,
              }),
            ),
          });
          const deck = build(input, { anonymiseColleagues: anonymise });
          expectWithinLimits(deck);
          expect(deck.slides.length).toBeGreaterThanOrEqual(6);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the 360° review slides', () => {
  // smallFramework: "Listens" and "Decides", two statements each, on a 1–5 scale.
  const start = makeRound({
    title: 'Start',
    selfRatings: {
      'listens.asks': 4,
      'listens.acts': 4,
      'decides.clear': 2,
      'decides.explains': 2,
    },
  });
  const end = makeRound({
    kind: 'end',
    comparedWithRoundId: start.id,
    title: 'End',
    selfRatings: {
      'listens.asks': 4,
      'listens.acts': 4,
      'decides.clear': 2,
      'decides.explains': 2,
    },
  });
  const peers = (round: typeof start, listens: number, decides: number) =>
    Array.from({ length: 3 }, () =>
      makeAnswer(round, 'peers', {
        'listens.asks': listens,
        'listens.acts': listens,
        'decides.clear': decides,
        'decides.explains': decides,
      }),
    );
  // Two others, withheld: their ratings (all fives) must appear nowhere.
  const others = (round: typeof start) =>
    Array.from({ length: 2 }, () =>
      makeAnswer(round, 'others', rateAll(5), { doWell: 'A withheld comment' }),
    );
  const review = {
    start: {
      round: start,
      report: buildReviewReport(start, [...peers(start, 2, 3), ...others(start)]),
    },
    end: { round: end, report: buildReviewReport(end, [...peers(end, 3, 4), ...others(end)]) },
  };

  it('are offered only with a start and end report, and are in by default then', () => {
    expect(defaultChoices(baseInput()).includeReview).toBe(false);
    expect(build().slides.some((slide) => slide.section === 'review-360')).toBe(false);
    expect(defaultChoices(baseInput({ review })).includeReview).toBe(true);
    const ids = build(baseInput({ review })).slides.map((slide) => slide.id);
    expect(ids.slice(ids.indexOf('gains-1'), ids.indexOf('gains-1') + 4)).toEqual([
      'gains-1',
      'review-360-1',
      'review-360-2',
      'review-360-3',
    ]);
    expect(
      build(baseInput({ review }), { includeReview: false }).slides.map((slide) => slide.id),
    ).toEqual(build().slides.map((slide) => slide.id));
  });

  it('show start vs end per behaviour, and self vs all raters at the end, from the reports only', () => {
    const deck = build(baseInput({ review }));
    const [compare, self, standOut] = deck.slides.filter((slide) => slide.section === 'review-360');
    expect(compare?.title).toBe('360° review: start and end');
    expect(compare?.body).toMatchObject({
      kind: 'chart',
      chart: {
        type: 'bar',
        categories: ['Listens', 'Decides'],
        series: [
          { name: 'Start', values: [2, 3] },
          { name: 'End', values: [3, 4] },
        ],
        axis: { min: 1, max: 5 },
      },
      caption:
        'All raters’ average went from 2.5 to 3.5 of 5. Groups shown in both rounds: Peers. Others: withheld, as too few answered.',
    });
    expect(self?.body).toMatchObject({
      kind: 'chart',
      chart: {
        series: [
          { name: 'Me', values: [4, 2] },
          { name: 'All raters', values: [3, 4] },
        ],
      },
    });
    expect(standOut?.title).toBe('360° review: what stands out');
    expect(standOut?.body).toMatchObject({
      kind: 'bullets',
      bullets: [
        { text: 'Biggest rise: Listens', detail: 'All raters 2 → 3' },
        {
          text: 'Others rate me higher than I do: Makes clear decisions',
          detail: 'Decides: self 2, all raters 4',
        },
        {
          text: 'Others rate me higher than I do: Explains why',
          detail: 'Decides: self 2, all raters 4',
        },
      ],
    });
    const text = JSON.stringify(deck);
    expect(text).not.toContain('withheld comment');
    for (const slide of [compare, self]) {
      const body = slide?.body;
      if (body?.kind !== 'chart' && body?.kind !== 'chart-and-bullets') throw new Error('a chart');
      for (const series of body.chart.series) expect(series.values).not.toContain(5);
      expect(body.chart.categories).toEqual(['Listens', 'Decides']);
    }
    expectWithinLimits(deck);
  });
});

describe('the improvement project slide', () => {
  const project = {
    title: 'Spaced retrieval practice in Year 9 maths',
    problem: 'Year 9 pupils forget earlier units.',
    aimPupils: 'Raise Year 9 attainment on cumulative assessments.',
    aimTeam: 'Every maths teacher plans spaced retrieval confidently.',
    successCriteria: [
      {
        id: crypto.randomUUID(),
        description: 'Year 9 mean score on the cumulative assessment',
        unit: '%',
        baseline: 46,
        target: 65,
        latest: 55,
      },
    ],
    milestones: [
      {
        id: crypto.randomUUID(),
        title: 'Baseline',
        dueDate: '2026-10-02',
        status: 'done' as const,
      },
      {
        id: crypto.randomUUID(),
        title: 'Final',
        dueDate: '2027-05-14',
        status: 'planned' as const,
      },
    ],
  };
  const withProject = () =>
    baseInput({ project: { project, writeUpWords: 740, writeUpLimit: 4500 } });

  it('is offered only with a project, and is in by default then', () => {
    expect(defaultChoices(baseInput()).includeProject).toBe(false);
    expect(defaultChoices(withProject()).includeProject).toBe(true);
    expect(build(withProject(), { includeProject: false }).slides.map((slide) => slide.id)).toEqual(
      build().slides.map((slide) => slide.id),
    );
  });

  it('shows the aims, the criteria with figures and where the project and write-up stand', () => {
    const deck = build(withProject());
    const slide = deck.slides.find((candidate) => candidate.section === 'project');
    expect(slide?.title).toBe('Improvement project: Spaced retrieval practice in Year 9 maths');
    const text = slideText(slide!);
    expect(text).toContain('from 46% to 65%, now 55%');
    expect(text).toContain('1 of 2 milestones done');
    expect(text).toContain('Write-up: 740 of 4,500 words');
    expect(slide?.notes).toContain('The problem: Year 9 pupils forget earlier units.');
    expectWithinLimits(deck);
  });
});

describe('the coaching slide', () => {
  const coaching = {
    sessions: 5,
    withCoach: 3,
    actionsDone: 6,
    actionsOpen: 3,
    actionsOverdue: 1,
    verified: 2,
    verifiedBy: 'Dr Ruth Adeyemi',
  };

  it('is offered when coaching is logged, in by default, after the 360° slides', () => {
    expect(defaultChoices(baseInput()).includeCoaching).toBe(false);
    expect(build().slides.some((slide) => slide.section === 'coaching')).toBe(false);
    const deck = build(baseInput({ coaching }));
    const slide = deck.slides.find((candidate) => candidate.section === 'coaching');
    expect(slide?.body).toEqual({
      kind: 'figures',
      figures: [
        { value: '5', label: 'sessions' },
        { value: '6 of 9', label: 'agreed actions done' },
        { value: '3', label: 'actions still open' },
        { value: '2', label: 'verified by Dr Ruth Adeyemi' },
      ],
    });
    expect(slide?.notes).toEqual([
      '5 coaching sessions; 6 of 9 agreed actions done, 1 overdue; 2 records verified by Dr Ruth Adeyemi.',
    ]);
    expect(
      build(baseInput({ coaching }), { includeCoaching: false }).slides.map((entry) => entry.id),
    ).toEqual(build().slides.map((entry) => entry.id));
  });
});
