import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildReviewReport } from '@/domain/review-360/review-report';
import { ReviewReportView } from '@/ui/review-report/review-report-view';
import { makeAnswer, makeRound, rateAll } from '../../../support/review-factories';

/** Every text a person or a screen reader meets: the page's text and each chart's label. */
function everythingSaid(container: HTMLElement): string {
  const labels = [...container.querySelectorAll('[aria-label]')].map(
    (element) => element.getAttribute('aria-label') ?? '',
  );
  return [container.textContent, ...labels].join('\n');
}

function threeGroupReport() {
  const round = makeRound({ selfRatings: rateAll(3) });
  const answers = [
    makeAnswer(round, 'line-manager', rateAll(2), { doWell: 'Listens well', moreEffective: '' }),
    ...[1, 2, 3].map(() =>
      makeAnswer(round, 'peers', rateAll(4), {
        doWell: 'Clear about priorities',
        moreEffective: 'Delegate more',
      }),
    ),
    // Below the direct reports' threshold of 3: nothing of theirs may appear.
    ...[1, 2].map(() =>
      makeAnswer(round, 'direct-reports', rateAll(1), {
        doWell: 'Secret praise',
        moreEffective: 'Secret criticism',
      }),
    ),
  ];
  return buildReviewReport(round, answers);
}

