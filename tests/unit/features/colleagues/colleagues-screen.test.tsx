import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { returnFileText } from '@/domain/observation-exchange';
import { addColleague } from '@/db/colleagues';
import { db } from '@/db/database';
import { ColleaguesScreen } from '@/features/colleagues/colleagues-screen';
import { setUpTestProgramme, skillIdsOf } from '../../../support/factories';
import {
  forgetHandedOverFiles,
  handOver,
  jsonFile,
  withDamagedChecksum,
} from '../../../support/handed-over-files';
import { makeReturnedObservation } from '../../../support/observation-factories';

const LONG = { timeout: 10_000 };

/** A delegate with a colleague, and the observation file that colleague sent back. */
async function returnedFile() {
  const sam = await setUpTestProgramme();
  const [first] = skillIdsOf(sam);
  const priya = await addColleague(sam.profile.id, {
    name: 'Priya Shah',
    role: '',
    subjectOrPhase: '',
    focusSkillIds: [first!],
  });
  const incoming = makeReturnedObservation({
    delegateProfileId: sam.profile.id,
    colleagueId: priya.id,
    observer: { name: 'Priya Shah', colleagueId: priya.id },
    observed: { name: 'Sam Teacher' },
    framework: { key: sam.framework.key, version: sam.framework.version },
    ratings: [{ skillId: first!, level: 3 }],
    strengths: 'Lovely questioning',
  });
  return { sam, priya, text: await returnFileText(incoming) };
}

describe('an observation file opened with “Open a Trellis file” (/receive)', () => {
  beforeEach(() => {
    forgetHandedOverFiles();
    window.history.replaceState(null, '', '/receive');
  });

  it('shows the same preview as a chosen file, and stores nothing until accepted', async () => {
    const user = userEvent.setup();
    const { sam, priya, text } = await returnedFile();
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
    const { sam, text } = await returnedFile();
    handOver('observation', [jsonFile(withDamagedChecksum(text), 'observation.json')]);
    render(<ColleaguesScreen active={sam} />);
    expect(await screen.findByRole('alert', {}, LONG)).toHaveTextContent(/changed or damaged/);
    expect(screen.queryByRole('button', { name: 'Accept and save' })).not.toBeInTheDocument();
    expect(await db.observations.count()).toBe(0);
  });

  it('refuses a file too large to be an observation before reading it', async () => {
    const { sam } = await returnedFile();
    handOver('observation', [jsonFile(`{"app":"Trellis"${' '.repeat(300_000)}}`, 'huge.json')]);
    render(<ColleaguesScreen active={sam} />);
    expect(await screen.findByRole('alert', {}, LONG)).toHaveTextContent(
      '“huge.json” is too large to be an observation',
    );
    expect(screen.getByRole('link', { name: 'Back to colleagues' })).toBeVisible();
    expect(await db.observations.count()).toBe(0);
  });
});
