import { formatCalendarDate } from '@/domain/calendar-date';
import type { RaterGroup, ReviewRound } from '@/domain/review-360/review-round';

/**
 * How the delegate's screens talk about rater groups. A group is never narrowed to a person: the
 * line manager is one person the delegate knows anyway, so "your line manager" says nothing new.
 */

const PEOPLE: Readonly<Record<RaterGroup, { one: string; many: string }>> = {
  'line-manager': { one: 'line manager', many: 'line managers' },
  peers: { one: 'peer', many: 'peers' },
  'direct-reports': { one: 'direct report', many: 'direct reports' },
  others: { one: 'person in Others', many: 'people in Others' },
};

/** "4 peers have answered", "1 line manager has answered", "No direct reports have answered yet". */
export function answeredText(group: RaterGroup, count: number): string {
  const people = PEOPLE[group];
  if (count === 0) {
    return group === 'line-manager'
      ? 'Your line manager has not answered yet'
      : `No ${people.many} have answered yet`;
  }
  return count === 1
    ? `1 ${people.one} has answered`
    : `${count.toString()} ${people.many} have answered`;
}

/** "your line manager", "a peer", "a direct report", "someone in Others". */
export function answerFromText(group: RaterGroup): string {
  switch (group) {
    case 'line-manager':
      return 'your line manager';
    case 'peers':
      return 'a peer';
    case 'direct-reports':
      return 'a direct report';
    case 'others':
      return 'someone in Others';
  }
}

/** "Shown once 3 have answered" or, for a group of one, "Shown as soon as they answer". */
export function thresholdText(threshold: number): string {
  return threshold === 1
    ? 'Shown as soon as they answer'
    : `Shown once ${threshold.toString()} have answered`;
}

export function roundKindText(round: Pick<ReviewRound, 'kind'>): string {
  return round.kind === 'start' ? 'Start round' : 'End round';
}

/** "Open until Fri, 4 Dec 2026" or "Closed on Fri, 4 Dec 2026". */
export function closingText(round: Pick<ReviewRound, 'closesOn'>, isClosed: boolean): string {
  return `${isClosed ? 'Closed on' : 'Open until'} ${formatCalendarDate(round.closesOn)}`;
}

/** What the delegate is called on a request; empty when the profile has no name yet. */
export function delegateNameOf(profile: { displayName: string }): string {
  return profile.displayName.trim();
}
