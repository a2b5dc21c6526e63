import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import { loadActiveProgramme } from '@/db/active-programme';
import { hasExampleProfile, loadExampleProfile } from '@/db/example-profile';
import { recordTookIn } from '@/db/device-markers';
import { getProfile, listProfiles } from '@/db/profiles';
import { SettingsScreen } from '@/features/settings/settings-screen';
import { setUpTestProgramme } from '../../../support/factories';

interface StorageStub {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<StorageEstimate>;
}

/** jsdom has no StorageManager: each test says what the browser would answer. */
function stubStorage(storage: StorageStub) {
  Object.defineProperty(window.navigator, 'storage', { configurable: true, value: storage });
}

async function renderSettings(active: ActiveProgramme) {
  const onSwitchProfile = vi.fn<(profileId: string) => void>();
  const onAddProfile = vi.fn<() => void>();
  const profiles = await listProfiles();
  render(
    <SettingsScreen
      active={active}
      profiles={profiles}
      onSwitchProfile={onSwitchProfile}
      onAddProfile={onAddProfile}
    />,
  );
  await screen.findByText(/Persistent|Not yet persistent|Unknown/);
  return { onSwitchProfile, onAddProfile };
}

async function activeFor(profileId: string): Promise<ActiveProgramme> {
  const active = await loadActiveProgramme(profileId);
  if (!active) throw new Error('no programme for that profile');
  return active;
}

