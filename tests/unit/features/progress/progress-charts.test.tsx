import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AreaComparison } from '@/domain/progress';
import { AreaAveragesChart, type AreaAveragesPoint } from '@/features/progress/area-averages-chart';
import { AreaComparisonChart } from '@/features/progress/area-comparison-chart';
import { radarLayout } from '@/features/progress/radar-layout';

const areas = [
  { id: 'teaching', name: 'Classroom practice' },
  { id: 'feedback', name: 'Questioning and feedback' },
];

const weeks: AreaAveragesPoint[] = [
  { label: 'Base', weekName: 'Baseline', averages: { teaching: 1, feedback: null } },
  { label: 'W1', weekName: 'Week 1', averages: { teaching: 2.5, feedback: 2 } },
  { label: 'W2', weekName: 'Week 2', averages: { teaching: null, feedback: 3 } },
  { label: 'W3', weekName: 'Week 3', averages: { teaching: 4, feedback: 3 } },
];

/**
 * 476 × 320 with the chart's margins (28 left, 12 right, 8 top, 30 bottom) and 8 px inset: the
 * weeks at x = 36, 176, 316, 456; levels 1–4 from y = 290 up to y = 8 (94 px a level).
 */
function drawLineChart(width = 476) {
  const { container } = render(
    <AreaAveragesChart
      data={weeks}
      areas={areas}
      levelRange={{ min: 1, max: 4 }}
      width={width}
      height={320}
    />,
  );
  const svg = container.querySelector('svg.chart-surface');
  if (!svg) throw new Error('No chart drawn');
  return svg;
}

describe('AreaAveragesChart', () => {
  it('draws one line per area through its weeks, broken where a week has no average', () => {
    const svg = drawLineChart();
    const lines = [...svg.querySelectorAll('.chart-series path')].map((path) =>
      path.getAttribute('d'),
    );
    expect(lines).toEqual(['M36 290L176 149M456 8', 'M176 196L316 102L456 102']);
  });

  it('marks each average with a dot titled with the area, week and value', () => {
    const svg = drawLineChart();
    const titles = [...svg.querySelectorAll('.chart-series circle title')].map(
      (title) => title.textContent,
    );
    expect(titles).toContain('Classroom practice, Week 1: 2.5');
    expect(titles).toHaveLength(6);
  });

  it('has a gridline and number at each whole level and a label under each week', () => {
    const svg = drawLineChart();
    expect(svg.querySelectorAll('.chart-grid line[stroke-dasharray]')).toHaveLength(4);
    const texts = [...svg.querySelectorAll('.chart-grid text')].map((text) => text.textContent);
    expect(texts).toEqual(['1', '2', '3', '4', 'Base', 'W1', 'W2', 'W3']);
  });

  it('is hidden from assistive technology and cannot take focus', () => {
    const svg = drawLineChart();
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg.querySelector('[tabindex], a')).toBeNull();
  });

  it('thins the week labels on a narrow chart so they do not collide', () => {
    const svg = drawLineChart(120);
    const labels = [...svg.querySelectorAll('.chart-grid text')]
      .map((text) => text.textContent)
      .filter((text) => !/^\d$/.test(text));
    expect(labels).toEqual(['Base', 'W3']);
  });
});

describe('AreaComparisonChart', () => {
  const comparison: AreaComparison[] = [
    { areaId: 'a', areaName: 'Classroom practice', baseline: 1, latest: 3, target: 4 },
    { areaId: 'b', areaName: 'Questioning and feedback', baseline: 2, latest: 4, target: null },
    { areaId: 'c', areaName: 'Adaptive teaching', baseline: 1, latest: 2, target: 4 },
    { areaId: 'd', areaName: 'Assessment for learning', baseline: 4, latest: 4, target: 4 },
  ];

  it('draws baseline, latest and target as one shape each, with a vertex per rated area', () => {
    const width = 640;
    const layout = radarLayout(
      width,
      comparison.map((area) => area.areaName),
    );
    const { container } = render(
      <AreaComparisonChart
        data={comparison}
        levelRange={{ min: 1, max: 4 }}
        width={width}
        height={layout.height}
      />,
    );
    const svg = container.querySelector('svg.chart-surface');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    const r = layout.outerRadius;
    const cx = width / 2;
    const cy = layout.height / 2;
    const vertices = (key: string) =>
      svg
        ?.querySelector(`.radar-${key} polygon`)
        ?.getAttribute('points')
        ?.split(' ')
        .map((pair) => pair.split(',').map(Number));
    // Four axes: up, right, down, left; level 1 at the centre, level 4 on the rim.
    const latest = vertices('latest');
    expect(latest).toHaveLength(4);
    expect(latest?.[0]?.[0]).toBeCloseTo(cx);
    expect(latest?.[0]?.[1]).toBeCloseTo(cy - (2 / 3) * r, 1);
    expect(latest?.[1]?.[0]).toBeCloseTo(cx + r, 1);
    expect(latest?.[2]?.[1]).toBeCloseTo(cy + r / 3, 1);
    // The area without a target is left out of the target shape.
    expect(vertices('target')).toHaveLength(3);
    expect(vertices('baseline')?.[0]).toEqual([cx, cy]);
    expect(svg?.querySelectorAll('.chart-series polygon')).toHaveLength(3);
  });

  it('has a spoke per area, a ring per level above the lowest and the area names', () => {
    const { container } = render(
      <AreaComparisonChart
        data={comparison}
        levelRange={{ min: 1, max: 4 }}
        width={360}
        height={
          radarLayout(
            360,
            comparison.map((area) => area.areaName),
          ).height
        }
      />,
    );
    const grid = container.querySelector('.chart-grid');
    expect(grid?.querySelectorAll('line')).toHaveLength(4);
    expect(grid?.querySelectorAll('polygon')).toHaveLength(3);
    const labels = [...container.querySelectorAll('.radar-area-label')].map(
      (label) => label.textContent,
    );
    expect(labels).toEqual([
      'Classroompractice',
      'Questioningandfeedback',
      'Adaptiveteaching',
      'Assessmentforlearning',
    ]);
  });
});
