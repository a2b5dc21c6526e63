import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup } from '@/db/backup';
import { setUpCoach } from '@/db/coaching';
import { db } from '@/db/database';
import { FirstRunScreen } from '@/features/setup/first-run-screen';
import { databaseSnapshot, emptyEveryTable } from '../../../support/backup-data';
import { rate, setUpTestProgramme, skillIdsOf } from '../../../support/factories';
import {
  forgetHandedOverFiles,
  handOver,
  jsonFile,
  withDamagedChecksum,
} from '../../../support/handed-over-files';

/** A new phone: the welcome screen starts from the backup made on the old or other device. */
function fileOf(text: string, name = 'trellis-backup.json') {
  return new File([text], name, { type: 'application/json' });
}

async function backupOfOneDelegate() {
  const sam = await setUpTestProgramme();
  await rate(sam, { skillId: skillIdsOf(sam)[0]!, week: 1, level: 2 });
  const backup = await makeBackup();
  await emptyEveryTable();
  return { sam, backup };
}

describe('Start from a backup, on the welcome screen', () => {
  beforeEach(() => {
    Object.defineProperty(window.navigator, 'storage', {
      configurable: true,
      value: { persist: () => Promise.resolve(true) },
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(window.navigator, 'storage');
  });

  it('previews the backup, restores it and opens the profile worked on last', async () => {
    const user = userEvent.setup();
    const { sam, backup } = await backupOfOneDelegate();
    const onSetUp = vi.fn<(profileId: string) => void>();
    render(<FirstRunScreen onSetUp={onSetUp} />);

    await user.click(screen.getByRole('button', { name: 'Start from a backup' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Start from a backup' }),
    ).toHaveFocus();
    await user.upload(
      await screen.findByLabelText('Choose a Trellis backup file'),
      fileOf(backup.text),
    );
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('row', { name: /Profiles 1 1 0 0/ })).toBeInTheDocument();
    expect(
      screen.getByText(/holds no Trellis data yet, so all of it will be restored/),
    ).toBeVisible();
    // Nothing to merge with or replace on an empty device.
    expect(screen.queryByRole('radio', { name: /Replace everything/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(onSetUp).toHaveBeenCalledWith(sam.profile.id));
  });

  it('takes a coach whose backup holds only their keys on to the coaching workspace', async () => {
    const user = userEvent.setup();
    await setUpCoach('Dr Amara Okafor');
    const backup = await makeBackup();
    await emptyEveryTable();
    window.history.replaceState(null, '', '/setup');
    const onSetUp = vi.fn<(profileId: string) => void>();
    render(<FirstRunScreen onSetUp={onSetUp} />);

    await user.click(screen.getByRole('button', { name: 'Start from a backup' }));
    await user.upload(
      await screen.findByLabelText('Choose a Trellis backup file'),
      fileOf(backup.text),
    );
    await user.click(await screen.findByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(window.location.pathname).toBe('/coaching'), { timeout: 10_000 });
    expect(await db.coachKeys.count()).toBe(1);
    expect(onSetUp).not.toHaveBeenCalled();
  });

  it('opens a backup opened with “Open a Trellis file” on a device with nobody set up', async () => {
    forgetHandedOverFiles();
    const { backup } = await backupOfOneDelegate();
    handOver('backup', [jsonFile(backup.text, 'trellis-backup.json')]);
    render(<FirstRunScreen onSetUp={vi.fn()} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Start from a backup' }),
    ).toBeVisible();
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('row', { name: /Profiles 1 1 0 0/ })).toBeInTheDocument();
    expect(await db.profiles.count()).toBe(0);
  });

  it('refuses a damaged backup opened with “Open a Trellis file”, storing nothing', async () => {
    forgetHandedOverFiles();
    const { backup } = await backupOfOneDelegate();
    const before = await databaseSnapshot();
    handOver('backup', [jsonFile(withDamagedChecksum(backup.text), 'trellis-backup.json')]);
    render(<FirstRunScreen onSetUp={vi.fn()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed or damaged/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('refuses a damaged file in plain words, and the welcome and the database stay as they were', async () => {
    const user = userEvent.setup();
    const { backup } = await backupOfOneDelegate();
    const before = await databaseSnapshot();
    render(<FirstRunScreen onSetUp={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Start from a backup' }));
    const input = await screen.findByLabelText('Choose a Trellis backup file');

    await user.upload(input, fileOf(backup.text.slice(0, backup.text.length / 2)));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Nothing has been changed|damaged|not .*complete|cut short/i,
    );
    await user.upload(input, fileOf(backup.text.replace('"rev":1', '"rev":2')));
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed or damaged/);
    expect(await databaseSnapshot()).toEqual(before);

    await user.click(screen.getByRole('button', { name: '← Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Trellis' })).toBeVisible();
  });
});
