import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { ColleaguesScreen } from '@/features/colleagues/colleagues-screen';
import {
  forgetHandedOverFiles,
  handOver,
  jsonFile,
  withDamagedChecksum,
} from '../../../support/handed-over-files';
import { setUpReturnedObservation } from '../../../support/observation-factories';

const LONG = { timeout: 10_000 };

describe('an observation file opened with “Open a Trellis file” (/receive)', () => {
  beforeEach(() => {
    forgetHandedOverFiles();
    window.history.replaceState(null, '', '/receive');
  });

  it('shows the same preview as a chosen file, and stores nothing until accepted', async () => {
    const user = userEvent.setup();
    const { sam, priya, text } = await setUpReturnedObservation();
    handOver('observation', [jsonFile(text, 'observation.trellis-observation.json')]);
    render(<ColleaguesScreen active={sam} />);

    expect(
      await screen.findByRole('heading', { name: 'Received observation', level: 1 }, LONG),
    ).toBeVisible();
    expect(await screen.findByText('Priya Shah observed Sam Teacher', {}, LONG)).toBeVisible();
    expect(screen.getByText(/3 Secure/)).toBeVisible();
    expect(screen.getByText('Lovely questioning')).toBeVisible();
    expect(await db.observations.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Accept and save' }));
    await expect.poll(() => db.observations.count(), LONG).toBe(1);
    // Accepted, the file has done its job: the colleague's progress opens.
    expect(window.location.pathname + window.location.search).toBe(
      `/colleagues?colleague=${priya.id}`,
    );
  });

  it('refuses a damaged file in plain words and stores nothing', async () => {
    const { sam, text } = await setUpReturnedObservation();
    handOver('observation', [jsonFile(withDamagedChecksum(text), 'observation.json')]);
    render(<ColleaguesScreen active={sam} />);
    expect(await screen.findByRole('alert', {}, LONG)).toHaveTextContent(/changed or damaged/);
    expect(screen.queryByRole('button', { name: 'Accept and save' })).not.toBeInTheDocument();
    expect(await db.observations.count()).toBe(0);
  });

  it('refuses a file too large to be an observation before reading it', async () => {
    const { sam } = await setUpReturnedObservation();
    handOver('observation', [jsonFile(`{"app":"Trellis"${' '.repeat(300_000)}}`, 'huge.json')]);
    render(<ColleaguesScreen active={sam} />);
    expect(await screen.findByRole('alert', {}, LONG)).toHaveTextContent(
      '“huge.json” is too large to be an observation',
    );
    expect(screen.getByRole('link', { name: 'Back to colleagues' })).toBeVisible();
    expect(await db.observations.count()).toBe(0);
  });
});
