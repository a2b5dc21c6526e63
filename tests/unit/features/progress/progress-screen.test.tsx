import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { Area, Skill } from '@/domain/framework';
import { ProgressScreen } from '@/features/progress/progress-screen';
import { addEnquiry, rate, setUpTestProgramme } from '../../../support/factories';

// The default test programme started 14 days ago, so the dashboard opens on Week 3
// (columns Baseline, W1, W2, W3).

interface Scenario {
  active: ActiveProgramme;
  firstArea: Area;
  secondArea: Area;
  rising: Skill;
  steady: Skill;
  falling: Skill;
}

function areasOf(active: ActiveProgramme): [Area, Area] {
  const [first, second] = active.framework.areas;
  if (!first || !second || first.skills.length < 2) throw new Error('Expected two areas');
  return [first, second];
}

function labelOf(active: ActiveProgramme, value: number): string {
  const level = active.framework.scale.levels.find((candidate) => candidate.value === value);
  if (!level) throw new Error(`No level ${value}`);
  return `${level.label} (${value})`;
}

/**
 * Ratings in two weeks. First area: `rising` goes 1 → 3 in Week 2, `steady` stays at 2, so the area
 * averages 1.5 at Baseline and Week 1 and 2.5 in Weeks 2 and 3. Second area: `falling` goes 3 → 2.
 * `steady` has a target of 4.
 */
async function ratedInTwoWeeks(): Promise<Scenario> {
  const active = await setUpTestProgramme();
  const [firstArea, secondArea] = areasOf(active);
  const rising = firstArea.skills[0]!;
  const steady = firstArea.skills[1]!;
  const falling = secondArea.skills[0]!;
  await rate(active, { skillId: rising.id, week: 0, level: 1 });
  await rate(active, { skillId: steady.id, week: 0, level: 2 });
  await rate(active, { skillId: falling.id, week: 0, level: 3 });
  await rate(active, { skillId: steady.id, week: 0, level: 4, kind: 'target' });
  await rate(active, {
    skillId: rising.id,
    week: 2,
    level: 3,
    note: 'Hinge questions in every Year 9 lesson this week.',
  });
  await rate(active, { skillId: falling.id, week: 2, level: 2 });
  return { active, firstArea, secondArea, rising, steady, falling };
}

async function renderProgress(active: ActiveProgramme) {
  const view = render(<ProgressScreen active={active} />);
  await screen.findByRole('heading', { name: 'Area averages by week' });
  // The parts below the first chart, and the grid's rows, are drawn a frame at a time.
  await waitFor(() => expect(view.container.querySelector('[aria-busy="true"]')).toBeNull(), {
    timeout: 5000,
  });
  return view;
}

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

