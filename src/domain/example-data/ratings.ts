import { addDays, dayNumber, type CalendarDate } from '@/domain/calendar-date';
import { activeAreas, scaleRange, type FrameworkDefinition, type Skill } from '@/domain/framework';
import { weekStartDate, type ProgrammeSpan } from '@/domain/programme-weeks';
import type { RatingKind } from '@/domain/rating';
import { pick, pickSome, type Random } from '@/domain/seeded-random';
import { notePicker } from '@/domain/example-data/evidence-notes';
import { EXAMPLE_ENQUIRIES } from '@/domain/example-data/journal';
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  RERATING_WEEKS,
  type ReratingWeek,
} from '@/domain/example-data/timeline';

/**
 * The example delegate's rating history: a baseline and targets before week 1, then re-ratings in
 * weeks 3, 6 and 9 where most skills rise, two dip and recover, and a few targets are raised.
 */

export interface ExampleRating {
  skillId: string;
  kind: RatingKind;
  week: number;
  level: number;
  note: string;
  /** ISO date and time on a weekday of the rating's programme week. */
  recordedAt: string;
}
/** The chance that a skill whose level has not moved is re-rated anyway in that week. */
const CONFIRM_CHANCE: Record<ReratingWeek, number> = { 3: 0.2, 6: 0.3, 9: 0.45 };
const DIPPING_SKILLS = 2;
const RAISED_TARGETS = 2;
const TARGET_RAISE_WEEK = 6;

interface SkillPlan {
  skillId: string;
  /** The skill's id and statement, which evidence notes are matched against. */
  skillText: string;
  baseline: number;
  target: number;
  /** The self-rating in force after each re-rating week. */
  levelAfter: Map<number, number>;
  dips: boolean;
}

export function exampleRatings(
  framework: FrameworkDefinition,
  span: ProgrammeSpan,
  random: Random,
): ExampleRating[] {
  const areas = activeAreas(framework);
  const { min, max } = scaleRange(framework.scale);
  const plans = areas.flatMap((area, areaIndex) =>
    area.skills.map((skill) =>
      planSkill(skill, areaIndex < Math.ceil(areas.length / 2), min, max, random),
    ),
  );
  for (const plan of pickSome(
    plans.filter((candidate) => candidate.baseline > min && candidate.baseline < max),
    DIPPING_SKILLS,
    random,
  )) {
    // Rated lower once the sessions showed what the level really means, then back and beyond.
    plan.levelAfter = new Map([
      [3, plan.baseline - 1],
      [6, plan.baseline],
      [9, plan.baseline + 1],
    ]);
    plan.dips = true;
  }

  // The journal's effective enquiries show in the ratings: each skill they target rises in the
  // re-rating week that closes the enquiry. Done after the random choices, so they are unchanged.
  for (const enquiry of EXAMPLE_ENQUIRIES) {
    if (enquiry.risesInWeek === undefined) continue;
    for (const plan of plans) {
      if (enquiry.skillIds.includes(plan.skillId)) riseIn(plan, enquiry.risesInWeek, max);
    }
  }

  const notes = notePicker(random);
  const ratings: ExampleRating[] = [];
  const rateBaseline = startSitting(weekDay(span, 0, random), random);
  for (const plan of plans) ratings.push(rateBaseline(plan.skillId, 'self', 0, plan.baseline));
  for (const plan of plans) ratings.push(rateBaseline(plan.skillId, 'target', 0, plan.target));

  let previousWeek = 0;
  for (const week of RERATING_WEEKS) {
    const rate = startSitting(weekDay(span, week, random), random);
    for (const plan of plans) {
      const level = plan.levelAfter.get(week) ?? plan.baseline;
      const previous = plan.levelAfter.get(previousWeek) ?? plan.baseline;
      const hasMoved = level !== previous;
      if (!hasMoved && random() >= CONFIRM_CHANCE[week]) continue;
      const note =
        plan.dips && week === 3
          ? notes.dipNote()
          : plan.dips && week === 6
            ? notes.recoveryNote()
            : notes.evidenceFor(plan.skillText);
      ratings.push(rate(plan.skillId, 'self', week, level, note));
    }
    if (week === TARGET_RAISE_WEEK) {
      for (const plan of targetsToRaise(plans, week, max, random)) {
        plan.target += 1;
        ratings.push(rate(plan.skillId, 'target', week, plan.target));
      }
    }
    previousWeek = week;
  }
  return ratings;
}

