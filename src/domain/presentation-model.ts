import { formatShortDate, type CalendarDate } from '@/domain/calendar-date';
import { colleagueProgress, observationsOfColleague } from '@/domain/colleague-progress';
import {
  enquiryTitle,
  impactLabel,
  isLive,
  rankEffectiveTechniques,
  type Enquiry,
} from '@/domain/enquiry';
import {
  chartedAreas,
  findSkill,
  levelOf,
  scaleRange,
  type FrameworkDefinition,
} from '@/domain/framework';
import { agreedNextSteps, type Colleague, type Observation } from '@/domain/observation';
import {
  MAX_BULLET_DETAIL,
  MAX_BULLET_TEXT,
  MAX_BULLETS_PER_SLIDE,
  MAX_CHART_CATEGORIES,
  MAX_FIGURES,
  MAX_SLIDE_TITLE,
  type Bullet,
  type ChartSpec,
  type Figure,
  type Presentation,
  type PresentationChoices,
  type Slide,
  type SlideSection,
} from '@/domain/presentation';
import {
  areaAveragesByWeek,
  biggestGains,
  skillProgress,
  type SkillProgress,
} from '@/domain/progress';
import { progressHeadline } from '@/domain/progress-summary';
import { programmeEndDate, weekLabel } from '@/domain/programme-weeks';
import { auditAtWeek, latestRatedWeek, ratedWeeks, type RatingEvent } from '@/domain/rating';

/**
 * Builds the end-of-programme presentation (presentation.ts) from the delegate's own data and what
 * they chose on the presentation screen. Pure: the same input always gives the same slides, so the
 * preview, the handout and the PowerPoint deck agree.
 *
 * Every slide keeps the text limits: long text is cut at a word with "…" and the whole of it goes to
 * the slide's notes; more than MAX_BULLETS_PER_SLIDE bullets continue on another slide. A section
 * with nothing to show yet says so and what to do, rather than being an empty slide.
 */

export interface PresentationInput {
  profile: { displayName: string; school: string };
  programme: { name: string; startDate: CalendarDate; lengthWeeks: number };
  framework: FrameworkDefinition;
  events: readonly RatingEvent[];
  colleagues: readonly Pick<
    Colleague,
    'id' | 'name' | 'role' | 'subjectOrPhase' | 'focusSkillIds' | 'deletedAt'
  >[];
  observations: readonly Observation[];
  enquiries: readonly Enquiry[];
}

// ─── Text that fits ─────────────────────────────────────────────────────────────────────────────

const ELLIPSIS = '…';

/** One line: runs of white space (new lines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` on one line, cut at a word (with "…") when longer than `max` characters. */
export function cutAtWord(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const room = line.slice(0, max - ELLIPSIS.length);
  // When the cut falls just before a space, the last word is whole and stays.
  const lastSpace = line[room.length] === ' ' ? room.length : room.lastIndexOf(' ');
  // A very long word is cut where it stands rather than leaving almost nothing.
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
}

function isCut(text: string, max: number): boolean {
  return oneLine(text).length > max;
}

/** A bullet within the limits; what was cut is added to `notes` in full. */
function fittedBullet(text: string, detail: string | undefined, notes: string[]): Bullet {
  const bullet: Bullet = { text: cutAtWord(text, MAX_BULLET_TEXT) };
  if (isCut(text, MAX_BULLET_TEXT)) notes.push(oneLine(text));
  if (detail !== undefined && oneLine(detail) !== '') {
    bullet.detail = cutAtWord(detail, MAX_BULLET_DETAIL);
    if (isCut(detail, MAX_BULLET_DETAIL)) notes.push(oneLine(detail));
  }
  return bullet;
}

/** The first sentence of a text (or all of it when it has no full stop). */
function firstSentence(text: string): string {
  const line = oneLine(text);
  const match = /^(.+?[.!?])(\s|$)/u.exec(line);
  return match?.[1] ?? line;
}

