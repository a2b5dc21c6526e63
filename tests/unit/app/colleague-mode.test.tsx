import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { requestLink } from '@/domain/observation-exchange';
import { db } from '@/db/database';
import { makeObservationRequest } from '../../support/observation-factories';

describe('colleague mode in the app', () => {
  it('opens a request link on a device with no profile, without the first-run set-up', async () => {
    const link = await requestLink(window.location.origin, makeObservationRequest());
    window.history.replaceState(null, '', link.slice(window.location.origin.length));
    render(<App />);
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Sam Teacher observed Priya Shah' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(await db.profiles.count()).toBe(0);
  });
});
