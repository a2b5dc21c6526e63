import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT_VERSION } from '@/domain/backup-format';
import { makeBackup } from '@/db/backup';
import { db } from '@/db/database';
import { BackupScreen } from '@/features/backup/backup-screen';
import { databaseSnapshot, emptyEveryTable } from '../../../support/backup-data';
import { captureDownloads } from '../../../support/downloads';
import { makeFramework, setUpTestProgramme } from '../../../support/factories';
import {
  forgetHandedOverFiles,
  handOver,
  jsonFile,
  withDamagedChecksum,
} from '../../../support/handed-over-files';

/** The backup screen as a user drives it: save, protect, choose a file, preview, merge, replace. */
const downloads = captureDownloads();

function fileOf(text: string, name = 'backup.json') {
  return new File([text], name, { type: 'application/json' });
}

describe('BackupScreen', () => {
  it('saves a checked backup through a download and shows when it was made', async () => {
    const user = userEvent.setup();
    await setUpTestProgramme({ framework: makeFramework() });
    render(<BackupScreen />);
    expect(screen.getByText('No backup has been made on this device yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    expect(await screen.findByText(/Backup saved and checked/)).toBeInTheDocument();
    expect(screen.getByTestId('last-backup')).toHaveTextContent(
      /^Last backup: \d{1,2} [A-Z][a-z]{2} \d{4}/,
    );
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]!.text)).toMatchObject({
      app: 'Trellis',
      type: 'trellis-backup',
      version: BACKUP_FORMAT_VERSION,
    });
  });

  it('asks for the passphrase twice and refuses a short or mismatched one', async () => {
    const user = userEvent.setup();
    await setUpTestProgramme({ framework: makeFramework() });
    render(<BackupScreen />);
    await user.click(screen.getByLabelText('Protect the file with a passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    expect(screen.getByText('Use at least 8 characters')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passphrase'), ' but longer');
    await user.type(screen.getByLabelText('Passphrase again'), 'something else');
    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    expect(screen.getByText('The two passphrases are not the same')).toBeInTheDocument();
    expect(downloads).toHaveLength(0);
  });

  // Four 600,000-iteration key derivations: seconds of CPU on a slow or busy machine.
  it(
    'opens a protected backup only with its passphrase, previews it and merges it',
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup();
      await setUpTestProgramme({ framework: makeFramework() });
      const backup = await makeBackup({ passphrase: 'river valley 42' });
      await db.ratings.clear();
      const before = await databaseSnapshot();
      render(<BackupScreen />);

      await user.upload(screen.getByLabelText('Choose a Trellis backup file'), fileOf(backup.text));
      const passphrase = await screen.findByLabelText('Passphrase for backup.json');
      await user.type(passphrase, 'river valley 4');
      await user.click(screen.getByRole('button', { name: 'Open the backup' }));
      expect(
        await screen.findByText(/passphrase does not open this backup/, {}, { timeout: 20_000 }),
      ).toBeInTheDocument();
      expect(await databaseSnapshot()).toEqual(before);

      await user.type(screen.getByLabelText('Passphrase for backup.json'), '2');
      await user.click(screen.getByRole('button', { name: 'Open the backup' }));
      const table = await screen.findByRole('table', {}, { timeout: 20_000 });
      expect(within(table).getByRole('row', { name: /Profiles 1 0 0 1/ })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Merge this backup' }));
      expect(await screen.findByText(/Restored\./)).toBeInTheDocument();
    },
  );

  it('says what is wrong with a file that is not a backup, and changes nothing', async () => {
    const user = userEvent.setup();
    await setUpTestProgramme({ framework: makeFramework() });
    const before = await databaseSnapshot();
    render(<BackupScreen />);
    await user.upload(
      screen.getByLabelText('Choose a Trellis backup file'),
      fileOf('<html>', 'page.json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a Trellis backup/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('replaces everything only after explicit confirmation, offering a safety backup first', async () => {
    const user = userEvent.setup();
    await setUpTestProgramme({
      framework: makeFramework(),
      person: { displayName: 'In backup', school: '' },
    });
    const backup = await makeBackup();
    await setUpTestProgramme({
      framework: makeFramework(),
      person: { displayName: 'Only here', school: '' },
    });
    render(<BackupScreen />);
    await user.upload(screen.getByLabelText('Choose a Trellis backup file'), fileOf(backup.text));
    await user.click(await screen.findByLabelText(/Replace everything/));

    const replace = screen.getByRole('button', { name: 'Replace everything with this backup' });
    expect(replace).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Save a safety backup first' }));
    expect(await screen.findByText(/Safety backup saved/)).toBeInTheDocument();
    await vi.waitFor(() => expect(downloads[0]?.name).toMatch(/^trellis-safety-backup-/));
    expect(downloads[0]!.text).toContain('Only here');

    await user.click(
      screen.getByLabelText(/I understand that everything on this device will be replaced/),
    );
    await user.click(replace);
    expect(await screen.findByText(/Restored\./)).toBeInTheDocument();
    expect((await db.profiles.toArray()).map((profile) => profile.displayName)).toEqual([
      'In backup',
    ]);
  });

  describe('a backup opened with “Open a Trellis file”', () => {
    beforeEach(forgetHandedOverFiles);

    it('shows the same preview as a chosen file, and changes nothing until merged', async () => {
      const user = userEvent.setup();
      await setUpTestProgramme({
        framework: makeFramework(),
        person: { displayName: 'In backup', school: '' },
      });
      const backup = await makeBackup();
      await emptyEveryTable();

      handOver('backup', [jsonFile(backup.text, 'trellis-backup-2026-12-06.json')]);
      render(<BackupScreen />);
      expect(
        await screen.findByRole('heading', { name: 'What trellis-backup-2026-12-06.json holds' }),
      ).toBeVisible();
      const table = screen.getByRole('table');
      expect(within(table).getByRole('row', { name: /Profiles 1 1 0 0/ })).toBeInTheDocument();
      expect(await db.profiles.count()).toBe(0);

      await user.click(screen.getByRole('button', { name: 'Restore this backup' }));
      expect(await screen.findByText(/Restored\./)).toBeInTheDocument();
      expect((await db.profiles.toArray()).map((profile) => profile.displayName)).toEqual([
        'In backup',
      ]);
    });

    it('refuses a damaged backup in plain words and changes nothing', async () => {
      await setUpTestProgramme({ framework: makeFramework() });
      const backup = await makeBackup();
      const before = await databaseSnapshot();
      handOver('backup', [jsonFile(withDamagedChecksum(backup.text), 'backup.json')]);
      render(<BackupScreen />);
      expect(await screen.findByRole('alert')).toHaveTextContent(/changed or damaged/);
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect(await databaseSnapshot()).toEqual(before);
    });
  });
});