function formatLevel(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function levelName(framework: FrameworkDefinition, value: number): string {
  const label = levelOf(framework.scale, value)?.label;
  return label ? `${value} (${label})` : String(value);
}

function letter(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < letters.length ? (letters[index] ?? '') : String(index + 1);
}

// ─── Choices ────────────────────────────────────────────────────────────────────────────────────

function liveColleagues(input: PresentationInput) {
  return input.colleagues.filter((colleague) => colleague.deletedAt === undefined);
}

function ratedSkillIds(events: readonly RatingEvent[]): Set<string> {
  return new Set(
    events.filter((e) => e.kind === 'self' && e.deletedAt === undefined).map((e) => e.skillId),
  );
}

/**
 * What the screen starts with: every area, colleague and effective enquiry, colleagues anonymised
 * (the deck is shown to a room: names go in only when the delegate says so), and the baseline
 * compared with the last week rated.
 */
export function defaultChoices(input: PresentationInput): PresentationChoices {
  const weeks = ratedWeeks(input.events);
  return {
    areaIds: chartedAreas(input.framework, ratedSkillIds(input.events)).map((area) => area.id),
    colleagueIds: liveColleagues(input).map((colleague) => colleague.id),
    anonymiseColleagues: true,
    enquiryIds: rankEffectiveTechniques(input.enquiries).map((enquiry) => enquiry.id),
    fromWeek: weeks[0] ?? 0,
    toWeek: Math.max(weeks.at(-1) ?? 0, latestRatedWeek(input.events) ?? 0),
  };
}

// ─── Building ───────────────────────────────────────────────────────────────────────────────────

interface SlideDraft {
  section: SlideSection;
  title: string;
  body: Slide['body'];
  notes: string[];
}

/** Bullets over as many slides as they need, "(continued)" on the later ones. */
function bulletSlides(
  section: SlideSection,
  title: string,
  bullets: readonly Bullet[],
  notes: string[],
): SlideDraft[] {
  const slides: SlideDraft[] = [];
  for (let start = 0; start < bullets.length; start += MAX_BULLETS_PER_SLIDE) {
    slides.push({
      section,
      title: start === 0 ? title : `${title} (continued)`,
      body: { kind: 'bullets', bullets: bullets.slice(start, start + MAX_BULLETS_PER_SLIDE) },
      notes: start === 0 ? notes : [],
    });
  }
  return slides;
}

function datesLabel(programme: PresentationInput['programme']): string {
  const start = programme.startDate;
  const end = programmeEndDate(programme);
  const startYear = start.slice(0, 4);
  const endYear = end.slice(0, 4);
  return startYear === endYear
    ? `${formatShortDate(start)} – ${formatShortDate(end)} ${endYear}`
    : `${formatShortDate(start)} ${startYear} – ${formatShortDate(end)} ${endYear}`;
}

/**
 * Each skill's journey from `fromWeek` (or its first rating, if later) to `toWeek`, in the chosen
 * areas only.
 */
function progressBetween(
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

function axisOf(framework: FrameworkDefinition): ChartSpec['axis'] {
  const { min, max } = scaleRange(framework.scale);
  return { min, max, labels: framework.scale.levels.map((level) => level.label) };
}

/** Weeks for a line chart: those in range with a rating, the last ones kept when there are many. */
function chartWeeks(weeks: readonly number[]): { shown: number[]; left: number[] } {
  if (weeks.length <= MAX_CHART_CATEGORIES) return { shown: [...weeks], left: [] };
  const left = weeks.slice(0, weeks.length - MAX_CHART_CATEGORIES + 1).slice(1);
  const shown = [weeks[0] ?? 0, ...weeks.slice(weeks.length - MAX_CHART_CATEGORIES + 1)];
  return { shown, left };
}

function titleSlide(input: PresentationInput, name: string, dates: string): SlideDraft {
  const { profile, programme } = input;
  return {
    section: 'title',
    title: programme.name,
    body: {
      kind: 'title',
      subtitle: name,
      lines: [profile.school.trim(), dates].filter((line) => line !== ''),
    },
    notes: [`${name} presents their ${programme.name} journey (${dates}).`],
  };
}

function ownProgressSlides(
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

function gainsSlides(
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

function colleagueSlides(
  input: PresentationInput,
  choices: PresentationChoices,
  labelOf: (colleagueId: string) => string,
): SlideDraft[] {
  const live = liveColleagues(input);
  if (live.length === 0) {
    return bulletSlides(
      'colleagues',
      'My colleagues’ progress',
      [
        {
          text: 'No Learning 3 colleagues yet',
          detail:
            'Add your trio on the Colleagues screen and record your observations of their lessons: their progress will appear here.',
        },
      ],
      [],
    );
  }
  const chosen = choices.colleagueIds.flatMap((id) => {
    const colleague = live.find((candidate) => candidate.id === id);
    return colleague ? [colleague] : [];
  });
  return chosen.flatMap((colleague): SlideDraft[] => {
    const label = labelOf(colleague.id);
    const title = `${label}’s progress`;
    const observed = observationsOfColleague(input.observations, colleague.id).filter(
      (observation) => observation.week >= choices.fromWeek && observation.week <= choices.toWeek,
    );
    const about = [colleague.role, colleague.subjectOrPhase].map(oneLine).filter((t) => t !== '');
    const notes = about.length > 0 ? [`${label}: ${about.join(', ')}.`] : [];
    if (observed.length === 0) {
      return bulletSlides(
        'colleagues',
        title,
        [
          {
            text: `No observations of ${label} yet`,
            detail:
              'Observations you record on the Colleagues screen, between the weeks chosen, will appear here.',
          },
        ],
        notes,
      );
    }
    const key = [...observed]
      .sort((a, b) => b.week - a.week || b.date.localeCompare(a.date))
      .slice(0, 3);
    const bullets = key.map((observation) => {
      const lesson = [observation.lessonSubject, observation.lessonClass]
        .map(oneLine)
        .filter((t) => t !== '')
        .join(', ');
      const strengths = oneLine(observation.strengths);
      const text = `${weekLabel(observation.week)}${lesson === '' ? '' : ` (${lesson})`}: ${strengths === '' ? 'observed' : strengths}`;
      const steps = agreedNextSteps(observation);
      return fittedBullet(text, steps.length > 0 ? `Next: ${steps.join('; ')}` : undefined, notes);
    });
    const skillIds = colleague.focusSkillIds.filter((id) => findSkill(input.framework, id));
    const progress = colleagueProgress(observed, skillIds);
    const { shown } = chartWeeks(progress.weeks);
    if (skillIds.length === 0 || shown.length === 0) {
      return bulletSlides('colleagues', title, bullets, notes);
    }
    const indexes = shown.map((week) => progress.weeks.indexOf(week));
    for (const skillId of skillIds) {
      const statement = findSkill(input.framework, skillId)?.skill.statement ?? skillId;
      const levels = progress.levels.get(skillId) ?? [];
      notes.push(
        `${statement}: ${shown.map((week, i) => `${weekLabel(week)} ${levels[indexes[i] ?? -1] ?? '–'}`).join(', ')}.`,
      );
    }
    return [
      {
        section: 'colleagues',
        title,
        body: {
          kind: 'chart-and-bullets',
          chart: {
            type: 'line',
            title: `${label}’s focus skills in the lessons observed`,
            categories: shown.map(weekLabel),
            series: skillIds.map((skillId) => ({
              name: cutAtWord(findSkill(input.framework, skillId)?.skill.statement ?? skillId, 40),
              values: indexes.map((index) => progress.levels.get(skillId)?.[index] ?? null),
            })),
            axis: axisOf(input.framework),
          },
          bullets,
        },
        notes,
      },
    ];
  });
}

function techniqueSlides(input: PresentationInput, chosen: readonly Enquiry[]): SlideDraft[] {
  if (chosen.length === 0) {
    const hasAny = input.enquiries.some(isLive);
    return bulletSlides(
      'techniques',
      'Effective techniques',
      [
        hasAny
          ? {
              text: 'No enquiry chosen or marked effective yet',
              detail:
                'In the Journal, mark the enquiries that worked as effective and rate their impact: they will appear here, ranked.',
            }
          : {
              text: 'No enquiries in the journal yet',
              detail:
                'Record what you try in the Journal as small enquiries: the effective ones will appear here, ranked by impact.',
            },
      ],
      [],
    );
  }
  const notes: string[] = [];
  const bullets = chosen.map((enquiry, index) => {
    const impact =
      enquiry.impact === null ? 'impact not yet rated' : `impact: ${impactLabel(enquiry.impact)}`;
    const title = oneLine(enquiryTitle(enquiry));
    const tried = oneLine(enquiry.technique);
    const evidence = oneLine(enquiry.evidence);
    const detail = [
      tried === '' || tried === title ? '' : `Tried: ${tried}`,
      evidence === '' ? '' : `Evidence: ${evidence}`,
    ]
      .filter((part) => part !== '')
      .join(' ');
    const full = [
      `${index + 1}. ${title} (${impact}).`,
      tried === '' ? '' : `What I tried: ${tried}`,
      evidence === '' ? '' : `Evidence: ${evidence}`,
      oneLine(enquiry.impactOnPupils) === ''
        ? ''
        : `Impact on pupils: ${oneLine(enquiry.impactOnPupils)}`,
    ]
      .filter((part) => part !== '')
      .join(' ');
    notes.push(full);
    const bullet = fittedBullet(`${title} — ${impact}`, detail === '' ? undefined : detail, []);
    return bullet;
  });
  return bulletSlides('techniques', 'Effective techniques, ranked by impact', bullets, notes);
}

function adviceSlides(chosen: readonly Enquiry[]): SlideDraft[] {
  const notes: string[] = [];
  const bullets = chosen.flatMap((enquiry) => {
    const source = oneLine(enquiry.impactOnPractice) || oneLine(enquiry.reflection);
    if (source === '') return [];
    const sentence = firstSentence(source);
    if (sentence !== source) notes.push(`${oneLine(enquiryTitle(enquiry))}: ${source}`);
    return [fittedBullet(sentence, `From: ${enquiryTitle(enquiry)}`, notes)];
  });
  if (bullets.length === 0) return [];
  const shown = bullets.slice(0, MAX_BULLETS_PER_SLIDE);
  return bulletSlides('advice', 'What I would tell a colleague', shown, notes);
}

function nextStepSlides(
  input: PresentationInput,
  chosen: readonly Enquiry[],
  progress: readonly SkillProgress[],
): SlideDraft[] {
  const notes: string[] = [];
  const fromEnquiries = chosen.flatMap((enquiry) => {
    const next = oneLine(enquiry.nextSteps);
    return next === '' ? [] : [fittedBullet(next, `After: ${enquiryTitle(enquiry)}`, notes)];
  });
  const gaps = progress
    .filter((entry) => entry.skill.archivedAt === undefined && entry.area.archivedAt === undefined)
    .filter((entry) => entry.gapToTarget !== null && entry.gapToTarget > 0)
    .sort((a, b) => (b.gapToTarget ?? 0) - (a.gapToTarget ?? 0))
    .slice(0, 3)
    .map((entry) => ({
      text: `Keep working on: ${entry.skill.statement}`,
      detail: `Now ${levelName(input.framework, entry.latest)}, target ${levelName(input.framework, entry.target ?? entry.latest)}`,
    }));
  // The target gaps only fill the slide the written next steps leave room on: a second slide
  // of leftovers is padding, so the rest go to the speaker notes.
  const room = Math.max(0, MAX_BULLETS_PER_SLIDE - fromEnquiries.length);
  const shownGaps = gaps.slice(0, room).map((gap) => fittedBullet(gap.text, gap.detail, notes));
  for (const gap of gaps.slice(room)) notes.push(`Also: ${gap.text} (${gap.detail}).`);
  const bullets = [...fromEnquiries, ...shownGaps];
  if (bullets.length === 0) {
    bullets.push({
      text: 'Set targets on the Audit screen and write next steps in your journal',
      detail:
        'The skills furthest from their targets and your enquiries’ next steps will appear here.',
    });
  }
  return bulletSlides('next-steps', 'Next steps', bullets, notes);
}

function journeySlide(
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

/** Replaces every colleague's name in a text with their label (or "a colleague" if not shown). */
function nameRedactor(
  colleagues: PresentationInput['colleagues'],
  labelOf: (colleagueId: string) => string,
): (text: string) => string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rules: { pattern: RegExp; label: string }[] = [];
  for (const colleague of colleagues) {
    const label = labelOf(colleague.id);
    const full = oneLine(colleague.name);
    if (full === '') continue;
    rules.push({ pattern: new RegExp(escape(full), 'giu'), label });
    for (const part of full.split(' ')) {
      if (part.length < 2) continue;
      // Parts of a name match as whole words, case as written: "Will" is a name, "will" is not.
      rules.push({
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(part)}(?![\\p{L}\\p{N}])`, 'gu'),
        label,
      });
    }
  }
  return (text) => rules.reduce((result, rule) => result.replace(rule.pattern, rule.label), text);
}

function mapSlideText(slide: SlideDraft, map: (text: string) => string): SlideDraft {
  const bullets = (list: readonly Bullet[]) =>
    // A label can be longer than the name it replaces: cut again to stay within the limits.
    list.map((b) => {
      const text = cutAtWord(map(b.text), MAX_BULLET_TEXT);
      return b.detail === undefined
        ? { text }
        : { text, detail: cutAtWord(map(b.detail), MAX_BULLET_DETAIL) };
    });
  const chart = (spec: ChartSpec): ChartSpec => ({
    ...spec,
    title: map(spec.title),
    categories: spec.categories.map(map),
    series: spec.series.map((series) => ({ ...series, name: map(series.name) })),
  });
  const body = slide.body;
  const mapped: Slide['body'] =
    body.kind === 'title'
      ? { kind: 'title', subtitle: map(body.subtitle), lines: body.lines.map(map) }
      : body.kind === 'figures'
        ? {
            kind: 'figures',
            figures: body.figures.map((f) => ({ value: map(f.value), label: map(f.label) })),
          }
        : body.kind === 'chart'
          ? {
              kind: 'chart',
              chart: chart(body.chart),
              ...(body.caption === undefined ? {} : { caption: map(body.caption) }),
            }
          : body.kind === 'chart-and-bullets'
            ? {
                kind: 'chart-and-bullets',
                chart: chart(body.chart),
                bullets: bullets(body.bullets),
              }
            : { kind: 'bullets', bullets: bullets(body.bullets) };
  return { ...slide, title: map(slide.title), body: mapped, notes: slide.notes.map(map) };
}

export function buildPresentation(
  input: PresentationInput,
  choices: PresentationChoices,
): Presentation {
  const name = oneLine(input.profile.displayName) || 'My programme';
  const dates = datesLabel(input.programme);
  const areaIds = new Set(choices.areaIds);
  const progress = progressBetween(input, choices, areaIds);

  const chosenOrder = new Map(choices.colleagueIds.map((id, index) => [id, index]));
  const labelOf = (colleagueId: string): string => {
    const colleague = input.colleagues.find((candidate) => candidate.id === colleagueId);
    const index = chosenOrder.get(colleagueId);
    if (choices.anonymiseColleagues) {
      return index === undefined ? 'a colleague' : `Colleague ${letter(index)}`;
    }
    return oneLine(colleague?.name ?? '') || 'A colleague';
  };

  const ranked = rankEffectiveTechniques(input.enquiries);
  const chosenEnquiries = ranked.filter((enquiry) => choices.enquiryIds.includes(enquiry.id));

  const omitted: string[] = [];
  if (liveColleagues(input).length > 0 && choices.colleagueIds.length === 0) {
    omitted.push('Colleagues’ progress is left out of this presentation.');
  }
  const advice = adviceSlides(chosenEnquiries);
  if (chosenEnquiries.length > 0 && advice.length === 0) {
    omitted.push(
      'No "what I would tell a colleague" slide: none of the chosen enquiries has its impact on practice or a reflection written yet.',
    );
  }

  let drafts: SlideDraft[] = [
    titleSlide(input, name, dates),
    journeySlide(input, choices, progress, chosenEnquiries, omitted),
    ...ownProgressSlides(input, choices, progress),
    ...gainsSlides(input, choices, progress),
    ...colleagueSlides(input, choices, labelOf),
    ...techniqueSlides(input, chosenEnquiries),
    ...advice,
    ...nextStepSlides(input, chosenEnquiries, progress),
  ];
  if (choices.anonymiseColleagues) {
    const redact = nameRedactor(input.colleagues, labelOf);
    drafts = drafts.map((slide) => mapSlideText(slide, redact));
  }

  const counts = new Map<SlideSection, number>();
  const slides: Slide[] = drafts.map((draft) => {
    const count = (counts.get(draft.section) ?? 0) + 1;
    counts.set(draft.section, count);
    const notes = [...draft.notes];
    if (isCut(draft.title, MAX_SLIDE_TITLE)) notes.unshift(oneLine(draft.title));
    return {
      id: `${draft.section}-${count}`,
      section: draft.section,
      title: cutAtWord(draft.title, MAX_SLIDE_TITLE),
      body: draft.body,
      notes,
    };
  });

  return {
    title: cutAtWord(`${name} — ${oneLine(input.programme.name)}`, 100),
    delegateName: name,
    school: oneLine(input.profile.school),
    programmeName: oneLine(input.programme.name),
    datesLabel: dates,
    slides,
  };
}
