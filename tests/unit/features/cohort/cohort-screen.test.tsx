import { StrictMode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '@/domain/record';
import { snapshotLink } from '@/domain/cohort/snapshot-exchange';
import { createCohort, listCohortSnapshots, setUpFacilitator } from '@/db/cohorts';
import { db } from '@/db/database';
import { CohortScreen } from '@/features/cohort/cohort-screen';
import {
  damagedSnapshotFile,
  makeCohortDetails,
  makeSnapshot,
  snapshotFile,
} from '../../../support/cohort-factories';
import {
  forgetHandedOverFiles,
  handOver,
  jsonFile,
  withDamagedChecksum,
} from '../../../support/handed-over-files';

const LONG = { timeout: 10_000 };

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

async function asFile(file: Promise<{ name: string; text: string }>): Promise<File> {
  const { name, text } = await file;
  return new File([text], name, { type: 'application/json' });
}

async function cohortOnDevice() {
  const facilitator = await setUpFacilitator({ displayName: 'Fran Okoye', school: '' });
  const cohort = await createCohort(
    facilitator.id,
    makeCohortDetails({ names: ['Sam Teacher', 'Priya Shah', 'Tom O’Neill', 'Dee Adams'] }),
    'otp-plus-teaching-audit',
  );
  goTo(`/cohorts?cohort=${cohort.id}`);
  return cohort;
}

const sam = makeSnapshot({ seed: 1, delegate: { id: newId(), name: 'Sam Teacher' } });
const priya = makeSnapshot({ seed: 2, delegate: { id: newId(), name: 'Priya Shah' } });

describe('the cohort workspace', () => {
  beforeEach(() => {
    goTo('/cohorts');
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  it('sets up a facilitator profile, then a cohort with its names', async () => {
    const user = userEvent.setup();
    render(<CohortScreen />);
    await user.type(await screen.findByLabelText('Your name'), 'Fran Okoye');
    await user.click(screen.getByRole('button', { name: 'Set up as a facilitator' }));
    expect(await screen.findByRole('heading', { name: 'Your cohorts' }, LONG)).toBeVisible();
    const profiles = await db.profiles.toArray();
    expect(profiles).toMatchObject([{ displayName: 'Fran Okoye', role: 'facilitator' }]);

    await user.type(screen.getByLabelText('Programme'), 'OTP Plus — spring');
    await user.type(screen.getByLabelText('Starts'), '2027-01-11');
    await user.type(screen.getByLabelText('Ends'), '2027-03-26');
    await user.type(screen.getByLabelText('Delegates’ names'), 'Sam Teacher{Enter}Priya Shah');
    await user.click(screen.getByRole('button', { name: 'Make the cohort' }));
    expect(
      await screen.findByText('0 of 2 on your list have shared; 2 not yet.', {}, LONG),
    ).toBeVisible();
    const cohorts = await db.cohorts.toArray();
    expect(cohorts).toMatchObject([
      { profileId: profiles[0]?.id, names: ['Sam Teacher', 'Priya Shah'] },
    ]);
  });

  it('refuses an end date before the start, and changes nothing', async () => {
    const user = userEvent.setup();
    await setUpFacilitator({ displayName: 'Fran', school: '' });
    render(<CohortScreen />);
    await user.type(await screen.findByLabelText('Programme', {}, LONG), 'OTP Plus');
    await user.type(screen.getByLabelText('Starts'), '2027-03-26');
    await user.type(screen.getByLabelText('Ends'), '2027-01-11');
    await user.click(screen.getByRole('button', { name: 'Make the cohort' }));
    expect(await screen.findByText('The end date is before the start date')).toBeVisible();
    expect(await db.cohorts.count()).toBe(0);
  });
});

describe('the import report and the dashboard', () => {
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  it('gives a bad file its own line while the others load, then draws the cohort', async () => {
    const user = userEvent.setup();
    await cohortOnDevice();
    render(<CohortScreen />);
    const input = await screen.findByLabelText('Choose snapshot files', {}, LONG);
    await user.upload(input, [
      await asFile(snapshotFile(sam, 'sam.json')),
      await asFile(damagedSnapshotFile(priya)),
      await asFile(snapshotFile(priya, 'priya.json')),
      new File(['not json at all'], 'notes.json'),
    ]);
    expect(
      await screen.findByText('4 files opened: 2 added or updated, 2 refused.', {}, LONG),
    ).toBeVisible();
    const refused = screen.getByRole('list', { name: 'Files refused' });
    expect(within(refused).getByText('damaged.trellis-snapshot.json')).toBeVisible();
    expect(within(refused).getByText(/checksum does not match/)).toBeVisible();
    expect(within(refused).getByText('notes.json')).toBeVisible();
    expect(screen.getByText(/Sam Teacher: added/)).toBeVisible();

    expect(await screen.findByText('2 of 4 on your list have shared; 2 not yet.')).toBeVisible();
    // In the order of the list, never by any figure.
    const people = within(screen.getByRole('list', { name: 'Delegates' })).getAllByRole('listitem');
    expect(people.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Sam Teacher.*Shared/),
      expect.stringMatching(/^Priya Shah.*Shared/),
      'Tom O’NeillNot shared yet',
      'Dee AdamsNot shared yet',
    ]);

    const areas = screen.getByRole('table', { name: 'Cohort area averages at baseline and now' });
    const firstArea = within(areas).getAllByRole('row')[1]!;
    expect(within(firstArea).getByText(/^±\d\.\d \(\d\.\d–\d\.\d\)$/)).toBeVisible();
    expect(within(firstArea).getByText('few delegates')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Moved most' })).toBeVisible();
    expect(screen.getByText('Mini whiteboards after each hinge question')).toBeVisible();
    expect(screen.getByText('Effective for 2 delegates', { exact: false })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Priya Shah' }));
    const detail = await screen.findByRole('heading', { name: 'Priya Shah', level: 2 });
    expect(detail).toHaveFocus();
    expect(screen.getByText(/Colleague A \(2 observations\)/)).toBeVisible();
  });

  it('replaces a delegate’s snapshot with a later one, and keeps the later one over an older', async () => {
    const user = userEvent.setup();
    await cohortOnDevice();
    render(<CohortScreen />);
    const input = await screen.findByLabelText('Choose snapshot files', {}, LONG);
    await user.upload(input, [await asFile(snapshotFile(sam, 'sam.json'))]);
    await screen.findByText('1 file opened: 1 added or updated.', {}, LONG);

    const later = { ...sam, snapshotId: newId(), takenAt: '2026-11-27T10:00:00.000Z' };
    const older = { ...sam, snapshotId: newId(), takenAt: '2026-10-01T10:00:00.000Z' };
    await user.upload(input, [
      await asFile(snapshotFile(later, 'sam-later.json')),
      await asFile(snapshotFile(older, 'sam-older.json')),
    ]);
    expect(
      await screen.findByText(/Sam Teacher: replaces the snapshot shared/, {}, LONG),
    ).toBeVisible();
    expect(screen.getByText(/is older than the one you have/)).toBeVisible();
    const rows = await db.cohortSnapshots.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ snapshotId: later.snapshotId, rev: 2 });
  });

  it('stores nothing when the write fails part-way, and says so', async () => {
    const user = userEvent.setup();
    const cohort = await cohortOnDevice();
    render(<CohortScreen />);
    const input = await screen.findByLabelText('Choose snapshot files', {}, LONG);
    vi.spyOn(db.cohortSnapshots, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await user.upload(input, [
      await asFile(snapshotFile(sam, 'sam.json')),
      await asFile(snapshotFile(priya, 'priya.json')),
    ]);
    expect(await screen.findByRole('alert', {}, LONG)).toHaveTextContent('none of them was added');
    expect(await listCohortSnapshots(cohort.id)).toEqual([]);
  });
});

describe('a snapshot sent as a link', () => {
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  it('is added to the cohort the facilitator picks, and the address no longer carries it', async () => {
    const user = userEvent.setup();
    const cohort = await cohortOnDevice();
    const link = await snapshotLink(window.location.origin, sam);
    goTo(new URL(link).pathname + new URL(link).hash);
    render(<CohortScreen />);
    expect(
      await screen.findByRole('heading', { name: 'A snapshot from Sam Teacher' }, LONG),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add the snapshot' }));
    await vi.waitFor(async () => expect(await listCohortSnapshots(cohort.id)).toHaveLength(1));
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe(`?cohort=${cohort.id}`);
  });

  it('says in a sentence when the link is damaged, and stores nothing', async () => {
    await cohortOnDevice();
    const link = await snapshotLink(window.location.origin, sam);
    goTo(`/cohorts#${link.split('#')[1]!.slice(0, 200)}`);
    render(<CohortScreen />);
    expect(await screen.findByRole('alert', {}, LONG)).toHaveTextContent(/cannot be read/);
    expect(await db.cohortSnapshots.count()).toBe(0);
  });
});

describe('snapshot files opened with “Open a Trellis file”', () => {
  beforeEach(() => {
    forgetHandedOverFiles();
    goTo('/cohorts');
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });

  async function samsFile() {
    const { name, text } = await snapshotFile(sam, 'sam.json');
    return jsonFile(text, name);
  }

  it('open in the only cohort’s dashboard with the open-snapshots card’s own report', async () => {
    const cohort = await cohortOnDevice();
    goTo('/cohorts');
    const { text } = await snapshotFile(priya);
    handOver('progress-snapshot', [
      await samsFile(),
      jsonFile(withDamagedChecksum(text), 'priya.json'),
    ]);
    // As the app draws it: strict mode runs each effect twice, and the files open once.
    render(
      <StrictMode>
        <CohortScreen />
      </StrictMode>,
    );
    expect(
      await screen.findByText('2 files opened: 1 added or updated, 1 refused.', {}, LONG),
    ).toBeVisible();
    const refused = screen.getByRole('list', { name: 'Files refused' });
    expect(within(refused).getByText('priya.json')).toBeVisible();
    expect(within(refused).getByText(/checksum does not match/)).toBeVisible();
    expect(screen.getByText(/Sam Teacher: added/)).toBeVisible();
    // Opened once: a second opening would end by reporting Sam's snapshot as one already here.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.queryByText(/you already had this snapshot/)).toBeNull();
    expect(window.location.search).toBe(`?cohort=${cohort.id}`);
    const stored = await listCohortSnapshots(cohort.id);
    expect(stored.map((row) => row.delegate.name)).toEqual(['Sam Teacher']);
  });

  it('ask which cohort when there are several, and store nothing until told', async () => {
    const user = userEvent.setup();
    const autumn = await cohortOnDevice();
    const facilitator = (await db.profiles.toArray())[0]!;
    const spring = await createCohort(
      facilitator.id,
      makeCohortDetails({ programmeName: 'OTP Plus — spring 2027' }),
      'otp-plus-teaching-audit',
    );
    goTo('/cohorts');
    handOver('progress-snapshot', [await samsFile()]);
    render(<CohortScreen />);

    const choice = await screen.findByRole('group', { name: 'Which cohort is it for?' }, LONG);
    expect(screen.getByRole('heading', { name: 'A snapshot file to open' })).toBeVisible();
    expect(screen.getByText('“sam.json”.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Open it in this cohort' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the cohort first.');
    expect(await db.cohortSnapshots.count()).toBe(0);

    await user.click(within(choice).getByRole('radio', { name: /OTP Plus — spring 2027/ }));
    await user.click(screen.getByRole('button', { name: 'Open it in this cohort' }));
    expect(await screen.findByText('1 file opened: 1 added or updated.', {}, LONG)).toBeVisible();
    expect(window.location.search).toBe(`?cohort=${spring.id}`);
    expect(await listCohortSnapshots(spring.id)).toHaveLength(1);
    expect(await listCohortSnapshots(autumn.id)).toHaveLength(0);
  });

  it('wait for the cohort to be made when there is none, then open in it', async () => {
    const user = userEvent.setup();
    await setUpFacilitator({ displayName: 'Fran Okoye', school: '' });
    handOver('progress-snapshot', [await samsFile(), jsonFile('{"app":"Trellis"}', 'odd.json')]);
    render(<CohortScreen />);
    expect(
      await screen.findByRole('heading', { name: '2 snapshot files to open' }, LONG),
    ).toBeVisible();
    expect(screen.getByText(/you have none yet\. Make the cohort below/)).toBeVisible();

    await user.type(screen.getByLabelText('Programme'), 'OTP Plus — spring');
    await user.type(screen.getByLabelText('Starts'), '2027-01-11');
    await user.type(screen.getByLabelText('Ends'), '2027-03-26');
    await user.type(screen.getByLabelText('Delegates’ names'), 'Sam Teacher');
    await user.click(screen.getByRole('button', { name: 'Make the cohort' }));
    expect(
      await screen.findByText('2 files opened: 1 added or updated, 1 refused.', {}, LONG),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: '2 snapshot files to open' })).toBeNull();
    expect(await db.cohortSnapshots.count()).toBe(1);
  });

  it('are put aside when the facilitator says not to open them', async () => {
    const user = userEvent.setup();
    await setUpFacilitator({ displayName: 'Fran Okoye', school: '' });
    handOver('progress-snapshot', [await samsFile()]);
    render(<CohortScreen />);
    await user.click(await screen.findByRole('button', { name: 'Don’t open it' }, LONG));
    expect(screen.queryByRole('heading', { name: 'A snapshot file to open' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your cohorts' })).toBeVisible();
  });
});
