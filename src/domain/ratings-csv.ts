import type { CalendarDate } from '@/domain/calendar-date';
import { findSkill, levelOf, type FrameworkDefinition } from '@/domain/framework';
import type { Observation } from '@/domain/observation';
import {
  BASELINE_WEEK,
  weekEndDate,
  weekForDate,
  weekStartDate,
  type ProgrammeSpan,
} from '@/domain/programme-weeks';
import { compareRatingEvents, type RatingEvent, type RatingKind } from '@/domain/rating';
import {
  ACTION_STATUS_LABELS,
  ownerText,
  type CoachingAction,
} from '@/domain/coaching/coaching-action';
import {
  coachNameFor,
  durationText,
  sessionTitle,
  type CoachingSession,
} from '@/domain/coaching/coaching-session';
import { fileNameSlug } from '@/domain/text';

/**
 * Every rating and observation as a CSV file for a spreadsheet: one row per self-rating or target
 * in force for a week, one row per rated focus skill of each observation, and one row per coaching
 * session and agreed action. Pure: the screen
 * reads the data and hands the text to the browser.
 */

export const RATINGS_CSV_HEADER = [
  'Source',
  'Person',
  'Observed by',
  'Week',
  'Week starts',
  'Week ends',
  'Date',
  'Area',
  'Skill',
  'Level',
  'Level name',
  'Note or evidence',
] as const;

export interface RatingsCsvInput {
  framework: FrameworkDefinition;
  programme: ProgrammeSpan;
  /** The delegate's name, for the Person column of their own ratings. */
  delegateName: string;
  events: readonly RatingEvent[];
  observations: readonly Observation[];
  /** Coaching sessions and agreed actions, one row each; private notes never go in. */
  coaching?: {
    sessions: readonly CoachingSession[];
    actions: readonly CoachingAction[];
  };
}

export type Cell = string | number;

const SOURCE_OF_KIND: Record<RatingKind, string> = {
  self: 'Self-rating',
  target: 'Target',
  'target-cleared': 'Target cleared',
};
const KIND_ORDER: Record<RatingKind, number> = { self: 0, target: 1, 'target-cleared': 2 };

/** "2026-09-07" → "07/09/2026": what a UK spreadsheet reads as a date without asking. */
export function formatCsvDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/*
 * A spreadsheet runs a cell that starts with = + - or @ as a formula ("CSV injection"), and notes and
 * lesson details are free text, partly written on a colleague's phone. "=HYPERLINK(…)" in a note
 * could send the file's data elsewhere when a coach clicks it. A leading apostrophe makes Excel,
 * LibreOffice and Google Sheets show the text as text. Tab and carriage return are guarded too: some
 * spreadsheets strip them and then read what follows. Numbers (week, level) are written as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, and quotes inside are doubled. */
function csvField(cell: Cell): string {
  const text = typeof cell === 'number' ? String(cell) : guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A teaching week's first and last day, so a spreadsheet can place ratings in time; the weeks skip
 * the programme's breaks. The baseline is "before the start" and has no dates of its own.
 */
function weekDates(programme: ProgrammeSpan, week: number): [string, string] {
  if (week === BASELINE_WEEK) return ['', ''];
  return [
    formatCsvDate(weekStartDate(programme, week)),
    formatCsvDate(weekEndDate(programme, week)),
  ];
}

/** One spreadsheet line, every field quoted as RFC 4180 asks and guarded against formulas. */
export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',');
}

/** The rating event in force for each skill, week and kind (a re-rating supersedes the first). */
function ratingsInForce(events: readonly RatingEvent[]): RatingEvent[] {
  const inForce = new Map<string, RatingEvent>();
  for (const event of events) {
    if (event.deletedAt !== undefined) continue;
    const key = `${event.kind} ${event.skillId} ${event.week}`;
    const current = inForce.get(key);
    if (!current || compareRatingEvents(event, current) > 0) inForce.set(key, event);
  }
  return [...inForce.values()];
}

function skillOrder(framework: FrameworkDefinition): Map<string, number> {
  return new Map(
    framework.areas.flatMap((area) => area.skills.map((skill) => skill.id)).map((id, i) => [id, i]),
  );
}

function skillCells(framework: FrameworkDefinition, skillId: string): [string, string] {
  const found = findSkill(framework, skillId);
  // A skill the framework no longer has (or another framework's): its id still says which it was.
  return found ? [found.area.name, found.skill.statement] : ['', skillId];
}

function lessonNote(observation: Observation): string {
  const lesson = [observation.lessonClass, observation.lessonSubject]
    .filter((part) => part.trim() !== '')
    .join(' ');
  return lesson === '' ? '' : `Lesson: ${lesson}`;
}

