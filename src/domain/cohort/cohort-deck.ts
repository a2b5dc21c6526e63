import { formatShortDate } from '@/domain/calendar-date';
import {
  MAX_BULLET_DETAIL,
  MAX_BULLET_TEXT,
  MAX_BULLETS_PER_SLIDE,
  MAX_CHART_CATEGORIES,
  MAX_SLIDE_TITLE,
  type Bullet,
  type Presentation,
  type Slide,
} from '@/domain/presentation';
import { cutAtWord } from '@/domain/text';
import {
  formatLevel,
  SMALL_COHORT,
  type CohortAggregate,
  type Spread,
} from '@/domain/cohort/aggregate';
import type { Cohort } from '@/domain/cohort/cohort';

/**
 * A short deck about the cohort for the final session or the provider's report, as the same
 * presentation model the delegate's deck is drawn from (so the one deck maker draws both). Only
 * cohort figures: no delegate is named or ranked, and a figure drawn from fewer than three
 * delegates says so.
 */
export function buildCohortDeck(
  cohort: Pick<Cohort, 'programmeName' | 'startDate' | 'endDate' | 'framework' | 'names'>,
  aggregate: CohortAggregate,
  facilitatorName: string,
): Presentation {
  const dates = `${formatShortDate(cohort.startDate)} ${cohort.startDate.slice(0, 4)} – ${formatShortDate(cohort.endDate)} ${cohort.endDate.slice(0, 4)}`;
  const shared = aggregate.members.length;
  const listed = cohort.names.length;
  const slides: Slide[] = [];
  const add = (slide: Omit<Slide, 'id'>) => {
    slides.push({ ...slide, id: `cohort-${(slides.length + 1).toString()}` });
  };

  add({
    section: 'title',
    title: cutAtWord(cohort.programmeName, MAX_SLIDE_TITLE),
    body: {
      kind: 'title',
      subtitle: `The cohort’s progress · ${dates}`,
      lines: [
        listed > 0
          ? `${shared.toString()} of ${listed.toString()} delegates shared their progress`
          : `${shared.toString()} delegates shared their progress`,
        `Rated against ${cohort.framework.name}`,
      ],
    },
    notes: [
      'Every figure comes from the progress snapshots delegates chose to share. Nobody is ranked.',
    ],
  });

  const areas = aggregate.areas.filter((area) => area.baseline && area.now);
  const allBaseline = meanOf(areas.map((area) => area.baseline?.mean ?? 0));
  const allNow = meanOf(areas.map((area) => area.now?.mean ?? 0));
  add({
    section: 'cohort',
    title: 'The cohort in numbers',
    body: {
      kind: 'figures',
      figures: [
        {
          value: shared.toString(),
          label: shared === 1 ? 'delegate shared a snapshot' : 'delegates shared a snapshot',
        },
        ...(allBaseline !== null && allNow !== null
          ? [
              {
                value: `${formatLevel(allBaseline)} → ${formatLevel(allNow)}`,
                label: 'average level, baseline → now',
              },
            ]
          : []),
        {
          value: aggregate.learningThree.observations.toString(),
          label: 'Learning 3 observations',
        },
        { value: aggregate.techniques.length.toString(), label: 'effective techniques shared' },
      ],
    },
    notes: smallNote(shared),
  });

  if (areas.length > 0) {
    const charted = areas.slice(0, MAX_CHART_CATEGORIES);
    const scale = cohort.framework.scale;
    add({
      section: 'cohort',
      title: 'Area averages: baseline and now',
      body: {
        kind: 'chart',
        chart: {
          type: 'bar',
          title: 'Cohort area averages at baseline and now',
          categories: charted.map((area) => area.name),
          series: [
            { name: 'Baseline', values: charted.map((area) => area.baseline?.mean ?? null) },
            { name: 'Now', values: charted.map((area) => area.now?.mean ?? null) },
          ],
          axis: {
            min: scale[0]?.value ?? 0,
            max: scale.at(-1)?.value ?? 4,
            labels: scale.map((level) => level.label),
          },
        },
        caption: 'Each delegate’s own area mean, averaged across the cohort. Spread in the notes.',
      },
      notes: areas.map(
        (area) =>
          `${area.name}: baseline ${spreadText(area.baseline)}; now ${spreadText(area.now)}.`,
      ),
    });
  }

  const moveBullets = (moves: CohortAggregate['mostMoved']): Bullet[] =>
    moves.slice(0, MAX_BULLETS_PER_SLIDE).map((move) => ({
      text: cutAtWord(move.statement, MAX_BULLET_TEXT),
      detail: cutAtWord(
        `${move.areaName} · ${signed(move.change.mean)} on average (from ${move.change.n.toString()} ${move.change.n === 1 ? 'delegate' : 'delegates'}${move.change.isSmall ? ', too few to generalise' : ''})`,
        MAX_BULLET_DETAIL,
      ),
    }));
  if (aggregate.mostMoved.length > 0) {
    add({
      section: 'cohort',
      title: 'Skills that moved most',
      body: { kind: 'bullets', bullets: moveBullets(aggregate.mostMoved) },
      notes: aggregate.mostMoved.map((move) => move.statement),
    });
  }
  if (aggregate.leastMoved.length > 0) {
    add({
      section: 'cohort',
      title: 'Skills that moved least',
      body: { kind: 'bullets', bullets: moveBullets(aggregate.leastMoved) },
      notes: aggregate.leastMoved.map((move) => move.statement),
    });
  }
  if (aggregate.techniques.length > 0) {
    add({
      section: 'cohort',
      title: 'Techniques the cohort found effective',
      body: {
        kind: 'bullets',
        bullets: aggregate.techniques.slice(0, MAX_BULLETS_PER_SLIDE).map((entry) => ({
          text: cutAtWord(entry.technique, MAX_BULLET_TEXT),
          detail: `Marked effective by ${entry.delegates.toString()} ${entry.delegates === 1 ? 'delegate' : 'delegates'}`,
        })),
      },
      notes: aggregate.techniques.map((entry) => `${entry.technique} — ${entry.titles.join('; ')}`),
    });
  }
  if (aggregate.learningThree.delegates > 0) {
    const { delegates, colleagues, observations } = aggregate.learningThree;
    add({
      section: 'cohort',
      title: 'Learning 3 reach',
      body: {
        kind: 'figures',
        figures: [
          {
            value: delegates.toString(),
            label: delegates === 1 ? 'delegate shared their trio' : 'delegates shared their trio',
          },
          { value: colleagues.toString(), label: 'colleagues involved' },
          { value: observations.toString(), label: 'lessons observed' },
        ],
      },
      notes: smallNote(delegates),
    });
  }

  return {
    title: `${cohort.programmeName} — cohort`,
    delegateName: facilitatorName,
    school: '',
    programmeName: cohort.programmeName,
    datesLabel: dates,
    slides,
  };
}

function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;
}

/** "2.4 (spread ±0.6, 1.8–3.2; 5 delegates)". */
export function spreadText(spread: Spread | null): string {
  if (!spread) return 'no ratings';
  const who = `${spread.n.toString()} ${spread.n === 1 ? 'delegate' : 'delegates'}`;
  return `${formatLevel(spread.mean)} (spread ±${formatLevel(spread.sd)}, ${formatLevel(spread.min)}–${formatLevel(spread.max)}; ${who}${spread.isSmall ? ', too few to generalise' : ''})`;
}

function smallNote(n: number): string[] {
  return n < SMALL_COHORT
    ? [`Drawn from fewer than ${SMALL_COHORT.toString()} delegates: too few to generalise.`]
    : [];
}
