import { formatCalendarDate } from '@/domain/calendar-date';
import { fromBase64Url } from '@/domain/observation-exchange';
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

/**
 * A key fingerprint shortened for people to compare by eye: its first 8 bytes in hex, in groups of
 * four ("3FA9 12C0 7BE4 55D1"), the form the coach's own screen shows.
 */
export function shortFingerprint(keyId: string): string {
  const decoded = fromBase64Url(keyId);
  if (!decoded || decoded.length < 8) return keyId.slice(0, 16);
  const hex = [...decoded.slice(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

/** What the delegate is called on a request; empty when the profile has no name yet. */
export function delegateNameOf(profile: { displayName: string }): string {
  return profile.displayName.trim();
}
