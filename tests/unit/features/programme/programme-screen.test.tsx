import { useLiveQuery } from 'dexie-react-hooks';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatCalendarDate,
  localCalendarDate,
  type CalendarDate,
} from '@/domain/calendar-date';
import { loadActiveProgramme } from '@/db/active-programme';
import { getProgrammeForProfile } from '@/db/programmes';
import { listRatings } from '@/db/ratings';
import { ProgrammeScreen } from '@/features/programme/programme-screen';
import { rate, setUpTestProgramme, skillIdsOf } from '../../../support/factories';
import { replaceText } from '../../../support/user-input';

/** The screen as the app mounts it: fed the stored programme live, so saved edits flow back in. */
function LiveProgrammeScreen({ profileId }: { profileId: string }) {
  const active = useLiveQuery(() => loadActiveProgramme(profileId), [profileId]);
  return active ? <ProgrammeScreen active={active} /> : null;
}

async function renderProgramme(overrides: Parameters<typeof setUpTestProgramme>[0] = {}) {
  const active = await setUpTestProgramme(overrides);
  const view = render(<LiveProgrammeScreen profileId={active.profile.id} />);
  await screen.findByRole('heading', { level: 1 });
  // The details editor is drawn in the frame after the weeks.
  await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull());
  return active;
}

async function storedProgramme(profileId: string) {
  const programme = await getProgrammeForProfile(profileId);
  if (!programme) throw new Error('no programme stored');
  return programme;
}

function weekRows() {
  const list = screen.getByRole('heading', { name: 'Week by week' }).parentElement!;
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.matches('.programme-week'));
}

describe('ProgrammeScreen', () => {
  it('shows the programme, its dates and which week it is now', async () => {
    const active = await renderProgramme();
    const { startDate } = active.programme;

    expect(screen.getByRole('heading', { level: 1, name: 'OTP Plus' })).toBeInTheDocument();
    expect(screen.getByText('Week 3 of 10')).toBeInTheDocument();
    expect(screen.getAllByText(formatCalendarDate(startDate)).length).toBeGreaterThan(0);
    expect(screen.getAllByText(formatCalendarDate(addDays(startDate, 69))).length).toBeGreaterThan(
      0,
    );
    expect(screen.getByText('OTP Plus teaching audit')).toBeInTheDocument();
  });

  it('lists the weeks with their sessions and highlights the current one', async () => {
    const active = await renderProgramme();
    const { startDate } = active.programme;

    const rows = weekRows();
    expect(rows).toHaveLength(10);
    const current = rows.filter((row) => row.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Week 3');
    expect(current[0]).toHaveTextContent('This week');
    expect(current[0]).toHaveTextContent(
      `${formatCalendarDate(addDays(startDate, 14))} – ${formatCalendarDate(addDays(startDate, 20))}`,
    );

    // Dates are still to be confirmed, so sessions sit in the week they are planned for.
    expect(within(rows[0]!).getByText('Launch day')).toBeInTheDocument();
    expect(within(rows[4]!).getByText('Half day 3')).toBeInTheDocument();
    expect(within(rows[4]!).getByText('date to be confirmed')).toBeInTheDocument();
    expect(within(rows[9]!).getByText('Presentation day')).toBeInTheDocument();
  });

  it('saves a new name as it is typed and shows it in the heading', async () => {
    const user = userEvent.setup();
    const active = await renderProgramme();

    const name = screen.getByLabelText('Programme name');
    await replaceText(user, name, 'OTP Plus — spring cohort');
    await user.tab();

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'));
    const stored = await storedProgramme(active.profile.id);
    expect(stored.name).toBe('OTP Plus — spring cohort');
    // Saved as typed: once, or more often when a slow machine lets the pause pass mid-word.
    expect(stored.rev).toBeGreaterThanOrEqual(2);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'OTP Plus — spring cohort' }),
    ).toBeInTheDocument();
  });

  it('moves the current week when the start date changes', async () => {
    const user = userEvent.setup();
    const active = await renderProgramme();
    const newStart: CalendarDate = addDays(localCalendarDate(), -35);

    await replaceText(user, screen.getByLabelText('Start date'), newStart);

    await waitFor(async () =>
      expect((await storedProgramme(active.profile.id)).startDate).toBe(newStart),
    );
    expect(await screen.findByText('Week 6 of 10')).toBeInTheDocument();
    const current = weekRows().find((row) => row.getAttribute('aria-current') === 'true');
    expect(current).toHaveTextContent('Week 6');
  });

  it('shows invalid input beside its field and does not save it', async () => {
    const user = userEvent.setup();
    const active = await renderProgramme();

    const length = screen.getByLabelText('Length in weeks');
    await replaceText(user, length, '0');
    await user.tab();

    expect(length).toBeInvalid();
    expect(length).toHaveAccessibleDescription(/A programme lasts at least 1 week/);
    expect(screen.getByRole('status')).toHaveTextContent('Not saved');
    const stored = await storedProgramme(active.profile.id);
    expect(stored).toMatchObject({ lengthWeeks: 10, rev: 1 });
  });

  it('warns when a shorter programme would hide weeks that have ratings, and keeps them', async () => {
    const user = userEvent.setup();
    const active = await setUpTestProgramme();
    await rate(active, { skillId: skillIdsOf(active)[0]!, week: 8, level: 2 });
    render(<LiveProgrammeScreen profileId={active.profile.id} />);

    const length = await screen.findByLabelText('Length in weeks');
    await waitFor(() =>
      expect(length).toHaveAccessibleDescription(
        'Teaching weeks, from 1 to 104: breaks do not count.',
      ),
    );
    await replaceText(user, length, '6');
    await user.tab();

    expect(length).toHaveAccessibleDescription(
      'Teaching weeks, from 1 to 104: breaks do not count. You have ratings up to Week 8: they are kept, but weeks after Week 6 will not show.',
    );
    await waitFor(async () =>
      expect(await storedProgramme(active.profile.id)).toMatchObject({ lengthWeeks: 6 }),
    );
    expect(await listRatings(active.profile.id, active.framework.id)).toHaveLength(1);
  });

  it('saves a session date and moves the session into that week', async () => {
    const user = userEvent.setup();
    const active = await renderProgramme();
    const sessionDate = addDays(active.programme.startDate, 22); // week 4

    const halfDay2 = screen.getByRole('group', { name: 'Half day 2' });
    await user.click(within(halfDay2).getByLabelText('To be confirmed'));
    await user.type(within(halfDay2).getByLabelText('Date'), sessionDate);
    await user.tab();

    await waitFor(async () => {
      const stored = await storedProgramme(active.profile.id);
      expect(stored.sessions.find((session) => session.title === 'Half day 2')?.date).toBe(
        sessionDate,
      );
    });
    await waitFor(() => expect(within(weekRows()[3]!).getByText('Half day 2')).toBeInTheDocument());
    expect(within(weekRows()[3]!).getByText(formatCalendarDate(sessionDate))).toBeInTheDocument();
  });

  it('says when the programme has not started yet and highlights no week', async () => {
    await renderProgramme({ startedDaysAgo: -7 });

    expect(screen.getByText('Not started yet · 10 weeks')).toBeInTheDocument();
    expect(screen.getByText(/Until then, audits count as your baseline/)).toBeInTheDocument();
    expect(weekRows().some((row) => row.hasAttribute('aria-current'))).toBe(false);
  });
});
