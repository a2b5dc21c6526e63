import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RaterGroup, ReviewRound } from '@/domain/review-360/review-round';
import { buildReviewReport, compareRounds } from '@/domain/review-360/review-report';
import { RoundComparisonView } from '@/ui/review-report/round-comparison-view';
import { makeAnswer, makeRound, rateAll } from '../../../support/review-factories';

const many = (round: ReviewRound, group: RaterGroup, count: number, level: number) =>
  Array.from({ length: count }, () => makeAnswer(round, group, rateAll(level)));

function comparison() {
  const start = makeRound({ selfRatings: rateAll(3) });
  const end = makeRound({
    kind: 'end',
    comparedWithRoundId: start.id,
    title: 'Summer 360',
    selfRatings: rateAll(4),
  });
  const startReport = buildReviewReport(start, [
    ...many(start, 'line-manager', 1, 2),
    ...many(start, 'peers', 3, 3),
    ...many(start, 'direct-reports', 3, 2),
  ]);
  const endReport = buildReviewReport(end, [
    ...many(end, 'line-manager', 1, 4),
    ...many(end, 'peers', 3, 3),
    ...many(end, 'direct-reports', 2, 5),
    ...many(end, 'others', 3, 5),
  ]);
  return compareRounds(startReport, endReport);
}

describe('RoundComparisonView', () => {
  it('has rows only for self and the groups shown in both rounds', () => {
    render(<RoundComparisonView comparison={comparison()} />);
    const listens = screen.getByRole('region', { name: 'Listens' });
    const rows = within(within(listens).getByRole('table'))
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'WhoStartEndChange',
      'You3.04.0+1.0',
      'Line manager2.04.0+2.0',
      'Peers3.03.0no change',
    ]);
    expect(within(listens).getByRole('img')).toHaveAccessibleName(
      'Listens, average level at the start and the end on a scale of 1 (Level 1) to 5 (Level 5): You 3.0 then 4.0 (+1.0); Line manager 2.0 then 4.0 (+2.0); Peers 3.0 then 3.0 (no change).',
    );
    expect(
      screen.queryAllByRole('rowheader', { name: /Direct reports|Others|All raters/ }),
    ).toEqual([]);
    expect(
      screen.getByText(/Not compared: direct reports and others — not shown in both rounds\./),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' && element.textContent === 'Start: Autumn 360 · End: Summer 360',
      ),
    ).toBeInTheDocument();
  });

  it('names self from the coach’s side when the coach reads it', () => {
    render(<RoundComparisonView comparison={comparison()} audience="coach" />);
    expect(screen.getAllByRole('rowheader', { name: 'Self' })).toHaveLength(2);
  });
});
