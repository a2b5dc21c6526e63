import { isFacilitator } from '@/domain/profile';
import type { DeviceRoles } from '@/domain/trellis-files';
import { getCoachKeys, getCoachedRound } from '@/db/coaching';
import { db } from '@/db/database';
import { listProfiles } from '@/db/profiles';

/** Who this device is set up for: which decides where a file opened on it can go. */
export async function readDeviceRoles(): Promise<DeviceRoles> {
  const [profiles, coachKeys] = await Promise.all([listProfiles(), getCoachKeys()]);
  return {
    hasDelegate: profiles.some((profile) => !isFacilitator(profile)),
    hasFacilitator: profiles.some((profile) => isFacilitator(profile)),
    isCoach: coachKeys !== undefined,
  };
}

/**
 * Whether a rater's answer for `roundId` is for the coach on this device rather than for the
 * delegate: on a device that is both, the round it answers says which.
 */
export async function isRoundCoachedHere(roundId: string): Promise<boolean> {
  const [ownRound, coachedRound] = await Promise.all([
    db.reviewRounds.get(roundId),
    getCoachedRound(roundId),
  ]);
  return ownRound === undefined && coachedRound !== undefined;
}
