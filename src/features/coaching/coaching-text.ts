import { formatCalendarDate } from '@/domain/calendar-date';
import {
  RATER_GROUP_LABELS,
  RATER_GROUPS,
  type RaterGroup,
  type ReviewRoundKind,
} from '@/domain/review-360/review-round';
import { plural } from '@/domain/text';

/** The words the coaching workspace uses for a round and its answers. */

export const ROUND_KIND_LABELS: Readonly<Record<ReviewRoundKind, string>> = {
  start: 'Start of the programme',
  end: 'End of the programme',
};

/** "Closes Fri, 16 Oct 2026" or, once past, "Closed Fri, 16 Oct 2026". */
export function closingText(closesOn: string, isClosed: boolean): string {
  return `${isClosed ? 'Closed' : 'Closes'} ${formatCalendarDate(closesOn)}`;
}

/** Each group with its count, in the fixed order: what the delegate sees too, never who. */
export function groupCounts(counts: Readonly<Record<RaterGroup, number>>) {
  return RATER_GROUPS.map((group) => ({
    group,
    label: RATER_GROUP_LABELS[group],
    count: counts[group],
  }));
}

export function answersText(count: number): string {
  return plural(count, 'answer', 'answers');
}