function cellTexts(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('ProgressScreen', () => {
  it('says what to do next when nothing has been rated, instead of drawing empty charts', async () => {
    const active = await setUpTestProgramme();
    await renderProgress(active);

    const averages = section('Area averages by week');
    expect(averages.getByText(/No ratings yet/)).toBeInTheDocument();
    expect(averages.getByText(/a baseline and one later week draw the first lines/)).toBeVisible();
    expect(averages.getByRole('link', { name: 'Audit screen' })).toHaveAttribute('href', '/audit');
    expect(screen.queryByRole('button', { name: 'Show as table' })).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    for (const heading of [
      'Baseline, latest and target by area',
      'Skills by week',
      'Biggest gains',
      'Furthest from target',
    ]) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
  });

  it('explains that a second rated week draws the trend when only one week is rated', async () => {
    const active = await setUpTestProgramme();
    const [firstArea] = areasOf(active);
    await rate(active, { skillId: firstArea.skills[0]!.id, week: 0, level: 2 });
    await renderProgress(active);

    expect(
      section('Area averages by week').getByText(/a second week draws the trend/),
    ).toBeInTheDocument();
  });

  it('shows the headline numbers: skills rated, average now against baseline, skills that rose', async () => {
    const { active } = await ratedInTwoWeeks();
    await renderProgress(active);

    const skillCount = active.framework.areas.reduce((n, area) => n + area.skills.length, 0);
    const headline = (term: string) => screen.getByText(term).nextElementSibling;
    expect(headline('Skills rated')).toHaveTextContent(`3 of ${skillCount}`);
    // Baseline (1 + 2 + 3) / 3 = 2.0; now (3 + 2 + 2) / 3 = 2.3.
    expect(headline('Average level now')).toHaveTextContent('2.3 baseline 2.0');
    expect(headline('Skills that rose')).toHaveTextContent('1 since baseline · 1 fell');
  });

  it('lists the area averages for every week in the table alternative to the line chart', async () => {
    const user = userEvent.setup();
    const { active, firstArea, secondArea } = await ratedInTwoWeeks();
    await renderProgress(active);
    const averages = section('Area averages by week');
    const toggle = averages.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = averages.getByRole('table', { name: /Average level by area and week/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Area', 'BaseBaseline', 'W1Week 1', 'W2Week 2', 'W3Week 3']);
    expect(
      cellTexts(within(table).getByRole('row', { name: new RegExp(`^${escape(firstArea.name)}`) })),
    ).toEqual(['1.5', '1.5', '2.5', '2.5']);
    expect(
      cellTexts(
        within(table).getByRole('row', { name: new RegExp(`^${escape(secondArea.name)}`) }),
      ),
    ).toEqual(['3.0', '3.0', '2.0', '2.0']);

    await user.click(toggle);
    expect(averages.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists baseline, latest and target by area in the table alternative to the radar', async () => {
    const user = userEvent.setup();
    const { active, firstArea } = await ratedInTwoWeeks();
    await renderProgress(active);
    const comparison = section('Baseline, latest and target by area');

    await user.click(comparison.getByRole('button', { name: 'Show as table' }));

    const row = comparison.getByRole('row', { name: new RegExp(`^${escape(firstArea.name)}`) });
    expect(cellTexts(row)).toEqual(['1.5', '2.5', '4.0']);
  });

  it('marks a rise and a fall in the skills-by-week grid, and mutes carried-forward levels', async () => {
    const { active, rising, falling } = await ratedInTwoWeeks();
    await renderProgress(active);
    const grid = section('Skills by week');

    const risingCells = within(
      await grid.findByRole('row', { name: new RegExp(`^${escape(rising.statement)}`) }),
    ).getAllByRole('cell');
    expect(risingCells.map((cell) => cell.textContent)).toEqual([
      '1',
      '1, carried forward',
      '3▲2, up 2',
      '3, carried forward',
    ]);
    expect(risingCells[2]).toHaveAttribute('data-movement', 'rise');
    expect(risingCells[2]).toHaveAttribute('data-state', 'rated');
    expect(risingCells[3]).toHaveAttribute('data-state', 'carried');

    const fallingRow = grid.getByRole('row', { name: new RegExp(`^${escape(falling.statement)}`) });
    expect(within(fallingRow).getAllByRole('cell')[2]).toHaveTextContent('2▼1, down 1');
  });

  it('lists the skill that rose under biggest gains, with its levels and evidence note', async () => {
    const { active, rising, firstArea } = await ratedInTwoWeeks();
    await renderProgress(active);
    const gains = section('Biggest gains');

    const items = gains.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const item = within(items[0]!);
    expect(item.getByText(rising.statement)).toBeInTheDocument();
    expect(item.getByText(firstArea.name)).toBeInTheDocument();
    expect(
      item.getByText(`${labelOf(active, 1)} → ${labelOf(active, 3)}`, { exact: false }),
    ).toBeInTheDocument();
    expect(item.getByText('up 2 levels')).toBeInTheDocument();
    expect(item.getByText('Hinge questions in every Year 9 lesson this week.')).toBeInTheDocument();
  });

  it('lists a skill below its target under furthest from target, with the gap', async () => {
    const { active, steady } = await ratedInTwoWeeks();
    await renderProgress(active);
    const gaps = section('Furthest from target');

    const items = gaps.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const item = within(items[0]!);
    expect(item.getByText(steady.statement)).toBeInTheDocument();
    expect(item.getByText(`target ${labelOf(active, 4)}`, { exact: false })).toBeInTheDocument();
    expect(item.getByText('2 levels to go')).toBeInTheDocument();
  });

  it('shows the dashboard as it stood in an earlier week when one is chosen', async () => {
    const user = userEvent.setup();
    const { active, rising } = await ratedInTwoWeeks();
    await renderProgress(active);
    const weekSelect = screen.getByLabelText('Show progress up to');
    expect(weekSelect).toHaveDisplayValue(/^Week 3 · from .+ \(this week\)$/);

    await user.selectOptions(weekSelect, '1');

    expect(weekSelect).toHaveDisplayValue(/^Week 1/);
    expect(section('Biggest gains').queryByText(rising.statement)).not.toBeInTheDocument();
    expect(section('Biggest gains').getByText(/No skill has risen/)).toBeInTheDocument();
    expect(
      section('Area averages by week').getByText(/a second week draws the trend/),
    ).toBeInTheDocument();
    const gridHeaders = within(section('Skills by week').getByRole('table'))
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(gridHeaders).toEqual(['Skill', 'BaseBaseline', 'W1Week 1']);

    await user.click(screen.getByRole('button', { name: 'Back to this week' }));

    expect(weekSelect).toHaveDisplayValue(/\(this week\)$/);
    expect(section('Biggest gains').getByText(rising.statement)).toBeInTheDocument();
  });

  it('updates as soon as a new rating is stored', async () => {
    const { active, steady } = await ratedInTwoWeeks();
    await renderProgress(active);
    expect(section('Biggest gains').getAllByRole('listitem')).toHaveLength(1);

    await rate(active, { skillId: steady.id, week: 3, level: 3 });

    await waitFor(() => expect(section('Biggest gains').getAllByRole('listitem')).toHaveLength(2));
  });

  it('draws the charts at the width the browser reports once it has laid the page out', async () => {
    // In a browser the width comes from a ResizeObserver, after layout: never read as the chart
    // mounts, which forced the whole dashboard's layout in the middle of React's commit.
    const clientWidth = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get');
    const observed: Element[] = [];
    class ReportingResizeObserver {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe(element: Element) {
        observed.push(element);
        const entry = { target: element, contentRect: { width: 480.6 } } as ResizeObserverEntry;
        queueMicrotask(() => this.report([entry], this));
      }
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', ReportingResizeObserver);
    try {
      const { active } = await ratedInTwoWeeks();
      await renderProgress(active);

      const lineChart = await section('Area averages by week').findByRole('img', {
        name: /^Line chart/,
      });
      await waitFor(
        () => expect(lineChart.querySelector('svg.chart-surface')).toHaveAttribute('width', '480'),
        { timeout: 10_000 },
      );
      expect(observed.length).toBeGreaterThanOrEqual(2);
      expect(clientWidth).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('draws the charts inside labelled figures once there is room for them', async () => {
    // jsdom lays nothing out; give the chart figures a width so the charts render.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640);
    const { active, firstArea } = await ratedInTwoWeeks();
    await renderProgress(active);

    const lineChart = await section('Area averages by week').findByRole('img', {
      name: new RegExp(
        `^Line chart of the average level in each area from Baseline to Week 3.*${escape(firstArea.name)} rose from 1.5 to 2.5`,
      ),
    });
    await waitFor(() => expect(lineChart.querySelector('svg.chart-surface')).not.toBeNull());
    // One line per charted area, hidden from screen readers (the summary and table speak for it).
    const lineSvg = lineChart.querySelector('svg.chart-surface');
    expect(lineSvg).toHaveAttribute('aria-hidden', 'true');
    const lines = lineSvg?.querySelectorAll('.chart-series path') ?? [];
    expect(lines).toHaveLength(active.framework.areas.length);
    // The first area is rated from the baseline: one unbroken line through Baseline … Week 3.
    expect(lines[0]?.getAttribute('d')).toMatch(/^M[\d. ]+(L[\d. ]+){3}$/);
    const radar = section('Baseline, latest and target by area').getByRole('img', {
      name: /^Radar chart/,
    });
    const radarSvg = radar.querySelector('svg.chart-surface');
    expect(radarSvg?.querySelectorAll('.chart-series polygon')).toHaveLength(3);
    expect(within(radar).getByText('Target')).toBeInTheDocument();
  });
});

describe('ProgressScreen: what was tried, from the journal', () => {
  it('lists the enquiries that ran between two rated weeks, with the targeted skills that moved', async () => {
    const { active, rising, steady } = await ratedInTwoWeeks();
    const hinge = await addEnquiry(active, {
      focusQuestion: 'Will hinge questions show who is ready?',
      skillIds: [rising.id, steady.id],
      startWeek: 1,
      endWeek: 2,
      status: 'done',
      effective: true,
    });
    await addEnquiry(active, { focusQuestion: 'Planned for later', startWeek: 3, endWeek: 3 });
    await renderProgress(active);

    const tried = await screen.findByRole('region', { name: 'What you tried, by week' });
    await within(tried).findByRole('heading', { name: /Baseline → Week 2/ });
    expect(within(tried).getByRole('heading', { name: /Baseline → Week 2/ })).toHaveTextContent(
      '1 skill rose, 1 fell',
    );
    expect(
      within(tried).getByRole('link', { name: 'Will hinge questions show who is ready?' }),
    ).toHaveAttribute('href', `/journal?entry=${hinge.id}`);
    expect(tried).toHaveTextContent('Weeks 1–2 · Done · Effective');
    expect(tried).toHaveTextContent(
      `${rising.statement}: ${labelOf(active, 1)} → ${labelOf(active, 3)}`,
    );
    expect(tried).not.toHaveTextContent(steady.statement);
    expect(within(tried).queryByRole('link', { name: 'Planned for later' })).toBeNull();
  });

  it('shows an enquiry stored while the dashboard is open', async () => {
    const { active, rising } = await ratedInTwoWeeks();
    await renderProgress(active);
    const tried = await screen.findByRole('region', { name: 'What you tried, by week' });
    await within(tried).findByText(/Nothing in your/);

    await addEnquiry(active, {
      focusQuestion: 'Do exit tickets help?',
      skillIds: [rising.id],
      startWeek: 1,
      endWeek: 2,
    });

    expect(await within(tried).findByRole('link', { name: 'Do exit tickets help?' })).toBeVisible();
  });

  it('points to the journal when it is empty', async () => {
    const { active } = await ratedInTwoWeeks();
    await renderProgress(active);

    const tried = await screen.findByRole('region', { name: 'What you tried, by week' });
    await within(tried).findByText(/Nothing in your/);
    expect(within(tried).getByRole('link', { name: 'Write an enquiry' })).toHaveAttribute(
      'href',
      '/journal?entry=new',
    );
  });
});

/** Skill statements are text, not patterns. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
