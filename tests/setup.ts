import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { db } from '@/db/database';
import { useActiveProfileStore } from '@/state/active-profile-store';

// Every test starts from an empty database and fresh UI state.
beforeEach(async () => {
  await db.delete();
  await db.open();
  localStorage.clear();
  useActiveProfileStore.setState({ activeProfileId: null });
});

afterEach(() => {
  cleanup();
});
