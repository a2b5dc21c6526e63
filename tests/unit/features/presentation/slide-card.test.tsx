import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Slide } from '@/domain/presentation';
import { SlideCard } from '@/features/presentation/slide-card';
import { PRINT_CHART_SIZE } from '@/features/presentation/print-chart-size';
import { areaChart, weeklyChart } from '../../ui/deck/deck-fixture';

const chartSlide: Slide = {
  id: 'own-progress-1',
  section: 'own-progress',
  title: 'My progress by area',
  body: { kind: 'chart', chart: areaChart, caption: 'Average level in each area.' },
  notes: [],
};

const splitSlide: Slide = {
  id: 'colleagues-1',
  section: 'colleagues',
  title: 'Colleague A’s progress',
  body: {
    kind: 'chart-and-bullets',
    chart: weeklyChart,
    bullets: [{ text: 'Week 2: cold calling from the start.' }],
  },
  notes: [],
};

/** The handout's copy of the slide's chart (hidden on screen, shown in print by CSS). */
async function printDrawing(article: HTMLElement) {
  const figure = within(article).getByRole('figure', { hidden: true });
  const print = figure.querySelector<HTMLElement>('.slide-chart-print');
  expect(print).not.toBeNull();
  const svg = await waitFor(() => {
    const drawn = print?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!drawn) throw new Error('the print drawing is not there yet');
    return drawn;
  });
  return { print: print as HTMLElement, svg };
}

describe('SlideCard charts in the printed handout', () => {
  it('draws a full-width chart again at the fixed A4 size, with its legend under it', async () => {
    render(<SlideCard slide={chartSlide} number={3} total={10} />);
    const article = screen.getByRole('article', { name: 'My progress by area' });
    const { print, svg } = await printDrawing(article);

    expect(svg).toHaveAttribute('width', String(PRINT_CHART_SIZE.full.width));
    expect(svg).toHaveAttribute('height', String(PRINT_CHART_SIZE.full.height));
    // 600 px fits the 617 px a slide leaves inside its padding on A4 (182 mm = 688 px wide).
    expect(PRINT_CHART_SIZE.full.width).toBeLessThanOrEqual(617);
    expect(print).toHaveAttribute('aria-hidden', 'true');
    // The legend is plain HTML in the flow, between the drawing and the caption.
    const legend = within(print).getByRole('list', { hidden: true });
    expect(
      within(legend)
        .getAllByRole('listitem', { hidden: true })
        .map((item) => item.textContent),
    ).toEqual(areaChart.series.map((series) => series.name));
    expect(svg.compareDocumentPosition(legend) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const caption = within(article).getByText('Average level in each area.');
    expect(legend.compareDocumentPosition(caption) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Recharts' own legend (absolutely placed, measured once drawn) is only in the screen drawing.
    expect(print.querySelector('.recharts-legend-wrapper')).toBeNull();
    // The screen's drawing is still there, sized by its card.
    expect(article.querySelector('.slide-chart-drawing')).not.toBeNull();
  });

  it('draws the chart beside bullets at the narrower size of its column', async () => {
    render(<SlideCard slide={splitSlide} number={6} total={10} />);
    const article = screen.getByRole('article', { name: 'Colleague A’s progress' });
    const { print, svg } = await printDrawing(article);

    expect(print).toHaveAttribute('data-place', 'split');
    expect(svg).toHaveAttribute('width', String(PRINT_CHART_SIZE.split.width));
    expect(svg).toHaveAttribute('height', String(PRINT_CHART_SIZE.split.height));
    // The left column of the split layout on A4 is 314 px wide.
    expect(PRINT_CHART_SIZE.split.width).toBeLessThanOrEqual(314);
    // One line per series, in the series' order.
    expect(print.querySelectorAll('.recharts-line')).toHaveLength(weeklyChart.series.length);
    expect(within(print).getByText('Feedback')).toBeInTheDocument();
  });

  it('has the print drawing ready before printing starts, and printing leaves both drawings be', async () => {
    render(<SlideCard slide={chartSlide} number={3} total={10} />);
    const article = screen.getByRole('article', { name: 'My progress by area' });
    const { svg } = await printDrawing(article);
    const screenDrawing = article.querySelector('.slide-chart-drawing');

    // No print event is needed (page.pdf and some PDF printers send none): the A4 copy is already
    // there, and a print and its end change neither drawing.
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));

    const { svg: after } = await printDrawing(article);
    expect(after).toBe(svg);
    expect(after).toHaveAttribute('width', String(PRINT_CHART_SIZE.full.width));
    expect(article.querySelector('.slide-chart-drawing')).toBe(screenDrawing);
  });
});
