import { addDays, dayNumber, type CalendarDate } from '@/domain/calendar-date';
import type { FrameworkDefinition } from '@/domain/framework';
import type { ProfileDetails } from '@/domain/profile';
import {
  findProgrammeTemplate,
  newBreak,
  sessionsFromTemplate,
  type ProgrammeDetails,
  type ProgrammeTemplateKey,
} from '@/domain/programme';
import { weekForDate, weekStartDate, type ProgrammeSpan } from '@/domain/programme-weeks';
import { seedFromText, seededRandom } from '@/domain/seeded-random';
import { exampleEnquiries, type ExampleEnquiry } from '@/domain/example-data/journal';
import { exampleRatings, type ExampleRating } from '@/domain/example-data/ratings';

/**
 * The example delegate a facilitator shows when demoing Trellis: an invented teacher ten weeks into
 * OTP Plus, with a baseline, targets, three rounds of re-rating and evidence notes, and a journal;
 * their Learning 3 trio is built from the same programme (learning-three.ts).
 *
 * Pure and deterministic: the same framework gives the same story (levels, notes, days and times),
 * so every demo looks alike; `today` only moves the calendar so that today is always in week 10.
 * The one exception is the session ids, which are fresh like every record id.
 */

export const EXAMPLE_TEMPLATE_KEY: ProgrammeTemplateKey = 'otp-plus';
/** The example programme pauses for a half-term, so its weeks show how breaks are skipped. */
export const EXAMPLE_HALF_TERM = 'Half-term';

export const EXAMPLE_PERSON: ProfileDetails = {
  displayName: 'Jordan Ellis',
  school: 'Trellis Park Academy',
};

export interface ExampleProgramme {
  person: ProfileDetails;
  programme: ProgrammeDetails;
  ratings: ExampleRating[];
  enquiries: ExampleEnquiry[];
}
export function buildExampleProgramme(
  framework: FrameworkDefinition,
  today: CalendarDate,
): ExampleProgramme {
  const random = seededRandom(seedFromText(`${framework.key}@${framework.version}`));
  const template = findProgrammeTemplate(EXAMPLE_TEMPLATE_KEY);
  // The Monday ten weeks before this week's Monday: nine teaching weeks and a half-term, so today
  // is in week 10 whatever the weekday.
  const startDate = addDays(today, -(daysSinceMonday(today) + template.lengthWeeks * 7));
  const span: ProgrammeSpan = {
    startDate,
    lengthWeeks: template.lengthWeeks,
    // A week off after week 5, Saturday to Sunday, as a school's half-term is.
    breaks: [
      {
        name: EXAMPLE_HALF_TERM,
        firstDay: addDays(startDate, 5 * 7 - 2),
        lastDay: addDays(startDate, 6 * 7 - 1),
      },
    ],
  };
  if (weekForDate(span, today) !== template.lengthWeeks) {
    throw new Error('The example programme must put today in its last week.');
  }
  const sessions = sessionsFromTemplate(template).map((session) => ({
    ...session,
    date: sessionDate(span, session.plannedWeek ?? 1, session.kind),
  }));
  return {
    person: { ...EXAMPLE_PERSON },
    programme: {
      name: template.name,
      ...span,
      breaks: span.breaks.map((pause) => newBreak(pause)),
      sessions,
    },
    ratings: exampleRatings(framework, span, random),
    enquiries: exampleEnquiries(framework, span),
  };
}

/** 0 for Monday … 6 for Sunday. 1970-01-01 (day 0) was a Thursday. */
function daysSinceMonday(date: CalendarDate): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** Week 1 opens with the launch day on the start date; full days fall on Thursdays, half days on Wednesdays. */
function sessionDate(
  span: ProgrammeSpan,
  week: number,
  kind: 'half-day' | 'full-day',
): CalendarDate {
  const weekday = week <= 1 ? 0 : kind === 'full-day' ? 3 : 2;
  return addDays(weekStartDate(span, week), weekday);
}
