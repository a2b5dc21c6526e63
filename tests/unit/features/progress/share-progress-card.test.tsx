import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ShareProgressCard } from '@/features/progress/share-progress-card';
import { captureDownloads } from '../../../support/downloads';
import { makeFramework, rate, setUpTestProgramme } from '../../../support/factories';

const downloads = captureDownloads();

describe('ShareProgressCard', () => {
  it('downloads every rating as a CSV named after the delegate, read when the button is pressed', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme({ framework: makeFramework() });
    render(<ShareProgressCard active={active} />);
    // Rated after the card was shown: the file holds what is stored when the button is pressed.
    await rate(active, { skillId: 'q1', week: 0, level: 2, note: 'Cold calling, mostly' });

    await user.click(screen.getByRole('button', { name: 'Download ratings (CSV)' }));

    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const [download] = downloads;
    expect(download?.name).toBe('sam-teacher-ratings.csv');
    expect(download?.type).toBe('text/csv;charset=utf-8');
    const lines = download?.text.replace(/^\uFEFF/, '').split('\r\n') ?? [];
    expect(lines[0]).toMatch(/^Source,Person,/);
    expect(lines[1]).toMatch(
      /^Self-rating,Sam Teacher,,0,,,\d{2}\/\d{2}\/\d{4},Questioning,I use hinge questions to check understanding\.,2,Developing,"Cold calling, mostly"$/,
    );
  });

  it('links to the one-page progress update', async () => {
    const active = await setUpTestProgramme({ framework: makeFramework() });
    render(<ShareProgressCard active={active} />);
    expect(screen.getByRole('link', { name: 'Progress update for your coach' })).toHaveAttribute(
      'href',
      '/report',
    );
  });

  it('offers "Share with my facilitator" to a delegate, and never to a facilitator', async () => {
    const active = await setUpTestProgramme({ framework: makeFramework() });
    const { unmount } = render(<ShareProgressCard active={active} />);
    expect(screen.getByRole('link', { name: 'Share with my facilitator' })).toHaveAttribute(
      'href',
      '/share-progress',
    );
    unmount();
    const facilitator = { ...active, profile: { ...active.profile, role: 'facilitator' as const } };
    render(<ShareProgressCard active={facilitator} />);
    expect(screen.getByRole('link', { name: 'Progress update for your coach' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Share with my facilitator' })).toBeNull();
  });
});