describe('SettingsScreen', () => {
  afterEach(() => {
    Reflect.deleteProperty(window.navigator, 'storage');
  });

  it('links to sending everything to the other device, and says when this device last took data in', async () => {
    const active = await setUpTestProgramme();
    await renderSettings(active);
    expect(
      screen.getByRole('link', { name: 'Send everything to my other device' }),
    ).toHaveAttribute('href', '/send');
    expect(screen.getByTestId('last-took-in')).toHaveTextContent(/has not taken in/);
    recordTookIn('2026-12-04T10:30:00.000Z', new Date('2026-12-04T18:05:00.000Z'));
    await waitFor(() =>
      expect(screen.getByTestId('last-took-in')).toHaveTextContent(
        /last took in another device’s data \(or a backup\) on 4 Dec 2026, \d\d:05: a file made 4 Dec 2026, \d\d:30/,
      ),
    );
  });

  it('shows a card for each section', async () => {
    const active = await setUpTestProgramme();
    await renderSettings(active);

    for (const heading of [
      'Your details',
      'Profiles on this device',
      'Example data',
      'Storage on this device',
      'Working offline',
      'Coaching',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Coaching workspace' })).toHaveAttribute(
      'href',
      '/coaching',
    );
    expect(
      screen.getByText('Offline use becomes available after this page has fully loaded once.'),
    ).toBeInTheDocument();
  });

  describe('Your details', () => {
    it('saves your name and school to the profile as you type', async () => {
      const user = userEvent.setup();
      const active = await setUpTestProgramme();
      await renderSettings(active);

      const name = screen.getByLabelText('Your name');
      expect(name).toHaveValue('Sam Teacher');
      await user.clear(name);
      await user.type(name, 'Alex Morgan');
      await user.tab();

      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
      expect(await getProfile(active.profile.id)).toMatchObject({
        displayName: 'Alex Morgan',
        school: 'Riverside Academy',
      });

      // No blur this time: the debounce alone saves it.
      await user.type(screen.getByLabelText('School'), ' North');
      await waitFor(async () =>
        expect((await getProfile(active.profile.id))?.school).toBe('Riverside Academy North'),
      );
    });

    it('shows an error for an over-long name and stores nothing', async () => {
      const user = userEvent.setup();
      const active = await setUpTestProgramme();
      await renderSettings(active);

      const name = screen.getByLabelText('Your name');
      await user.clear(name);
      await user.paste('A'.repeat(81));
      await user.tab();

      expect(screen.getByText('Name is too long (80 characters at most)')).toBeInTheDocument();
      expect(name).toHaveAttribute('aria-invalid', 'true');
      await new Promise((resolve) => setTimeout(resolve, 700));
      const stored = await getProfile(active.profile.id);
      expect(stored?.displayName).toBe('Sam Teacher');
      expect(stored?.rev).toBe(active.profile.rev);
      expect(screen.getByRole('status')).not.toHaveTextContent('Saved');
    });

    it("shows the example's details read-only", async () => {
      await setUpTestProgramme();
      const exampleId = await loadExampleProfile();
      await renderSettings(await activeFor(exampleId));

      expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
      expect(
        screen.getByText(/belong to the example delegate and cannot be changed/),
      ).toBeVisible();
    });
  });

  describe('Profiles on this device', () => {
    it('lists every profile and switches to another one', async () => {
      const user = userEvent.setup();
      const sam = await setUpTestProgramme();
      const alex = await setUpTestProgramme({
        person: { displayName: 'Alex Morgan', school: 'Hillside School' },
      });
      const { onSwitchProfile, onAddProfile } = await renderSettings(sam);

      expect(screen.getByText('Showing now')).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Switch to Sam Teacher' }),
      ).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Switch to Alex Morgan' }));
      expect(onSwitchProfile).toHaveBeenCalledWith(alex.profile.id);

      await user.click(screen.getByRole('button', { name: /Add another person/ }));
      expect(onAddProfile).toHaveBeenCalledOnce();
    });
  });

  describe('Example data', () => {
    it('creates an example profile and switches to it', async () => {
      const user = userEvent.setup();
      const active = await setUpTestProgramme();
      const { onSwitchProfile } = await renderSettings(active);

      await user.click(screen.getByRole('button', { name: 'Try it with example data' }));

      await waitFor(() => expect(onSwitchProfile).toHaveBeenCalledOnce());
      const exampleId = onSwitchProfile.mock.calls[0]![0];
      expect(exampleId).not.toBe(active.profile.id);
      expect(await getProfile(exampleId)).toMatchObject({ isExample: true });
      expect(await hasExampleProfile()).toBe(true);
    });

    it('removes the example, leaves the real profile and switches back to it', async () => {
      const user = userEvent.setup();
      const real = await setUpTestProgramme();
      const exampleId = await loadExampleProfile();
      const { onSwitchProfile } = await renderSettings(await activeFor(exampleId));

      expect(screen.getByText('Example data', { selector: '.settings-badge' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Remove example data' }));

      await waitFor(() => expect(onSwitchProfile).toHaveBeenCalledWith(real.profile.id));
      expect(await hasExampleProfile()).toBe(false);
      const remaining = await listProfiles();
      expect(remaining.map((profile) => profile.id)).toEqual([real.profile.id]);
      expect(await getProfile(real.profile.id)).toMatchObject({ displayName: 'Sam Teacher' });
    });

    it('offers to show the example when a real profile is showing', async () => {
      const user = userEvent.setup();
      const real = await setUpTestProgramme();
      const exampleId = await loadExampleProfile();
      const { onSwitchProfile } = await renderSettings(real);

      expect(
        screen.queryByRole('button', { name: 'Try it with example data' }),
      ).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Show the example' }));
      expect(onSwitchProfile).toHaveBeenCalledWith(exampleId);
    });
  });

  describe('Storage on this device', () => {
    it('says so when storage is persistent, with the space used', async () => {
      stubStorage({
        persisted: () => Promise.resolve(true),
        persist: () => Promise.resolve(true),
        estimate: () => Promise.resolve({ usage: 1.5 * 1024 * 1024, quota: 2 * 1024 ** 3 }),
      });
      const active = await setUpTestProgramme();
      await renderSettings(active);

      expect(
        screen.getByText(/your browser will not clear Trellis’s data to free up space/),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Ask the browser to keep my data' }),
      ).not.toBeInTheDocument();
      expect(screen.getByText(/^Using/)).toHaveTextContent(
        'Using 1.5 MB of 2 GB the browser allows Trellis (less than 0.1%).',
      );
    });

    it('explains the risk when not persistent and asks the browser to keep the data', async () => {
      const user = userEvent.setup();
      const persist = vi.fn(() => Promise.resolve(true));
      stubStorage({
        persisted: () => Promise.resolve(false),
        persist,
        estimate: () => Promise.resolve({ usage: 20 * 1024, quota: 100 * 1024 * 1024 }),
      });
      const active = await setUpTestProgramme();
      await renderSettings(active);

      expect(screen.getByText(/after 7 days without a visit/)).toBeInTheDocument();
      expect(screen.getByText(/^Using/)).toHaveTextContent('Using 20 KB of 100 MB');

      await user.click(screen.getByRole('button', { name: 'Ask the browser to keep my data' }));

      expect(persist).toHaveBeenCalledOnce();
      expect(
        await screen.findByText(/your browser will not clear Trellis’s data/),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Ask the browser to keep my data' }),
      ).not.toBeInTheDocument();
    });

    it('says when the browser refuses', async () => {
      const user = userEvent.setup();
      stubStorage({
        persisted: () => Promise.resolve(false),
        persist: () => Promise.resolve(false),
      });
      const active = await setUpTestProgramme();
      await renderSettings(active);

      await user.click(screen.getByRole('button', { name: 'Ask the browser to keep my data' }));

      expect(await screen.findByText(/The browser has not agreed yet/)).toBeInTheDocument();
      expect(screen.getByText(/Not yet persistent/)).toBeInTheDocument();
    });

    it('copes with a browser that has no storage manager', async () => {
      // jsdom, like some older browsers, has no navigator.storage at all.
      const active = await setUpTestProgramme();
      await renderSettings(active);

      expect(
        screen.getByText(/this browser does not say whether it will keep Trellis’s data/),
      ).toBeInTheDocument();
      expect(
        screen.getByText('This browser does not report how much space Trellis uses.'),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Ask the browser to keep my data' }),
      ).not.toBeInTheDocument();
    });
  });
});
