import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackup } from '@/db/backup';
import { lastBackupAt } from '@/db/device-markers';
import { PASSPHRASE_WORDS } from '@/domain/passphrase-words';
import { SendToDeviceScreen } from '@/features/backup/send-to-device-screen';
import { captureDownloads } from '../../../support/downloads';
import { setUpTestProgramme } from '../../../support/factories';

/** Send everything to my other device: protected with six easy words by default, shared or saved. */
const downloads = captureDownloads();

afterEach(() => {
  Reflect.deleteProperty(window.navigator, 'share');
  Reflect.deleteProperty(window.navigator, 'canShare');
});

describe('SendToDeviceScreen', () => {
  it(
    'protects the file with six plain words by default, and saves it to downloads',
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup();
      await setUpTestProgramme();
      render(<SendToDeviceScreen />);
      expect(screen.getByRole('radio', { name: /Protect it with six words/ })).toBeChecked();
      const words = screen.getByTestId('passphrase-words').textContent;
      expect(words.split(' ')).toHaveLength(6);
      for (const word of words.split(' ')) expect(PASSPHRASE_WORDS).toContain(word);
      expect(screen.queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Make the file' }));
      await user.click(
        await screen.findByRole('button', { name: 'Save to downloads' }, { timeout: 20_000 }),
      );
      await vi.waitFor(() => expect(downloads).toHaveLength(1));
      expect(downloads[0]?.name).toMatch(/^trellis-backup-.*-protected\.json$/);
      expect(screen.getByText(/Saved to your downloads/)).toBeVisible();
      expect(lastBackupAt()).toBeDefined();
      const opened = await readBackup(downloads[0]!.text, words);
      expect(opened.ok).toBe(true);
      expect((await readBackup(downloads[0]!.text)).ok).toBe(false);
    },
  );

  it('warns plainly before a file with no passphrase, and offers the share sheet where there is one', async () => {
    const user = userEvent.setup();
    await setUpTestProgramme();
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(window.navigator, 'share', { configurable: true, value: share });
    Object.defineProperty(window.navigator, 'canShare', {
      configurable: true,
      value: () => true,
    });
    render(<SendToDeviceScreen />);
    await user.click(screen.getByRole('radio', { name: /No passphrase/ }));
    expect(screen.getByRole('note')).toHaveTextContent(
      /anyone who gets the file can read everything in it/,
    );
    await user.click(screen.getByRole('button', { name: 'Make the file' }));
    await screen.findByRole('button', { name: 'Share…' });
    const ready = screen.getByRole('region', { name: /Send it to your other device/ });
    expect(ready).toHaveTextContent(/is made and checked: it holds .*, with no passphrase\./);
    await user.click(within(ready).getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledOnce();
    expect(await screen.findByText(/Shared\. Open it on your other device/)).toBeVisible();
    expect(downloads).toHaveLength(0);
  });
});
