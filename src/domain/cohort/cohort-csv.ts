import { formatCsvDate, csvLine, type Cell } from '@/domain/ratings-csv';
import { localCalendarDate } from '@/domain/calendar-date';
import {
  levelInForce,
  memberWeeks,
  skillsOf,
  type Cohort,
  type CohortMember,
} from '@/domain/cohort/cohort';
import { fileNameSlug } from '@/domain/text';

/**
 * The cohort as a spreadsheet: one row per delegate × skill × week the delegate rated, with the
 * level in force that week (blank before the skill's first rating) and the target in force now.
 * Delegates in the order of the cohort's list, then anyone not on it; the same CSV conventions as
 * the delegate's own ratings file (UTF-8 with a byte order mark, CRLF, RFC 4180, formula guard).
 */
export const COHORT_CSV_HEADER = [
  'Delegate',
  'Shared on',
  'Framework',
  'Week',
  'Area',
  'Skill id',
  'Skill',
  'Level',
  'Level name',
  'Target',
] as const;

export function cohortCsv(
  cohort: Pick<Cohort, 'framework'>,
  members: readonly CohortMember[],
): string {
  const skills = skillsOf(cohort.framework);
  const labels = new Map(cohort.framework.scale.map((level) => [level.value, level.label]));
  const lines: string[] = [csvLine(COHORT_CSV_HEADER)];
  for (const member of members) {
    const sharedOn = formatCsvDate(localCalendarDate(new Date(member.takenAt)));
    const framework = `${member.framework.name} (version ${member.framework.version.toString()})`;
    const weeks = memberWeeks(member);
    for (const skill of skills) {
      const pairs = Object.hasOwn(member.levels, skill.id) ? member.levels[skill.id] : undefined;
      const target = Object.hasOwn(member.targets, skill.id) ? member.targets[skill.id] : undefined;
      for (const week of weeks) {
        const level = levelInForce(pairs, week);
        const cells: Cell[] = [
          member.delegate.name,
          sharedOn,
          framework,
          week,
          skill.areaName,
          skill.id,
          skill.statement,
          level ?? '',
          level === null ? '' : (labels.get(level) ?? ''),
          target ?? '',
        ];
        lines.push(csvLine(cells));
      }
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** "OTP Plus — spring 2027" → "otp-plus-spring-2027-cohort.csv". */
export function cohortFileStem(programmeName: string): string {
  return `${fileNameSlug(programmeName) || 'trellis'}-cohort`;
}
