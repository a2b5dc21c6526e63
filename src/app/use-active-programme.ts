import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { Profile } from '@/domain/profile';
import { loadActiveProgramme } from '@/db/active-programme';
import { listProfiles } from '@/db/profiles';
import { useActiveProfileStore } from '@/state/active-profile-store';

export type ActiveProgrammeState =
  | { status: 'loading' }
  | { status: 'no-profiles' }
  | { status: 'ready'; profiles: Profile[]; active: ActiveProgramme };

/**
 * Resolves which profile is showing: the one chosen on this device if it still exists, otherwise the
 * first real profile (the example only when it is the only one). Live: follows edits in any tab.
 */
export function useActiveProgramme(): ActiveProgrammeState {
  const chosenId = useActiveProfileStore((state) => state.activeProfileId);
  const result = useLiveQuery(async () => {
    const profiles = await listProfiles();
    const candidates = [
      ...profiles.filter((profile) => profile.id === chosenId),
      ...profiles.filter((profile) => profile.id !== chosenId),
    ];
    for (const profile of candidates) {
      const active = await loadActiveProgramme(profile.id);
      if (active) return { profiles, active };
    }
    return { profiles, active: undefined };
  }, [chosenId]);

  if (result === undefined) return { status: 'loading' };
  if (result.active === undefined) return { status: 'no-profiles' };
  return { status: 'ready', profiles: result.profiles, active: result.active };
}
