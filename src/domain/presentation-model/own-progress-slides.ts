import type { Enquiry } from '@/domain/enquiry';
import { chartedAreas, scaleRange, type FrameworkDefinition } from '@/domain/framework';
import {
  MAX_BULLETS_PER_SLIDE,
  MAX_CHART_CATEGORIES,
  MAX_FIGURES,
  type ChartSpec,
  type Figure,
  type PresentationChoices,
} from '@/domain/presentation';
import { weekLabel } from '@/domain/programme-weeks';
import {
  areaAveragesByWeek,
  biggestGains,
  skillProgress,
  type SkillProgress,
} from '@/domain/progress';
import { progressHeadline } from '@/domain/progress-summary';
import { auditAtWeek, ratedWeeks } from '@/domain/rating';
import {
  type PresentationInput,
  ratedSkillIds,
} from '@/domain/presentation-model/presentation-input';
import {
  fittedBullet,
  formatLevel,
  levelName,
  type SlideDraft,
  bulletSlides,
} from '@/domain/presentation-model/slide-text';
import { cutAtWord } from '@/domain/text';

/** The delegate's own progress: the journey in figures, the area charts and the biggest gains. */

/**
 * Each skill's journey from `fromWeek` (or its first rating, if later) to `toWeek`, in the chosen
 * areas only.
 */
export function progressBetween(
  input: PresentationInput,
  choices: PresentationChoices,
  areaIds: ReadonlySet<string>,
): SkillProgress[] {
  const atFrom = auditAtWeek(input.events, choices.fromWeek);
  return skillProgress(input.framework, input.events, choices.toWeek)
    .filter((entry) => areaIds.has(entry.area.id))
    .map((entry) => {
      const baseline = atFrom.get(entry.skill.id)?.level ?? entry.baseline;
      return { ...entry, baseline, gain: entry.latest - baseline };
    });
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
}

export function axisOf(framework: FrameworkDefinition): ChartSpec['axis'] {
  const { min, max } = scaleRange(framework.scale);
  return { min, max, labels: framework.scale.levels.map((level) => level.label) };
}

/** Weeks for a line chart: those in range with a rating, the last ones kept when there are many. */
export function chartWeeks(weeks: readonly number[]): { shown: number[]; left: number[] } {
  if (weeks.length <= MAX_CHART_CATEGORIES) return { shown: [...weeks], left: [] };
  const left = weeks.slice(0, weeks.length - MAX_CHART_CATEGORIES + 1).slice(1);
  const shown = [weeks[0] ?? 0, ...weeks.slice(weeks.length - MAX_CHART_CATEGORIES + 1)];
  return { shown, left };
}

export function ownProgressSlides(
  input: PresentationInput,
  choices: PresentationChoices,
  progress: readonly SkillProgress[],
): SlideDraft[] {
  const { framework } = input;
  const fromLabel = weekLabel(choices.fromWeek);
  const toLabel = weekLabel(choices.toWeek);
  const areas = chartedAreas(framework, ratedSkillIds(input.events)).filter((area) =>
    choices.areaIds.includes(area.id),
  );
  const rows = areas.flatMap((area) => {
    const entries = progress.filter((entry) => entry.area.id === area.id);
    if (entries.length === 0) return [];
    return [
      {
        area,
        start: mean(entries.map((entry) => entry.baseline)),
        end: mean(entries.map((entry) => entry.latest)),
        target: mean(entries.flatMap((entry) => (entry.target === null ? [] : [entry.target]))),
      },
    ];
  });
  if (rows.length === 0) {
    const why =
      choices.areaIds.length === 0
        ? 'No areas are chosen for this presentation'
        : `Nothing rated yet in the chosen areas by ${toLabel}`;
    return [
      {
        section: 'own-progress',
        title: 'My progress by area',
        body: {
          kind: 'bullets',
          bullets: [
            {
              text: why,
              detail:
                'Rate your skills on the Audit screen each week, or choose more areas: your progress by area will appear here.',
            },
          ],
        },
        notes: [],
      },
    ];
  }
  const shownRows = rows.slice(0, MAX_CHART_CATEGORIES);
  const notes = rows.map(
    (row) =>
      `${row.area.name}: ${row.start === null ? '–' : formatLevel(row.start)} in ${fromLabel}, ${row.end === null ? '–' : formatLevel(row.end)} in ${toLabel}${row.target === null ? '' : `, target ${formatLevel(row.target)}`}.`,
  );
  if (rows.length > shownRows.length) {
    notes.push(`The chart shows the first ${shownRows.length} areas; the rest are listed above.`);
  }
  const slides: SlideDraft[] = [
    {
      section: 'own-progress',
      title: 'My progress by area',
      body: {
        kind: 'chart',
        chart: {
          type: 'bar',
          title: `Average level by area: ${fromLabel}, ${toLabel} and target`,
          categories: shownRows.map((row) => cutAtWord(row.area.name, 40)),
          series: [
            { name: fromLabel, values: shownRows.map((row) => row.start) },
            { name: toLabel, values: shownRows.map((row) => row.end) },
            { name: 'Target', values: shownRows.map((row) => row.target) },
          ],
          axis: axisOf(framework),
        },
        caption: `Average level of the rated skills in each area, on ${framework.name}'s scale.`,
      },
      notes,
    },
  ];

  const weeksInRange = ratedWeeks(input.events).filter(
    (week) => week >= choices.fromWeek && week <= choices.toWeek,
  );
  if (weeksInRange.length >= 2) {
    const { shown, left } = chartWeeks(weeksInRange);
    const byWeek = areaAveragesByWeek(framework, input.events, shown);
    const lineNotes = [
      `Each line is an area's average level in the weeks I rated, from ${fromLabel} to ${toLabel}.`,
    ];
    if (left.length > 0) {
      lineNotes.push(`Weeks left out of the chart: ${left.map(weekLabel).join(', ')}.`);
    }
    slides.push({
      section: 'own-progress',
      title: 'My progress week by week',
      body: {
        kind: 'chart',
        chart: {
          type: 'line',
          title: `Average level by area, ${fromLabel} to ${toLabel}`,
          categories: shown.map(weekLabel),
          series: shownRows.map((row) => ({
            name: cutAtWord(row.area.name, 40),
            values: byWeek.map((week) => week.averages[row.area.id] ?? null),
          })),
          axis: axisOf(framework),
        },
      },
      notes: lineNotes,
    });
  }
  return slides;
}