export function ratingsCsv(input: RatingsCsvInput): string {
  const { framework, programme, delegateName, events, observations } = input;
  const order = skillOrder(framework);
  const position = (skillId: string) => order.get(skillId) ?? Number.MAX_SAFE_INTEGER;
  const levelName = (level: number) => levelOf(framework.scale, level)?.label ?? '';

  const ratingRows = ratingsInForce(events)
    .sort(
      (a, b) =>
        a.week - b.week ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        position(a.skillId) - position(b.skillId) ||
        a.skillId.localeCompare(b.skillId),
    )
    .map((event): Cell[] => [
      SOURCE_OF_KIND[event.kind],
      delegateName,
      '',
      event.week,
      ...weekDates(programme, event.week),
      // The week's first day (the programme's start for the baseline, which comes just before it).
      formatCsvDate(weekStartDate(programme, event.week)),
      ...skillCells(framework, event.skillId),
      event.level,
      levelName(event.level),
      event.note,
    ]);

  const observationRows = observations
    .filter((observation) => observation.deletedAt === undefined)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.observed.name.localeCompare(b.observed.name) ||
        a.createdAt.localeCompare(b.createdAt),
    )
    .flatMap((observation) =>
      observation.ratings.flatMap((rating): Cell[][] =>
        rating.level === null
          ? []
          : [
              [
                observation.status === 'draft' ? 'Observation (draft)' : 'Observation',
                observation.observed.name,
                observation.observer.name,
                observation.week,
                ...weekDates(programme, observation.week),
                formatCsvDate(observation.date),
                ...skillCells(framework, rating.skillId),
                rating.level,
                levelName(rating.level),
                lessonNote(observation),
              ],
            ],
      ),
    );

  const coachingRows = input.coaching ? coachingCsvRows(input, input.coaching) : [];

  // The byte order mark tells Excel the file is UTF-8, so "Siân" and "Zoë" are not garbled.
  const lines = [RATINGS_CSV_HEADER, ...ratingRows, ...observationRows, ...coachingRows].map(
    csvLine,
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function skillsText(framework: FrameworkDefinition, skillIds: readonly string[]): [string, string] {
  const found = skillIds.map((skillId) => skillCells(framework, skillId));
  return [
    [...new Set(found.map(([area]) => area).filter((area) => area !== ''))].join('; '),
    found.map(([, statement]) => statement).join('; '),
  ];
}

/**
 * One row per coaching session (who it was with in Person, its focus skills, its notes but never
 * its private notes) and one per agreed action (its owner, due date, status and how it went),
 * each in the programme week of its date.
 */
function coachingCsvRows(
  input: RatingsCsvInput,
  coaching: NonNullable<RatingsCsvInput['coaching']>,
): Cell[][] {
  const { framework, programme, delegateName } = input;
  const weekCells = (date: CalendarDate): Cell[] => {
    const week = weekForDate(programme, date);
    return [week, ...weekDates(programme, week), formatCsvDate(date)];
  };
  const sessions = coaching.sessions
    .filter((session) => session.deletedAt === undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const sessionRows = sessions.map((session): Cell[] => [
    'Coaching session',
    delegateName,
    '',
    ...weekCells(session.date),
    ...skillsText(framework, session.focusSkillIds),
    '',
    '',
    [
      `${sessionTitle(session)}, ${durationText(session.durationMinutes)}`,
      session.notes.trim(),
      ...(session.grow
        ? [
            session.grow.goal && `Goal: ${session.grow.goal.trim()}`,
            session.grow.reality && `Reality: ${session.grow.reality.trim()}`,
            session.grow.options && `Options: ${session.grow.options.trim()}`,
            session.grow.wayForward && `Way forward: ${session.grow.wayForward.trim()}`,
          ]
        : []),
    ]
      .filter((part) => part !== '')
      .join('\n'),
  ]);
  const sessionById = new Map(sessions.map((session) => [session.id, session]));
  const actionRows = coaching.actions
    .filter((action) => action.deletedAt === undefined)
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.createdAt.localeCompare(b.createdAt),
    )
    .map((action): Cell[] => {
      const session = action.sessionId === null ? undefined : sessionById.get(action.sessionId);
      const owner = ownerText(action, session ? coachNameFor(session) : '');
      return [
        `Agreed action (${ACTION_STATUS_LABELS[action.status].toLowerCase()})`,
        owner === 'Me' ? delegateName : owner,
        '',
        ...(action.dueDate === null ? ['', '', '', ''] : weekCells(action.dueDate)),
        ...skillsText(framework, action.skillIds),
        '',
        '',
        [action.text.trim(), action.outcome.trim() && `How it went: ${action.outcome.trim()}`]
          .filter((part) => part !== '')
          .join('\n'),
      ];
    });
  return [...sessionRows, ...actionRows];
}

/** "Siân O'Neill" → "sian-o-neill-ratings.csv". */
export function ratingsCsvFileName(name: string): string {
  return `${fileNameSlug(name) || 'trellis'}-ratings.csv`;
}
