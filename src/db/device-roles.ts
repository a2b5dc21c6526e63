import { isFacilitator } from '@/domain/profile';
import type { DeviceRoles } from '@/domain/trellis-files';
import { getCoachKeys } from '@/db/coaching';
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