export function gainsSlides(
  input: PresentationInput,
  choices: PresentationChoices,
  progress: readonly SkillProgress[],
): SlideDraft[] {
  const gains = biggestGains(progress, MAX_BULLETS_PER_SLIDE);
  const notes: string[] = [];
  if (gains.length === 0) {
    return bulletSlides(
      'gains',
      'Biggest gains',
      [
        {
          text: `No skill in the chosen areas has risen yet between ${weekLabel(choices.fromWeek)} and ${weekLabel(choices.toWeek)}`,
          detail:
            'Keep rating on the Audit screen, with a note of the evidence: the skills that rise most will appear here.',
        },
      ],
      notes,
    );
  }
  const bullets = gains.map((entry) => {
    const text = `${entry.skill.statement}: ${levelName(input.framework, entry.baseline)} → ${levelName(input.framework, entry.latest)}`;
    const evidence = entry.latestNote.trim();
    const detail =
      evidence === '' ? entry.area.name : `Evidence (${weekLabel(entry.latestWeek)}): ${evidence}`;
    return fittedBullet(text, detail, notes);
  });
  notes.unshift(
    `The skills that rose most between ${weekLabel(choices.fromWeek)} and ${weekLabel(choices.toWeek)}, with the note I wrote when I last rated each.`,
  );
  return bulletSlides('gains', 'Biggest gains', bullets, notes);
}

export function journeySlide(
  input: PresentationInput,
  choices: PresentationChoices,
  progress: readonly SkillProgress[],
  chosenEnquiries: readonly Enquiry[],
  omitted: readonly string[],
): SlideDraft {
  const headline = progressHeadline(progress);
  const weeks = ratedWeeks(input.events).filter(
    (week) => week >= choices.fromWeek && week <= choices.toWeek,
  );
  const observationCount = input.observations.filter(
    (o) =>
      o.deletedAt === undefined &&
      o.direction !== 'colleague-to-delegate' &&
      o.week >= choices.fromWeek &&
      o.week <= choices.toWeek,
  ).length;
  const figures: Figure[] = [
    { value: String(headline.skillsRated), label: 'skills rated' },
    {
      value:
        headline.averageBaseline === null || headline.averageLatest === null
          ? '–'
          : `${headline.averageBaseline.toFixed(1)} → ${headline.averageLatest.toFixed(1)}`,
      label: `average level, ${weekLabel(choices.fromWeek)} → ${weekLabel(choices.toWeek)}`,
    },
    { value: String(headline.skillsRose), label: 'skills rose' },
    { value: String(weeks.length), label: weeks.length === 1 ? 'week rated' : 'weeks rated' },
    {
      value: String(observationCount),
      label: observationCount === 1 ? 'colleague lesson observed' : 'colleague lessons observed',
    },
    {
      value: String(chosenEnquiries.length),
      label: chosenEnquiries.length === 1 ? 'effective technique' : 'effective techniques',
    },
  ];
  const notes = [
    `From ${weekLabel(choices.fromWeek)} to ${weekLabel(choices.toWeek)}: ${headline.skillsRated} skills rated, ${headline.skillsRose} rose and ${headline.skillsFell} fell.`,
    ...omitted,
  ];
  return {
    section: 'journey',
    title: 'My journey in numbers',
    body: { kind: 'figures', figures: figures.slice(0, MAX_FIGURES) },
    notes,
  };
}
