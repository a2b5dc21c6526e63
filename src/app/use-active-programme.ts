import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { isFacilitator, type Profile } from '@/domain/profile';
import { describeOpenFailure } from '@/domain/storage-errors';
import { loadActiveProgramme } from '@/db/active-programme';
import { db } from '@/db/database';
import { dataExistedAt, forgetDataExisted, markDataExisted } from '@/db/device-markers';
import { countStoredProfiles, listProfiles } from '@/db/profiles';
import { useActiveProfileStore } from '@/state/active-profile-store';

export type ActiveProgrammeState =
  | { status: 'loading' }
  /** No delegate's programme; `hasFacilitator` when the device holds a facilitator's profile. */
  | { status: 'no-profiles'; hasFacilitator: boolean }
  /** This browser held real data before (device-markers.ts) and the database is now empty. */
  | { status: 'data-missing'; existedSince: string; startAfresh: () => void }
  /** The database cannot be opened or read; the app retries and never offers a first run. */
  | { status: 'unavailable'; reason: string; retry: () => void }
  | { status: 'ready'; profiles: Profile[]; active: ActiveProgramme };

type QueryResult =
  | { kind: 'read'; profiles: Profile[]; active: ActiveProgramme | undefined; storedCount: number }
  | { kind: 'failed'; error: unknown };

const RETRY_EVERY_MS = 4000;

/**
 * Resolves which profile is showing: the one chosen on this device if it still exists, otherwise the
 * first real profile (the example only when it is the only one). Live: follows edits in any tab.
 *
 * A database that cannot be read is `unavailable`, never "no profiles": showing the first-run
 * screen then would invite the user to set up afresh over data that is really still there.
 */
export function useActiveProgramme(): ActiveProgrammeState {
  const chosenId = useActiveProfileStore((state) => state.activeProfileId);
  const [attempt, setAttempt] = useState(0);
  const [lastReady, setLastReady] = useState<QueryResult | undefined>(undefined);
  const result = useLiveQuery(async (): Promise<QueryResult> => {
    try {
      const profiles = await listProfiles();
      // A facilitator has no programme: their profile opens the cohort workspace, never these screens.
      const delegates = profiles.filter((profile) => !isFacilitator(profile));
      const candidates = [
        ...delegates.filter((profile) => profile.id === chosenId),
        ...delegates.filter((profile) => profile.id !== chosenId),
      ];
      for (const profile of candidates) {
        const active = await loadActiveProgramme(profile.id);
        if (active)
          return { kind: 'read', profiles: delegates, active, storedCount: profiles.length };
      }
      return {
        kind: 'read',
        profiles,
        active: undefined,
        storedCount: await countStoredProfiles(),
      };
    } catch (error) {
      return { kind: 'failed', error };
    }
  }, [chosenId, attempt]);

  const retry = useCallback(() => {
    void db
      .open()
      .catch(() => undefined)
      .finally(() => setAttempt((current) => current + 1));
  }, []);

  const hasRealProfile =
    result?.kind === 'read' && result.profiles.some((profile) => !profile.isExample);
  useEffect(() => {
    if (hasRealProfile) markDataExisted();
  }, [hasRealProfile]);

  const isReady = result?.kind === 'read' && result.active !== undefined;
  if (isReady && lastReady !== result) setLastReady(result);

  const hasFailed = result?.kind === 'failed';
  useEffect(() => {
    if (!hasFailed) return;
    const timer = window.setInterval(retry, RETRY_EVERY_MS);
    function retryWhenVisible() {
      if (document.visibilityState === 'visible') retry();
    }
    document.addEventListener('visibilitychange', retryWhenVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', retryWhenVisible);
    };
  }, [hasFailed, retry]);

  if (result === undefined) return { status: 'loading' };
  if (result.kind === 'failed') {
    // Mid-session (another tab upgraded, the device slept): keep the screen and what is typed on
    // it; the connection banner and each form's save status say what happened.
    if (lastReady?.kind === 'read' && lastReady.active) {
      return { status: 'ready', profiles: lastReady.profiles, active: lastReady.active };
    }
    return { status: 'unavailable', reason: describeOpenFailure(result.error), retry };
  }
  if (result.active === undefined) {
    const existedSince = dataExistedAt();
    if (result.storedCount === 0 && existedSince !== undefined) {
      return {
        status: 'data-missing',
        existedSince,
        startAfresh: () => {
          forgetDataExisted();
          setAttempt((current) => current + 1);
        },
      };
    }
    return {
      status: 'no-profiles',
      hasFacilitator: result.profiles.some((profile) => isFacilitator(profile)),
    };
  }
  return { status: 'ready', profiles: result.profiles, active: result.active };
}
