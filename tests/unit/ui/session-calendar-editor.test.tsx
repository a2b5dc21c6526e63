import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  findProgrammeTemplate,
  sessionsFromTemplate,
  type ProgrammeSession,
} from '@/domain/programme';
import { SessionCalendarEditor } from '@/ui/session-calendar-editor';

function otpPlusSessions(): ProgrammeSession[] {
  return sessionsFromTemplate(findProgrammeTemplate('otp-plus'));
}

/** The editor as its owners use it: controlled, every change kept and reported. */
function Harness({
  initial,
  onChange,
  errors,
  startDate,
}: {
  initial: ProgrammeSession[];
  onChange?: (sessions: ProgrammeSession[]) => void;
  errors?: Record<string, string>;
  startDate?: string;
}) {
  const [sessions, setSessions] = useState(initial);
  return (
    <SessionCalendarEditor
      sessions={sessions}
      onChange={(next) => {
        setSessions(next);
        onChange?.(next);
      }}
      lengthWeeks={10}
      {...(errors ? { errors } : {})}
      {...(startDate ? { startDate } : {})}
    />
  );
}

function lastCall(onChange: ReturnType<typeof vi.fn<(sessions: ProgrammeSession[]) => void>>) {
  const call = onChange.mock.calls.at(-1);
  if (!call) throw new Error('onChange was not called');
  return call[0];
}

describe('SessionCalendarEditor', () => {
  it('shows each session as a group named after it, with its planned week', () => {
    render(<Harness initial={otpPlusSessions()} />);

    const groups = screen.getAllByRole('group');
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Launch day',
      'Half day 1',
      'Half day 2',
      'Half day 3',
      'Half day 4',
      'Half day 5',
      'Presentation day',
    ]);
    const halfDay3 = screen.getByRole('group', { name: 'Half day 3' });
    expect(within(halfDay3).getByLabelText('Session name')).toHaveValue('Half day 3');
    expect(within(halfDay3).getByLabelText('Half or full day')).toHaveValue('half-day');
    expect(within(halfDay3).getByText('Usually week 5')).toBeInTheDocument();
    expect(within(halfDay3).getByLabelText('To be confirmed')).toBeChecked();
    expect(within(halfDay3).getByLabelText('Date')).toBeDisabled();
  });

  it('says which week a planned week starts on when the start date is known', () => {
    render(<Harness initial={otpPlusSessions()} startDate="2026-09-07" />);

    const halfDay1 = screen.getByRole('group', { name: 'Half day 1' });
    expect(within(halfDay1).getByText('Usually week 2 (from Mon, 14 Sept 2026)')).toBeVisible();
  });

  it('opens the date when "To be confirmed" is unticked and stores the date picked', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(sessions: ProgrammeSession[]) => void>();
    render(<Harness initial={otpPlusSessions()} onChange={onChange} startDate="2026-09-07" />);

    const halfDay2 = screen.getByRole('group', { name: 'Half day 2' });
    await user.click(within(halfDay2).getByLabelText('To be confirmed'));

    const date = within(halfDay2).getByLabelText('Date');
    expect(date).toBeEnabled();
    expect(date).toHaveFocus();
    expect(within(halfDay2).getByLabelText('To be confirmed')).not.toBeChecked();

    await user.type(date, '2026-09-23');
    expect(lastCall(onChange)[2]).toMatchObject({ title: 'Half day 2', date: '2026-09-23' });
    expect(within(halfDay2).getByText('In week 3')).toBeInTheDocument();

    await user.click(within(halfDay2).getByLabelText('To be confirmed'));
    expect(lastCall(onChange)[2]).toMatchObject({ title: 'Half day 2', date: null });
    expect(within(halfDay2).getByLabelText('Date')).toBeDisabled();
  });

  it('renames a session and changes it to a full day', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(sessions: ProgrammeSession[]) => void>();
    render(<Harness initial={otpPlusSessions()} onChange={onChange} />);

    const halfDay4 = screen.getByRole('group', { name: 'Half day 4' });
    const name = within(halfDay4).getByLabelText('Session name');
    await user.clear(name);
    await user.type(name, 'Coaching day');
    await user.selectOptions(within(halfDay4).getByLabelText('Half or full day'), 'Full day');

    expect(lastCall(onChange)[4]).toMatchObject({ title: 'Coaching day', kind: 'full-day' });
    expect(screen.getByRole('group', { name: 'Coaching day' })).toBeInTheDocument();
  });

  it('adds a session with a fresh name and focuses it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(sessions: ProgrammeSession[]) => void>();
    render(<Harness initial={otpPlusSessions()} onChange={onChange} />);

    await user.click(screen.getByRole('button', { name: 'Add a half day' }));

    const added = screen.getByRole('group', { name: 'Half day 6' });
    expect(within(added).getByLabelText('Session name')).toHaveFocus();
    expect(within(added).getByLabelText('To be confirmed')).toBeChecked();
    expect(lastCall(onChange)).toHaveLength(8);
    expect(lastCall(onChange)[7]).toMatchObject({ kind: 'half-day', date: null });
  });

  it('removes a session by its named button', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(sessions: ProgrammeSession[]) => void>();
    render(<Harness initial={otpPlusSessions()} onChange={onChange} />);

    await user.click(screen.getByRole('button', { name: 'Remove Half day 3' }));

    expect(screen.queryByRole('group', { name: 'Half day 3' })).not.toBeInTheDocument();
    expect(lastCall(onChange).map((session) => session.title)).not.toContain('Half day 3');
    expect(lastCall(onChange)).toHaveLength(6);
    // Focus moves to the session that took its place, not to the top of the page.
    const next = screen.getByRole('group', { name: 'Half day 4' });
    expect(within(next).getByLabelText('Session name')).toHaveFocus();
  });

  it('shows an error beside the field it belongs to', () => {
    render(
      <Harness
        initial={otpPlusSessions()}
        errors={{ 'sessions.1.title': 'Give the session a name' }}
      />,
    );

    const name = within(screen.getByRole('group', { name: 'Half day 1' })).getByLabelText(
      'Session name',
    );
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription('Give the session a name');
  });

  it('invites adding sessions when there are none', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[]} />);

    expect(screen.getByText(/No sessions yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a full day' }));
    expect(screen.getByRole('group', { name: 'Full day 1' })).toBeInTheDocument();
  });
});
