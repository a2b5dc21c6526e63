import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RatingStep } from '@/domain/enquiry';
import { TriedByWeekList } from '@/features/progress/tried-by-week-list';
import { makeFramework } from '../../../support/factories';

const scale = makeFramework().scale;

/** Rounds of ratings from the baseline through week `last`, one a week, nothing tried. */
function rounds(last: number): RatingStep[] {
  return Array.from({ length: last }, (_, index) => ({
    fromWeek: index,
    toWeek: index + 1,
    rose: 1,
    fell: 0,
    enquiries: [],
  }));
}

function roundHeadings(): string[] {
  return within(screen.getByRole('list'))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent.split(' · ')[0] ?? '');
}

describe('TriedByWeekList', () => {
  it('shows the latest three rounds, in order, with a button that says how many are hidden', () => {
    render(<TriedByWeekList steps={rounds(9)} hasEnquiries scale={scale} />);

    expect(roundHeadings()).toEqual(['Week 6 → Week 7', 'Week 7 → Week 8', 'Week 8 → Week 9']);
    const showAll = screen.getByRole('button', {
      name: 'Show all 9 rounds (6 hidden)',
    });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
  });

  it('reveals every round from the keyboard, keeping focus on the button, and hides them again', async () => {
    const user = userEvent.setup();
    render(<TriedByWeekList steps={rounds(5)} hasEnquiries scale={scale} />);
    const toggle = screen.getByRole('button', {
      name: 'Show all 5 rounds (2 hidden)',
    });

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(roundHeadings()).toEqual([
      'Baseline → Week 1',
      'Week 1 → Week 2',
      'Week 2 → Week 3',
      'Week 3 → Week 4',
      'Week 4 → Week 5',
    ]);
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Show only the latest 3 rounds');

    await user.keyboard(' ');
    expect(roundHeadings()).toHaveLength(3);
    expect(toggle).toHaveFocus();
  });

  it('counts a single hidden round too', () => {
    render(<TriedByWeekList steps={rounds(4)} hasEnquiries scale={scale} />);
    expect(
      screen.getByRole('button', { name: 'Show all 4 rounds (1 hidden)' }),
    ).toBeInTheDocument();
  });

  it('shows three rounds or fewer as they are, without a button', () => {
    render(<TriedByWeekList steps={rounds(3)} hasEnquiries scale={scale} />);
    expect(roundHeadings()).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
