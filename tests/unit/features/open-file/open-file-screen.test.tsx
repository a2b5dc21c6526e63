import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiveReviewBundle, setUpCoach } from '@/db/coaching';
import { setUpFacilitator } from '@/db/cohorts';
import { db } from '@/db/database';
import { sealEnvelope } from '@/domain/file-envelope';
import { returnFileText, returnLink } from '@/domain/observation-exchange';
import { snapshotFileText } from '@/domain/cohort/snapshot-exchange';
import { useIncomingFilesStore } from '@/state/incoming-files-store';
import { OpenFileScreen } from '@/features/open-file/open-file-screen';
import { setUpTestProgramme } from '../../../support/factories';
import { makeReturnedObservation } from '../../../support/observation-factories';
import { makeSnapshot } from '../../../support/cohort-factories';
import { makeTrellisFixtures, restoreFixtureBackup } from '../../../support/trellis-file-fixtures';

const SLOW = { timeout: 5000 };

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

function jsonFile(text: string, name: string): File {
  return new File([text], name, { type: 'application/json' });
}

async function storedCounts() {
  return {
    observations: await db.observations.count(),
    cohortSnapshots: await db.cohortSnapshots.count(),
  };
}

beforeEach(() => {
  goTo('/open');
  useIncomingFilesStore.setState({ incoming: null, toRecognise: null });
});
afterEach(() => goTo('/'));

