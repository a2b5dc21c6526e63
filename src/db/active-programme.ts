import type { ActiveProgramme } from '@/domain/active-programme';
import { getFramework } from '@/db/frameworks';
import { getProfile } from '@/db/profiles';
import { getProgrammeForProfile } from '@/db/programmes';

/** The profile, programme and framework a screen works on; undefined if the set-up is incomplete. */
export async function loadActiveProgramme(profileId: string): Promise<ActiveProgramme | undefined> {
  const profile = await getProfile(profileId);
  if (!profile) return undefined;
  const programme = await getProgrammeForProfile(profileId);
  if (!programme) return undefined;
  const framework = await getFramework(programme.frameworkId);
  if (!framework) return undefined;
  return { profile, programme, framework };
}
