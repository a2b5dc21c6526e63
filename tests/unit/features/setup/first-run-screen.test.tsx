import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import { loadActiveProgramme } from '@/db/active-programme';
import { db } from '@/db/database';
import { FirstRunScreen } from '@/features/setup/first-run-screen';
import { replaceText } from '../../../support/user-input';

/** jsdom has no StorageManager: record whether set-up asked the browser to keep the data. */
function stubStorage() {
  const persist = vi.fn(() => Promise.resolve(true));
  Object.defineProperty(window.navigator, 'storage', { configurable: true, value: { persist } });
  return persist;
}

async function storedCounts() {
  return {
    profiles: await db.profiles.count(),
    frameworks: await db.frameworks.count(),
    programmes: await db.programmes.count(),
  };
}

const NOTHING_STORED = { profiles: 0, frameworks: 0, programmes: 0 };

async function openForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Set up my programme' }));
  return screen.findByRole('heading', { level: 1, name: 'Set up your programme' });
}

describe('FirstRunScreen', () => {
  let persist: ReturnType<typeof stubStorage>;
  beforeEach(() => {
    persist = stubStorage();
  });
  afterEach(() => {
    Reflect.deleteProperty(window.navigator, 'storage');
  });

  it('welcomes, says the data stays on the device, and offers both ways in', () => {
    render(<FirstRunScreen onSetUp={vi.fn()} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Trellis' })).toBeVisible();
    expect(
      screen.getByText('Your data stays on this device — nothing is sent anywhere.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Set up my programme' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try it with example data' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });

  it('loads the example delegate and opens it', async () => {
    const user = userEvent.setup();
    const onSetUp = vi.fn<(profileId: string) => void>();
    render(<FirstRunScreen onSetUp={onSetUp} />);

    await user.click(screen.getByRole('button', { name: 'Try it with example data' }));

    await waitFor(() => expect(onSetUp).toHaveBeenCalledOnce());
    const active = await loadActiveProgramme(onSetUp.mock.calls[0]![0]);
    expect(active?.profile.isExample).toBe(true);
  });

  it('offers Cancel when someone else is adding a profile', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(<FirstRunScreen onSetUp={vi.fn()} onCancel={onCancel} />);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('sets up an OTP Plus programme from start to finish', async () => {
    const user = userEvent.setup();
    const onSetUp = vi.fn<(profileId: string) => void>();
    render(<FirstRunScreen onSetUp={onSetUp} />);

    const heading = await openForm(user);
    expect(heading).toHaveFocus();

    await user.type(screen.getByLabelText('Your name'), 'Priya Shah');
    await user.type(screen.getByLabelText('School'), 'Hillside Primary');

    // OTP Plus is offered first, with its name filled in, 10 weeks and its seven sessions.
    expect(screen.getByRole('radio', { name: 'OTP Plus' })).toBeChecked();
    expect(screen.getByLabelText('Programme name')).toHaveValue('OTP Plus');
    expect(screen.getByLabelText('Length in weeks')).toHaveValue(10);
    expect(screen.getByText(/OTP Plus teaching audit/)).toBeInTheDocument();
    expect(screen.getAllByLabelText('Session name')).toHaveLength(7);

    // The default start is this week's Monday, so today is in week 1.
    expect(screen.getByText('Today is in week 1 of 10.')).toBeInTheDocument();
    const startDate = addDays(localCalendarDate(), -14);
    await replaceText(user, screen.getByLabelText('Start date'), startDate);
    expect(screen.getByText('Today is in week 3 of 10.')).toBeInTheDocument();

    const launchDay = screen.getByRole('group', { name: 'Launch day' });
    await user.click(within(launchDay).getByLabelText('To be confirmed'));
    await user.type(within(launchDay).getByLabelText('Date'), startDate);

    await user.click(screen.getByRole('button', { name: 'Start my programme' }));

    await waitFor(() => expect(onSetUp).toHaveBeenCalledOnce());
    const profileId = onSetUp.mock.calls[0]![0];
    const active = await loadActiveProgramme(profileId);
    expect(active?.profile).toMatchObject({
      displayName: 'Priya Shah',
      school: 'Hillside Primary',
      isExample: false,
    });
    expect(active?.programme).toMatchObject({
      name: 'OTP Plus',
      templateKey: 'otp-plus',
      startDate,
      lengthWeeks: 10,
    });
    expect(active?.programme.sessions).toHaveLength(7);
    expect(active?.programme.sessions[0]).toMatchObject({ title: 'Launch day', date: startDate });
    expect(active?.programme.sessions.slice(1).every((session) => session.date === null)).toBe(
      true,
    );
    expect(active?.framework.key).toBe('otp-plus-teaching-audit');
    expect(persist).toHaveBeenCalledOnce();
  });

  it('shows a length of 0 weeks as an error beside the field and stores nothing', async () => {
    const user = userEvent.setup();
    const onSetUp = vi.fn();
    render(<FirstRunScreen onSetUp={onSetUp} />);
    await openForm(user);

    const length = screen.getByLabelText('Length in weeks');
    await replaceText(user, length, '0');
    await user.click(screen.getByRole('button', { name: 'Start my programme' }));

    expect(length).toBeInvalid();
    expect(length).toHaveAccessibleDescription(/A programme lasts at least 1 week/);
    expect(length).toHaveFocus();
    expect(onSetUp).not.toHaveBeenCalled();
    expect(await storedCounts()).toEqual(NOTHING_STORED);

    // Fixing it clears the message as it is typed.
    await replaceText(user, length, '12');
    expect(length).toBeValid();
    expect(screen.queryByText(/A programme lasts at least 1 week/)).not.toBeInTheDocument();
  });

  it('needs a name for a blank programme and lets you choose its framework', async () => {
    const user = userEvent.setup();
    const onSetUp = vi.fn<(profileId: string) => void>();
    render(<FirstRunScreen onSetUp={onSetUp} />);
    await openForm(user);

    await user.click(screen.getByRole('radio', { name: 'Start blank' }));
    const name = screen.getByLabelText('Programme name');
    expect(name).toHaveValue('');
    expect(screen.queryAllByLabelText('Session name')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Start my programme' }));
    expect(name).toHaveAccessibleDescription(/Give the programme a name/);
    expect(name).toHaveFocus();
    expect(await storedCounts()).toEqual(NOTHING_STORED);

    await user.type(name, 'Middle leaders 2026');
    await user.selectOptions(
      screen.getByLabelText('Framework to audit against'),
      'Leadership behaviours',
    );
    await user.click(screen.getByRole('button', { name: 'Add a full day' }));
    await user.click(screen.getByRole('button', { name: 'Start my programme' }));

    await waitFor(() => expect(onSetUp).toHaveBeenCalledOnce());
    const active = await loadActiveProgramme(onSetUp.mock.calls[0]![0]);
    expect(active?.programme).toMatchObject({ name: 'Middle leaders 2026', templateKey: 'blank' });
    expect(active?.programme.sessions).toEqual([
      expect.objectContaining({ title: 'Full day 1', kind: 'full-day', date: null }),
    ]);
    expect(active?.framework.key).toBe('leadership-behaviours');
  });

  it('keeps a typed programme name when another template is chosen', async () => {
    const user = userEvent.setup();
    render(<FirstRunScreen onSetUp={vi.fn()} />);
    await openForm(user);

    await user.click(screen.getByRole('radio', { name: 'NPQ Leading Teaching' }));
    expect(screen.getByLabelText('Programme name')).toHaveValue('NPQ Leading Teaching');
    expect(screen.getByLabelText('Length in weeks')).toHaveValue(36);

    await replaceText(user, screen.getByLabelText('Programme name'), 'NPQLT North cohort');
    await user.click(screen.getByRole('radio', { name: 'Leadership development (360°)' }));
    expect(screen.getByLabelText('Programme name')).toHaveValue('NPQLT North cohort');
    expect(screen.getByLabelText('Length in weeks')).toHaveValue(40);
  });

  it('says when a programme has not started yet', async () => {
    const user = userEvent.setup();
    render(<FirstRunScreen onSetUp={vi.fn()} />);
    await openForm(user);

    await replaceText(user, screen.getByLabelText('Start date'), '2099-09-07');
    expect(
      screen.getByText('Your programme starts on Mon, 7 Sept 2099', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText(/until then you can record a baseline/)).toBeInTheDocument();
  });

  it('keeps what was typed when going back to the welcome and on again', async () => {
    const user = userEvent.setup();
    render(<FirstRunScreen onSetUp={vi.fn()} />);
    await openForm(user);

    await user.type(screen.getByLabelText('Your name'), 'Priya');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Trellis' })).toHaveFocus();

    await openForm(user);
    expect(screen.getByLabelText('Your name')).toHaveValue('Priya');
  });
});