describe('Open a Trellis file', () => {
  it('hands a recognised file to the screen that previews it, storing nothing', async () => {
    await setUpTestProgramme();
    const before = await storedCounts();
    const user = userEvent.setup();
    render(<OpenFileScreen />);
    const text = await returnFileText(makeReturnedObservation());
    const input = await screen.findByLabelText('Choose the file');
    await waitFor(() => expect(input).toBeEnabled(), SLOW);
    await user.upload(input, jsonFile(text, 'observation-2026-11-03.trellis-observation.json'));

    await waitFor(() => expect(window.location.pathname).toBe('/receive'), SLOW);
    const incoming = useIncomingFilesStore.getState().incoming;
    expect(incoming?.kind).toBe('observation');
    expect(await incoming?.files[0]?.text()).toBe(text);
    expect(await storedCounts()).toEqual(before);
  });

  it('says what a snapshot is and where it belongs on a delegate’s profile', async () => {
    await setUpTestProgramme();
    const user = userEvent.setup();
    render(<OpenFileScreen />);
    const input = await screen.findByLabelText('Choose the file');
    await waitFor(() => expect(input).toBeEnabled(), SLOW);
    await user.upload(input, jsonFile(await snapshotFileText(makeSnapshot()), 'sam.json'));

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(
      'a delegate’s progress snapshot, for their facilitator’s cohort',
    );
    expect(alert).toHaveTextContent('facilitator’s Trellis');
    expect(window.location.pathname).toBe('/open');
    expect(useIncomingFilesStore.getState().incoming).toBeNull();
  });

  it('opens several snapshots together on a facilitator’s device', async () => {
    await setUpFacilitator({ displayName: 'Fran Okoye', school: '' });
    const user = userEvent.setup();
    render(<OpenFileScreen />);
    const input = await screen.findByLabelText('Choose the file');
    await waitFor(() => expect(input).toBeEnabled(), SLOW);
    const files = await Promise.all(
      [1, 2, 3].map(async (seed) =>
        jsonFile(await snapshotFileText(makeSnapshot({ seed })), `d${seed.toString()}.json`),
      ),
    );
    await user.upload(input, files);

    await waitFor(() => expect(window.location.pathname).toBe('/cohorts'), SLOW);
    expect(useIncomingFilesStore.getState().incoming?.files).toHaveLength(3);
    expect(await db.cohortSnapshots.count()).toBe(0);
  });

  it('lists what cannot open beside what can, and opens the chosen one', async () => {
    await setUpTestProgramme();
    const user = userEvent.setup();
    render(<OpenFileScreen />);
    const input = await screen.findByLabelText('Choose the file');
    await waitFor(() => expect(input).toBeEnabled(), SLOW);
    const unknown = JSON.stringify(await sealEnvelope('trellis-lesson-plan', 1, {}));
    await user.upload(input, [
      jsonFile(await returnFileText(makeReturnedObservation()), 'obs.json'),
      jsonFile('{"name": "a spreadsheet"}', 'export.json'),
      jsonFile(unknown, 'plan.json'),
    ]);

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('“export.json”: This is not a Trellis file.');
    expect(alert).toHaveTextContent('“plan.json”: This Trellis file holds “trellis-lesson-plan”');
    await user.click(screen.getByRole('button', { name: /Open “obs\.json”/ }));
    await waitFor(() => expect(window.location.pathname).toBe('/receive'), SLOW);
    expect(useIncomingFilesStore.getState().incoming?.kind).toBe('observation');
  });

  it('starts a device with nobody set up from a backup, on the welcome’s restore', async () => {
    const backup = JSON.stringify(await sealEnvelope('trellis-backup', 3, {}));
    useIncomingFilesStore
      .getState()
      .setToRecognise({ files: [jsonFile(backup, 'trellis-backup.json')], text: null });
    render(<OpenFileScreen />);
    await waitFor(() => expect(window.location.pathname).toBe('/setup'), SLOW);
    expect(useIncomingFilesStore.getState().incoming?.kind).toBe('backup');
  });

  it('opens files dropped on another screen', async () => {
    await setUpCoach('Ada Coach');
    const bundle = JSON.stringify(await sealEnvelope('trellis-review-bundle', 1, {}));
    useIncomingFilesStore
      .getState()
      .setToRecognise({ files: [jsonFile(bundle, 'answers.json')], text: null });
    render(<OpenFileScreen />);
    await waitFor(() => expect(window.location.pathname).toBe('/coaching'), SLOW);
    expect(useIncomingFilesStore.getState().incoming?.kind).toBe('review-bundle');
    expect(useIncomingFilesStore.getState().toRecognise).toBeNull();
  });

  it('sends a rater’s answer to whichever side of a delegate-and-coach device holds its round', async () => {
    const { files, coachBackup } = await makeTrellisFixtures();
    const answer = () => jsonFile(files['review-answer'].text, files['review-answer'].name);

    // The delegate's device, whose coach also coaches here: the answer is for the delegate's round.
    await setUpCoach('Ada Coach');
    useIncomingFilesStore.getState().setToRecognise({ files: [answer()], text: null });
    const first = render(<OpenFileScreen />);
    await waitFor(() => expect(window.location.pathname).toBe('/review-answer'), SLOW);
    first.unmount();

    // The coach's device, who is a delegate too: the answer is for a round they coach.
    await restoreFixtureBackup(coachBackup.text);
    expect(await receiveReviewBundle(files['review-bundle'].text)).toMatchObject({ ok: true });
    await setUpTestProgramme();
    goTo('/open');
    useIncomingFilesStore.getState().setToRecognise({ files: [answer()], text: null });
    render(<OpenFileScreen />);
    await waitFor(() => expect(window.location.pathname).toBe('/coaching'), SLOW);
    expect(useIncomingFilesStore.getState().incoming?.kind).toBe('review-answer');
  });

  it('opens a pasted link where it points, and explains one that is not Trellis’s', async () => {
    await setUpTestProgramme();
    const user = userEvent.setup();
    render(<OpenFileScreen />);
    const field = await screen.findByLabelText('Paste the link');
    await user.click(field);
    await user.paste('https://example.com/photos#holiday');
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'This is not a Trellis link.',
    );
    expect(window.location.pathname).toBe('/open');

    const link = await returnLink('https://trellis.example', makeReturnedObservation());
    await user.clear(field);
    await user.click(field);
    await user.paste(link);
    await user.click(screen.getByRole('button', { name: 'Open the link' }));
    await waitFor(() => expect(window.location.pathname).toBe('/receive'), SLOW);
    expect(window.location.hash).toBe(`#${link.split('#')[1] ?? ''}`);
  });

  it('opens a link shared as text with words around it', async () => {
    await setUpTestProgramme();
    const link = await returnLink('https://trellis.example', makeReturnedObservation());
    useIncomingFilesStore
      .getState()
      .setToRecognise({ files: [], text: `Here is my observation of your lesson: ${link}` });
    render(<OpenFileScreen />);
    await waitFor(() => expect(window.location.pathname).toBe('/receive'), SLOW);
  });

  it('says plainly when a share brought nothing to open', async () => {
    await setUpTestProgramme();
    useIncomingFilesStore.getState().setToRecognise({ files: [], text: 'See you on Tuesday!' });
    render(<OpenFileScreen />);
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'What was shared holds no Trellis file or link.',
    );
  });
});
