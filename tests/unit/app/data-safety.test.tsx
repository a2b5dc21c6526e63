import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { makeBackup } from '@/db/backup';
import { resetConnectionStatus, watchDatabaseConnection } from '@/db/connection-status';
import { db } from '@/db/database';
import { markDataExisted } from '@/db/device-markers';
import { databaseSnapshot, emptyEveryTable } from '../../support/backup-data';
import { makeFramework, setUpTestProgramme } from '../../support/factories';

/** The app when its database fails: closed, newer elsewhere, emptied by the browser, upgraded in another tab. */
function setUpDelegate() {
  return setUpTestProgramme({ framework: makeFramework() });
}

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

/** Opens the database with raw IndexedDB at a later version, as a newer Trellis in another tab would. */
function upgradeFromAnotherTab(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('trellis', 1000);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('App when the data is in danger', () => {
  beforeEach(() => {
    goTo('/');
    resetConnectionStatus();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  it('says the data cannot be opened (never the welcome screen), and recovers when it can', async () => {
    const user = userEvent.setup();
    await setUpDelegate();
    db.close({ disableAutoOpen: true });
    render(<App />);

    expect(
      await screen.findByRole('heading', { name: 'Trellis cannot open your data just now' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/lost its connection/);
    expect(screen.queryByRole('heading', { name: 'Welcome to Trellis' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again now' }));
    expect(
      await screen.findByText('Self-audit', { selector: 'h1' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('says when the browser refuses storage (private windows), rather than offering a first run', async () => {
    await setUpDelegate();
    db.close({ disableAutoOpen: false });
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/private or incognito/);
    expect(screen.queryByRole('heading', { name: 'Welcome to Trellis' })).not.toBeInTheDocument();
  });

  it('tells the user when the browser has emptied the database, and restores a backup', async () => {
    const user = userEvent.setup();
    await setUpDelegate();
    const before = await databaseSnapshot();
    const backup = await makeBackup();
    markDataExisted();
    await emptyEveryTable();
    render(<App />);

    expect(
      await screen.findByRole('heading', {
        name: 'Your Trellis data is no longer in this browser',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Welcome to Trellis' })).not.toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('Choose a Trellis backup file'),
      new File([backup.text], backup.fileName, { type: 'application/json' }),
    );
    expect(
      await screen.findByRole('heading', { name: `What ${backup.fileName} holds` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Profiles 1 1 0 0/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore this backup' }));

    expect(
      await screen.findByText('Self-audit', { selector: 'h1' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('lets someone with no backup start again, after a second click', async () => {
    const user = userEvent.setup();
    markDataExisted();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Start again without a backup' }));
    await user.click(screen.getByRole('button', { name: 'Yes, set up again' }));
    expect(await screen.findByRole('heading', { name: 'Welcome to Trellis' })).toBeInTheDocument();
  });

  it('asks for a reload when another tab upgrades Trellis, keeping what is being typed', async () => {
    const user = userEvent.setup();
    watchDatabaseConnection();
    await setUpDelegate();
    goTo('/settings');
    render(<App />);
    const name = await screen.findByLabelText('Your name', {}, { timeout: 5000 });
    await user.clear(name);
    await user.type(name, 'Sam Typed-Before-Upgrade');

    await upgradeFromAnotherTab();
    const alert = await screen.findByText(/Trellis was updated in another tab/);
    expect(alert.closest('[role="alert"]')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload Trellis' })).toBeInTheDocument();
    await user.type(name, '!');
    expect(name).toHaveValue('Sam Typed-Before-Upgrade!');
    await waitFor(() =>
      expect(screen.getByText('Settings', { selector: 'h1' })).toBeInTheDocument(),
    );
  });
});