describe('ReviewReportView', () => {
  it('says plainly that a group below its threshold is withheld, and shows no figure of it', () => {
    const { container } = render(
      <ReviewReportView report={threeGroupReport()} audience="delegate" />,
    );
    expect(
      screen.getByText('Direct reports: 2 answered — fewer than 3, so their answers are withheld'),
    ).toBeInTheDocument();
    expect(screen.getByText('Others: none answered')).toBeInTheDocument();

    const said = everythingSaid(container);
    // Named once, in the summary; never as a row, a column or a chart's figure.
    expect(said.match(/Direct reports/g)).toHaveLength(1);
    expect(screen.queryAllByRole('rowheader', { name: /Direct reports/ })).toEqual([]);
    // Their 1s are in no average: line manager 2, peers 4, all raters 3.5, self 3.
    expect(said).not.toMatch(/\b1\.0\b/);
    expect(said).not.toContain('Secret');
    expect(
      screen.getAllByRole('rowheader', { name: 'All raters' })[0]?.closest('tr'),
    ).toHaveTextContent('All raters3.54');
  });

  it('says a raised threshold as it was applied', () => {
    const round = makeRound({
      thresholds: { 'line-manager': 2, peers: 3, 'direct-reports': 3, others: 3 },
    });
    const report = buildReviewReport(round, [
      makeAnswer(round, 'line-manager', rateAll(2)),
      ...[1, 2, 3].map(() => makeAnswer(round, 'peers', rateAll(4))),
    ]);
    render(<ReviewReportView report={report} audience="delegate" />);
    expect(
      screen.getByText('Line manager: 1 answered — fewer than 2, so their answers are withheld'),
    ).toBeInTheDocument();
  });

  it('keeps comments in their own section after every score, with no figure or rater beside them', async () => {
    const { container } = render(
      <ReviewReportView report={threeGroupReport()} audience="delegate" />,
    );
    // Drawn in the frames after the behaviours.
    const comments = await screen.findByRole(
      'region',
      { name: 'Comments' },
      // Comments are drawn last, a frame at a time; a loaded machine needs more than a second.
      { timeout: 5000 },
    );
    const doWell = within(comments).getByRole('heading', { name: 'What you do well' });
    expect(doWell).toBeInTheDocument();
    const items = within(comments)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items.sort()).toEqual([
      'Clear about priorities',
      'Clear about priorities',
      'Clear about priorities',
      'Delegate more',
      'Delegate more',
      'Delegate more',
      'Listens well',
    ]);
    // No score, chart, table or group name inside the comments' section…
    expect(comments.textContent).not.toMatch(/\d/);
    expect(within(comments).queryByRole('img')).toBeNull();
    expect(within(comments).queryByRole('table')).toBeNull();
    expect(comments.textContent).not.toMatch(/Line manager|Peers|Direct reports|Others/);
    // …no comment anywhere else, and every score section comes before it.
    const outside = everythingSaid(container).replace(comments.textContent, '');
    expect(outside).not.toMatch(/Clear about priorities|Delegate more|Listens well/);
    for (const chart of screen.getAllByRole('img')) {
      expect(
        chart.compareDocumentPosition(comments) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
  });

  it('draws each behaviour as a chart and a table, self beside the groups, each statement expandable', async () => {
    const user = userEvent.setup();
    render(<ReviewReportView report={threeGroupReport()} audience="delegate" />);
    const listens = screen.getByRole('region', { name: 'Listens' });
    expect(within(listens).getAllByRole('img')[0]).toHaveAccessibleName(
      'Listens, average level on a scale of 1 (Level 1) to 5 (Level 5): You 3.0; Line manager 2.0; Peers 4.0; All raters 3.5.',
    );
    const table = within(listens).getAllByRole('table')[0];
    expect(table).toBeDefined();
    const rows = within(table!)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'WhoAverageRaters',
      'You3.0–not a rater',
      'Line manager2.01',
      'Peers4.03',
      'All raters3.54',
    ]);

    const statement = within(listens).getByText('Asks before telling').closest('details');
    expect(statement).not.toHaveAttribute('open');
    // A closed statement holds its summary line only: its chart and table are drawn on opening.
    expect(statement).toHaveTextContent(/^Asks before tellingYou 3\.0 · All raters 3\.5$/);
    expect(statement!.querySelector('.score-figures')).toBeNull();
    await user.click(within(listens).getByText('Asks before telling'));
    expect(statement).toHaveAttribute('open');
    expect(within(statement!).getByRole('table')).toBeInTheDocument();
    expect(within(statement!).getByRole('img')).toHaveAccessibleName(
      /^Asks before telling, average level .*: You 3.0; Line manager 2.0; Peers 4.0; All raters 3.5\.$/,
    );
  });

  it('draws a statement opened other than by its summary, and keeps it drawn once closed', () => {
    render(<ReviewReportView report={threeGroupReport()} audience="coach" />);
    const listens = screen.getByRole('region', { name: 'Listens' });
    const statement = within(listens).getByText('Asks before telling').closest('details');
    expect(statement).not.toBeNull();
    act(() => {
      statement!.open = true;
      statement!.dispatchEvent(new Event('toggle'));
    });
    expect(within(statement!).getByRole('img')).toHaveAccessibleName(/^Asks before telling/);
    act(() => {
      statement!.open = false;
      statement!.dispatchEvent(new Event('toggle'));
    });
    expect(within(statement!).getByRole('img', { hidden: true })).toBeInTheDocument();
  });

  it('keeps a shown group’s row with a dash where too few of it rated a statement', async () => {
    const user = userEvent.setup();
    const round = makeRound({ selfRatings: rateAll(3) });
    const report = buildReviewReport(round, [
      makeAnswer(round, 'peers', { ...rateAll(4), 'listens.asks': 'not-seen' }),
      makeAnswer(round, 'peers', rateAll(4)),
      makeAnswer(round, 'peers', rateAll(2)),
    ]);
    render(<ReviewReportView report={report} audience="delegate" />);
    const statement = screen.getByText('Asks before telling').closest('details');
    await user.click(screen.getByText('Asks before telling'));
    // No rater's figure to show: one plain line, not a chart of dashes.
    expect(within(statement!).queryByRole('img')).toBeNull();
    expect(
      within(statement!).getByText(
        'Too few ratings to show without revealing who answered. You: 3.0.',
      ),
    ).toBeInTheDocument();
    // A statement beside it, rated by all three, keeps its chart.
    const next = screen.getByText('Acts on what they hear').closest('details');
    await user.click(screen.getByText('Acts on what they hear'));
    expect(within(next!).getByRole('img')).toHaveAccessibleName(/Peers 3\.3; All raters 3\.3\.$/);
    expect(within(statement!).getByText('You 3.0 · Too few ratings to show')).toBeInTheDocument();
  });

  it('names blind spots and hidden strengths, strengths and development areas', async () => {
    const round = makeRound({
      selfRatings: { ...rateAll(3), 'listens.asks': 5, 'decides.clear': 1 },
    });
    const report = buildReviewReport(
      round,
      [1, 2, 3].map(() =>
        makeAnswer(round, 'peers', { ...rateAll(3), 'listens.asks': 2, 'decides.clear': 4 }),
      ),
    );
    render(<ReviewReportView report={report} audience="coach" />);
    const gaps = await screen.findByRole('region', { name: 'Blind spots and hidden strengths' });
    const [blind, hidden] = within(gaps).getAllByRole('table');
    expect(within(blind!).getAllByRole('row')[1]).toHaveTextContent(
      'Asks before tellingListens5.02.03.0',
    );
    expect(within(hidden!).getAllByRole('row')[1]).toHaveTextContent(
      'Makes clear decisionsDecides1.04.03.0',
    );
    expect(within(gaps).getAllByRole('columnheader', { name: 'Self' })).toHaveLength(2);
    const ranked = await screen.findByRole('region', { name: 'Strengths and development areas' });
    expect(within(ranked).getAllByRole('listitem')[0]).toHaveTextContent(
      'Makes clear decisionsDecidesAll raters 4.0',
    );
    expect(await screen.findByRole('heading', { name: 'What they do well' })).toBeInTheDocument();
  });

  it('shows only the counts while no group has reached its threshold', () => {
    const round = makeRound({ selfRatings: rateAll(3) });
    const report = buildReviewReport(round, [makeAnswer(round, 'peers', rateAll(4))]);
    render(<ReviewReportView report={report} audience="delegate" />);
    expect(screen.getByText(/No group has reached its threshold yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Comments' })).toBeNull();
  });
});