function planSkill(
  skill: Skill,
  isStrongArea: boolean,
  min: number,
  max: number,
  random: Random,
): SkillPlan {
  // Own-classroom areas come first in teaching frameworks and start higher than coaching and leading.
  const lowest = Math.min(min + (isStrongArea ? Math.max(1, Math.floor((max - min) / 3)) : 0), max);
  const baseline = Math.max(min, Math.min(lowest + (random() < 0.4 ? 1 : 0), max - 1));
  const target = Math.min(max, baseline + (random() < 0.3 ? 2 : 1));
  const roll = random();
  const gain = Math.min(max - baseline, roll < 0.2 ? 0 : roll < 0.75 ? 1 : 2);
  const stepWeeks: readonly number[] =
    gain === 0
      ? []
      : gain === 1
        ? [pick([3, 6, 6, 9, 9], random)]
        : pick(
            [
              [3, 6],
              [3, 9],
              [6, 9],
              [6, 9],
            ],
            random,
          );
  const levelAfter = new Map(
    RERATING_WEEKS.map((week) => [
      week,
      baseline + stepWeeks.filter((stepWeek) => stepWeek <= week).length,
    ]),
  );
  const skillText = `${skill.id} ${skill.statement}`;
  return { skillId: skill.id, skillText, baseline, target, levelAfter, dips: false };
}

/**
 * Makes the skill's self-rating go up in `week`, keeping its total gain: the last of its steps up
 * moves to `week` (or, for a skill that never rose, one step is added there). Dipping skills keep
 * their own story.
 */
function riseIn(plan: SkillPlan, week: number, max: number): void {
  if (plan.dips) return;
  let previous = plan.baseline;
  const steps: number[] = [];
  for (const rerating of RERATING_WEEKS) {
    const level = plan.levelAfter.get(rerating) ?? previous;
    for (let step = previous; step < level; step += 1) steps.push(rerating);
    previous = level;
  }
  if (steps.includes(week)) return;
  if (steps.length === 0) {
    if (plan.baseline >= max) return;
    steps.push(week);
  } else {
    steps[steps.length - 1] = week;
  }
  plan.levelAfter = new Map(
    RERATING_WEEKS.map((rerating) => [
      rerating,
      plan.baseline + steps.filter((stepWeek) => stepWeek <= rerating).length,
    ]),
  );
}

/** Targets already reached by `week` are raised first: that is when a delegate aims higher. */
function targetsToRaise(
  plans: readonly SkillPlan[],
  week: number,
  max: number,
  random: Random,
): SkillPlan[] {
  const raisable = plans.filter((plan) => plan.target < max && !plan.dips);
  const reached = raisable.filter((plan) => (plan.levelAfter.get(week) ?? 0) >= plan.target);
  const chosen = pickSome(reached, RAISED_TARGETS, random);
  const others = raisable.filter((plan) => !chosen.includes(plan));
  return [...chosen, ...pickSome(others, RAISED_TARGETS - chosen.length, random)];
}

/** A weekday (Monday to Friday) of a programme week; week 0 is the week before the start. */
function weekDay(span: ProgrammeSpan, week: number, random: Random): CalendarDate {
  const monday = week === 0 ? addDays(span.startDate, -7) : weekStartDate(span, week);
  return addDays(monday, Math.floor(random() * 5));
}

type RecordRating = (
  skillId: string,
  kind: RatingKind,
  week: number,
  level: number,
  note?: string,
) => ExampleRating;

/** One sitting at the audit: an after-school session, a minute or two per rating. */
function startSitting(date: CalendarDate, random: Random): RecordRating {
  const startMinute = 15 * 60 + 40 + Math.floor(random() * 180);
  let at = dayNumber(date) * MS_PER_DAY + startMinute * MS_PER_MINUTE;
  return (skillId, kind, week, level, note = '') => {
    at += Math.round((40 + random() * 80) * 1000) + (note === '' ? 0 : 2 * MS_PER_MINUTE);
    return { skillId, kind, week, level, note, recordedAt: new Date(at).toISOString() };
  };
}
