import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FirstRunScreen } from '@/features/setup/first-run-screen';

// The set-up form's chunk cannot be loaded (say, missing from an outdated cache while offline).
vi.mock('@/features/setup/set-up-form', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('FirstRunScreen when the set-up form cannot be loaded', () => {
  it('says so on the welcome instead of doing nothing, and stays on the welcome', async () => {
    const user = userEvent.setup();
    render(<FirstRunScreen onSetUp={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Set up my programme' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The set-up form could not be loaded',
    );
    expect(screen.getByRole('button', { name: 'Set up my programme' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Set up your programme' })).toBeNull();
  });
});
