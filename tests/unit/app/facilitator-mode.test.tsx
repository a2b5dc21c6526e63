import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { setUpFacilitator } from '@/db/cohorts';
import { setUpTestProgramme } from '../../support/factories';

const LONG = { timeout: 8000 };

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

describe('a facilitator in the app', () => {
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  it('is reached from the welcome, and needs no programme', async () => {
    const user = userEvent.setup();
    goTo('/');
    render(<App />);
    await user.click(await screen.findByRole('link', { name: 'I’m a facilitator' }, LONG));
    expect(
      await screen.findByRole('heading', { name: 'See where your cohort stands' }, LONG),
    ).toBeVisible();
    expect(window.location.pathname).toBe('/cohorts');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('opens on the cohorts on a device that holds only a facilitator', async () => {
    await setUpFacilitator({ displayName: 'Fran Okoye', school: '' });
    goTo('/');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Your cohorts' }, LONG)).toBeVisible();
    expect(window.location.pathname).toBe('/cohorts');
  });

  it('keeps a facilitator’s profile out of a delegate’s profile switcher', async () => {
    await setUpTestProgramme();
    await setUpFacilitator({ displayName: 'Fran Okoye', school: '' });
    goTo('/progress');
    render(<App />);
    const switcher = await screen.findByRole('combobox', { name: 'Switch profile' }, LONG);
    expect([...(switcher as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      'Sam Teacher',
    ]);
    expect(
      await screen.findByRole('link', { name: 'Share with my facilitator' }, LONG),
    ).toBeVisible();
  });
});
