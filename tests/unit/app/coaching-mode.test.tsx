import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { db } from '@/db/database';
import { setUpCoach } from '@/db/coaching';

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

describe('the coaching workspace in the app', () => {
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  it('is reached from the welcome with no profile, and needs no programme', async () => {
    const user = userEvent.setup();
    goTo('/');
    render(<App />);
    await user.click(await screen.findByRole('link', { name: 'I’m a coach' }, { timeout: 5000 }));
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Coach delegates’ 360° reviews' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/coaching');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(await db.profiles.count()).toBe(0);
  });

  it('backs up a coach’s device that holds no profile, with a way back', async () => {
    const user = userEvent.setup();
    await setUpCoach('Ada Coach');
    goTo('/coaching');
    render(<App />);
    await user.click(
      await screen.findByRole('link', { name: 'Back up this device' }, { timeout: 5000 }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Backup and restore' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '← Back to the coaching workspace' }));
    expect(
      await screen.findByRole('heading', { name: 'Coaching workspace' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
