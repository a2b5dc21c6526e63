import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameworkFileText } from '@/domain/framework-file';
import { loadActiveProgramme } from '@/db/active-programme';
import { db } from '@/db/database';
import { FirstRunScreen } from '@/features/setup/first-run-screen';
import { makeFramework } from '../../../support/factories';

describe('Set-up with a framework file', () => {
  beforeEach(() => {
    Object.defineProperty(window.navigator, 'storage', {
      configurable: true,
      value: { persist: () => Promise.resolve(true) },
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(window.navigator, 'storage');
  });

  it('starts the programme with the framework a facilitator prepared', async () => {
    const user = userEvent.setup();
    const onSetUp = vi.fn<(profileId: string) => void>();
    render(<FirstRunScreen onSetUp={onSetUp} />);
    await user.click(screen.getByRole('button', { name: 'Set up my programme' }));
    // The form's code is loaded on the click (or once the welcome is idle).
    await screen.findByRole('heading', { level: 1, name: 'Set up your programme' });

    const cohort = makeFramework({ key: 'cohort-2026', name: 'Cohort 2026 framework' });
    await user.upload(
      screen.getByLabelText('Or use a framework file'),
      new File([await frameworkFileText(cohort)], 'cohort.trellis-framework.json'),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'You will audit yourself against Cohort 2026 framework, from the file (2 areas).',
    );
    await user.click(screen.getByRole('button', { name: 'Start my programme' }));

    await waitFor(() => expect(onSetUp).toHaveBeenCalledOnce());
    const active = await loadActiveProgramme(onSetUp.mock.calls[0]![0]);
    expect(active?.framework).toMatchObject({ key: 'cohort-2026', name: 'Cohort 2026 framework' });
  });

  it('lists what is wrong with a bad file and keeps the built-in framework', async () => {
    const user = userEvent.setup();
    render(<FirstRunScreen onSetUp={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Set up my programme' }));
    // The form's code is loaded on the click (or once the welcome is idle).
    await screen.findByRole('heading', { level: 1, name: 'Set up your programme' });
    await user.upload(
      screen.getByLabelText('Or use a framework file'),
      new File(['{"not": "a framework"}'], 'notes.json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'notes.json cannot be used.This is not a Trellis framework file.',
    );
    expect(screen.getByText(/OTP Plus teaching audit/)).toBeInTheDocument();
    expect(await db.frameworks.count()).toBe(0);
  });
});
