import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import { colleagueProgress, observationsOfColleague } from '@/domain/colleague-progress';
import { newBreak, type Programme, type ProgrammeBreakRow } from '@/domain/programme';
import { programmeWeeks, weekForDate } from '@/domain/programme-weeks';
import { areaAveragesByWeek, skillProgress, skillWeekGrid } from '@/domain/progress';
import { loadActiveProgramme } from '@/db/active-programme';
import { addColleague } from '@/db/colleagues';
import { db } from '@/db/database';
import { listEnquiries } from '@/db/enquiries';
import { listObservations, saveObservationContent, startObservation } from '@/db/observations';
import { getProgrammeForProfile, updateProgrammeDetails } from '@/db/programmes';
import { listRatings } from '@/db/ratings';
import { emptyEveryTable } from '../../support/backup-data';
import { addEnquiry, rate, setUpTestProgramme, skillIdsOf } from '../../support/factories';

/**
 * Nothing changes meaning (docs/design.md#weeks-from-dates): adding, moving or removing breaks
 * writes the programme row only. Every rating, enquiry and observation keeps the week it was made
 * for, and every chart — computed from those weeks — draws the same history.
 */

type BreakEdit =
  | { kind: 'add'; offset: number; days: number }
  | { kind: 'move'; index: number; by: number }
  | { kind: 'remove'; index: number };

const breakEditArbitrary: fc.Arbitrary<BreakEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    offset: fc.integer({ min: -40, max: 120 }),
    days: fc.integer({ min: 1, max: 21 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    index: fc.nat(5),
    by: fc.integer({ min: -14, max: 14 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat(5) }),
);

function applyEdit(programme: Programme, edit: BreakEdit): ProgrammeBreakRow[] {
  const breaks = programme.breaks;
  if (edit.kind === 'add') {
    if (breaks.length >= 6) return breaks;
    const firstDay = addDays(programme.startDate, edit.offset);
    return [
      ...breaks,
      newBreak({ name: 'Holiday', firstDay, lastDay: addDays(firstDay, edit.days - 1) }),
    ];
  }
  const target = breaks[edit.index % Math.max(breaks.length, 1)];
  if (!target) return breaks;
  if (edit.kind === 'remove') return breaks.filter((pause) => pause.id !== target.id);
  return breaks.map((pause) =>
    pause.id === target.id
      ? {
          ...pause,
          firstDay: addDays(pause.firstDay, edit.by),
          lastDay: addDays(pause.lastDay, edit.by),
        }
      : pause,
  );
}

/** A delegate part-way through: ratings in several weeks, an enquiry, observations on dates. */
async function delegateWithRecords() {
  const active = await setUpTestProgramme({ startedDaysAgo: 50 });
  const [first, second, third] = skillIdsOf(active);
  for (const [week, level] of [
    [0, 1],
    [2, 2],
    [4, 2],
    [6, 3],
    [7, 4],
  ] as const) {
    await rate(active, { skillId: first!, week, level });
    await rate(active, { skillId: second!, week, level: Math.max(1, level - 1) });
  }
  await rate(active, { skillId: third!, week: 0, level: 4, kind: 'target' });
  await addEnquiry(active, { focusQuestion: 'Cold calling?', skillIds: [first!], endWeek: 5 });
  const colleague = await addColleague(active.profile.id, {
    name: 'Priya Shah',
    role: '',
    subjectOrPhase: '',
    focusSkillIds: [first!, second!],
  });
  for (const daysAgo of [45, 30, 12]) {
    const date = addDays(localCalendarDate(), -daysAgo);
    const draft = await startObservation(active, colleague, 'delegate-to-colleague', date);
    await saveObservationContent(draft.id, {
      ...draft,
      ratings: [{ skillId: first!, level: daysAgo > 20 ? 2 : 3 }],
      nextSteps: ['Hinge question'],
    });
  }
  return { active, colleagueId: colleague.id, skills: [first!, second!] };
}

async function recordsAndCharts(profileId: string, colleagueId: string, skills: string[]) {
  const active = await loadActiveProgramme(profileId);
  if (!active) throw new Error('no programme');
  const events = await listRatings(profileId, active.framework.id);
  const observations = await listObservations(profileId);
  const enquiries = await listEnquiries(profileId);
  const weeks = programmeWeeks(active.programme);
  const progress = colleagueProgress(observationsOfColleague(observations, colleagueId), skills);
  return {
    records: {
      ratings: await db.ratings.toArray(),
      enquiries: await db.enquiries.toArray(),
      observations: await db.observations.toArray(),
    },
    charts: {
      areaAverages: areaAveragesByWeek(active.framework, events, weeks),
      grid: skillWeekGrid(active.framework, events, weeks),
      progress: skillProgress(active.framework, events, active.programme.lengthWeeks),
      colleague: { weeks: progress.weeks, levels: [...progress.levels.entries()] },
      enquiryWeeks: enquiries.map((enquiry) => [enquiry.startWeek, enquiry.endWeek]),
    },
  };
}

describe('break edits', () => {
  it('never change what a stored record refers to, nor any chart’s history', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(breakEditArbitrary, { minLength: 1, maxLength: 8 }),
        async (edits) => {
          await emptyEveryTable();
          const { active, colleagueId, skills } = await delegateWithRecords();
          const profileId = active.profile.id;
          const before = await recordsAndCharts(profileId, colleagueId, skills);
          for (const edit of edits) {
            const programme = (await getProgrammeForProfile(profileId))!;
            const breaks = applyEdit(programme, edit);
            await updateProgrammeDetails(programme.id, {
              name: programme.name,
              startDate: programme.startDate,
              lengthWeeks: programme.lengthWeeks,
              sessions: programme.sessions,
              breaks,
            });
            expect(await recordsAndCharts(profileId, colleagueId, skills)).toEqual(before);
          }
          // Editing an observation's text afterwards keeps its week, whatever the breaks now say.
          const [observation] = await listObservations(profileId);
          const saved = await saveObservationContent(observation!.id, {
            ...observation!,
            strengths: 'Calm start',
          });
          expect(saved.week).toBe(observation!.week);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('a changed date is placed by the calendar in force when it is changed', async () => {
    const { active } = await delegateWithRecords();
    const programme = active.programme;
    const christmasLike = newBreak({
      name: 'Holiday',
      firstDay: addDays(programme.startDate, 12),
      lastDay: addDays(programme.startDate, 26),
    });
    await updateProgrammeDetails(programme.id, { ...programme, breaks: [christmasLike] });
    const [observation] = await listObservations(active.profile.id);
    const newDate = addDays(programme.startDate, 30);
    const saved = await saveObservationContent(observation!.id, { ...observation!, date: newDate });
    const stored = (await getProgrammeForProfile(active.profile.id))!;
    expect(saved.week).toBe(weekForDate(stored, newDate));
    // Without the break, day 30 is in week 5; with two weeks off it is in week 3.
    expect(saved.week).toBe(3);
  });
});
