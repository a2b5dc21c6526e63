import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProgrammeBreakRow } from '@/domain/programme';
import { ProgrammeBreaksEditor } from '@/ui/programme-breaks-editor';

/** The editor as its owners use it: controlled, every change kept. */
function Harness({
  initial = [],
  startDate = '2026-11-09',
  lengthWeeks = 10,
  errors,
  onChange,
}: {
  initial?: ProgrammeBreakRow[];
  startDate?: string;
  lengthWeeks?: number;
  errors?: Record<string, string>;
  onChange?: (breaks: ProgrammeBreakRow[]) => void;
}) {
  const [breaks, setBreaks] = useState(initial);
  return (
    <ProgrammeBreaksEditor
      breaks={breaks}
      onChange={(next) => {
        setBreaks(next);
        onChange?.(next);
      }}
      startDate={startDate}
      lengthWeeks={lengthWeeks}
      {...(errors ? { errors } : {})}
    />
  );
}

describe('ProgrammeBreaksEditor', () => {
  it('offers the usual Christmas holidays as a suggestion, worded as usual dates to check', () => {
    render(<Harness />);
    expect(screen.getByText('No breaks: every week counts.')).toBeInTheDocument();
    const suggestions = screen.getByRole('region', { name: /usual school holidays/i });
    expect(within(suggestions).getByText(/not your school’s/)).toBeInTheDocument();
    expect(
      within(suggestions).getByText('Christmas holidays', { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(
      within(suggestions).getByText('usually Sat, 19 Dec 2026 – Sun, 3 Jan 2027'),
    ).toBeInTheDocument();
  });

  it('adds a suggestion as an editable break and says where it falls', async () => {
    const user = userEvent.setup();
    let latest: ProgrammeBreakRow[] = [];
    render(<Harness onChange={(breaks) => (latest = breaks)} />);
    await user.click(screen.getByRole('button', { name: 'Add Christmas holidays' }));

    const row = screen.getByRole('group', { name: 'Christmas holidays' });
    expect(within(row).getByLabelText('Name')).toHaveFocus();
    expect(within(row).getByLabelText('First day')).toHaveValue('2026-12-19');
    expect(within(row).getByLabelText('Last day')).toHaveValue('2027-01-03');
    expect(
      within(row).getByText('After week 6: week 7 starts on Mon, 4 Jan 2027'),
    ).toBeInTheDocument();
    // Once added, it is no longer offered.
    expect(screen.queryByRole('button', { name: 'Add Christmas holidays' })).toBeNull();
    expect(latest).toMatchObject([
      { name: 'Christmas holidays', firstDay: '2026-12-19', lastDay: '2027-01-03' },
    ]);

    // The school's own dates: a break that ends on Tuesday 5 January moves week 7 to Wednesday.
    const lastDay = within(row).getByLabelText('Last day');
    await user.clear(lastDay);
    await user.type(lastDay, '2027-01-05');
    expect(latest[0]?.lastDay).toBe('2027-01-05');
    expect(
      within(row).getByText('After week 6: week 7 starts on Wed, 6 Jan 2027'),
    ).toBeInTheDocument();
  });

  it('adds a blank break to name, renames it and removes it, keeping focus in the editor', async () => {
    const user = userEvent.setup();
    let latest: ProgrammeBreakRow[] = [];
    render(<Harness onChange={(breaks) => (latest = breaks)} />);
    await user.click(screen.getByRole('button', { name: /Add a break/ }));
    const row = screen.getByRole('group', { name: 'Unnamed break' });
    const name = within(row).getByLabelText('Name');
    expect(name).toHaveFocus();
    await user.type(name, 'Inset days');
    expect(screen.getByRole('group', { name: 'Inset days' })).toBeInTheDocument();
    expect(latest[0]?.name).toBe('Inset days');

    await user.click(screen.getByRole('button', { name: 'Remove Inset days' }));
    expect(latest).toEqual([]);
    expect(screen.getByRole('button', { name: /Add a break/ })).toHaveFocus();
  });

  it('shows the owner’s messages beside the field they are about', () => {
    render(
      <Harness
        initial={[
          {
            id: '0b7a7c52-33c4-4a35-9c43-3f0f5b3d2a11',
            name: 'Easter',
            firstDay: '2027-04-10',
            lastDay: '2027-04-01',
          },
        ]}
        errors={{ 'breaks.0.lastDay': 'The last day must be on or after the first day' }}
      />,
    );
    const lastDay = screen.getByLabelText('Last day');
    expect(lastDay).toHaveAttribute('aria-invalid', 'true');
    expect(lastDay).toHaveAccessibleDescription('The last day must be on or after the first day');
  });

  it('offers nothing until the start date and length are known', () => {
    function NoDates() {
      return <ProgrammeBreaksEditor breaks={[]} onChange={() => undefined} />;
    }
    render(<NoDates />);
    expect(screen.queryByRole('region', { name: /usual school holidays/i })).toBeNull();
  });
});
