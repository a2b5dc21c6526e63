import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * Which profile this device is showing. UI state only: the profiles themselves live in IndexedDB.
 * Kept in localStorage so a reload comes back to the same person (and, on a shared laptop, so each
 * browser remembers its own choice).
 */
interface ActiveProfileState {
  activeProfileId: string | null;
  setActiveProfileId: (profileId: string | null) => void;
}

export const ACTIVE_PROFILE_STORAGE_KEY = 'trellis.active-profile';

export const useActiveProfileStore = create<ActiveProfileState>()(
  persist(
    (set) => ({
      activeProfileId: null,
      setActiveProfileId: (activeProfileId) => set({ activeProfileId }),
    }),
    { name: ACTIVE_PROFILE_STORAGE_KEY, version: 1 },
  ),
);
