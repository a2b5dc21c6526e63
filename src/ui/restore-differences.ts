import type { RecordDifference } from '@/db/backup';
import { formatDateTime, plural } from '@/domain/text';

/** The most differences listed by name; the rest are counted. */
export const MAX_DIFFERENCES_LISTED = 8;

function kindOf(difference: RecordDifference): string {
  const kind = difference.singular.charAt(0).toUpperCase() + difference.singular.slice(1);
  return difference.name === undefined ? kind : `${kind} “${difference.name}”`;
}

/** One record edited apart on the two devices, and whose edit a merge keeps, in plain words. */
export function describeDifference(difference: RecordDifference): string {
  let here = formatDateTime(difference.hereUpdatedAt);
  let there = formatDateTime(difference.incomingUpdatedAt);
  // Two edits in the same minute: the seconds tell them apart.
  if (here === there) {
    here = `${here}:${secondsOf(difference.hereUpdatedAt)}`;
    there = `${there}:${secondsOf(difference.incomingUpdatedAt)}`;
  }
  const isHere = difference.kept === 'here';
  const what = difference.deletedIn === difference.kept ? 'deletion' : 'edit';
  return isHere
    ? `${kindOf(difference)}: this device’s ${what} (${here}) is newer than the other device’s (${there}), so it is kept.`
    : `${kindOf(difference)}: the other device’s ${what} (${there}) is newer than this device’s (${here}), so it is kept.`;
}

function secondsOf(iso: string): string {
  return new Date(iso).getSeconds().toString().padStart(2, '0');
}

/** "3 records were edited …: the other device's newer edit is kept for 2, this device's for 1." */
export function differencesSummary(differences: readonly RecordDifference[]): string {
  const theirs = differences.filter((difference) => difference.kept === 'incoming').length;
  const ours = differences.length - theirs;
  const parts = [
    theirs > 0 ? `the other device’s newer edit is kept for ${theirs.toLocaleString('en-GB')}` : '',
    ours > 0
      ? `${theirs > 0 ? 'this device’s' : 'this device’s newer edit is kept'} for ${ours.toLocaleString('en-GB')}`
      : '',
  ].filter((part) => part !== '');
  return `${plural(differences.length, 'record was', 'records were')} edited on both devices, or on one since they were last in step: ${parts.join(', ')}.`;
}
