import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Review360Card } from '@/ui/review-360-card';
import { leadershipDelegate, startRound } from '../../../support/review-360-screens';

describe('the 360 card on Progress and Programme', () => {
  it('says what a 360 is before any round, and the newest round’s state after', async () => {
    const active = await leadershipDelegate();
    const view = render(<Review360Card profileId={active.profile.id} />);
    expect(await screen.findByText(/how they see your leadership/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Set up a 360° review' })).toHaveAttribute(
      'href',
      '/360',
    );
    view.unmount();

    await startRound(active);
    render(<Review360Card profileId={active.profile.id} />);
    expect(await screen.findByText(/“Start of programme 360” is open until/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open your 360° review' })).toBeVisible();
  });
});
