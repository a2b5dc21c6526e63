import { colleagueProgress, observationsOfColleague } from '@/domain/colleague-progress';
import { findSkill } from '@/domain/framework';
import { agreedNextSteps } from '@/domain/observation';
import {
  MAX_BULLET_DETAIL,
  MAX_BULLET_TEXT,
  type Bullet,
  type ChartSpec,
  type PresentationChoices,
  type Slide,
} from '@/domain/presentation';
import { weekLabel } from '@/domain/programme-weeks';
import { axisOf, chartWeeks } from '@/domain/presentation-model/own-progress-slides';
import {
  type PresentationInput,
  liveColleagues,
} from '@/domain/presentation-model/presentation-input';
import {
  fittedBullet,
  type SlideDraft,
  bulletSlides,
} from '@/domain/presentation-model/slide-text';
import { cutAtWord, oneLine } from '@/domain/text';

/** The Learning 3 colleagues' progress, and their names replaced by labels when anonymised. */

export function colleagueSlides(
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

/** Replaces every colleague's name in a text with their label (or "a colleague" if not shown). */
export function nameRedactor(
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

export function mapSlideText(slide: SlideDraft, map: (text: string) => string): SlideDraft {
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
