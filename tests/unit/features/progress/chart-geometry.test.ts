import { describe, expect, it } from 'vitest';
import {
  isolatedIndexes,
  levelTicks,
  linearScale,
  linePath,
  pointPositions,
  polarPoint,
  polygonPoints,
  radarLabelAnchor,
  radarShape,
  thinnedLabelIndexes,
} from '@/features/progress/chart-geometry';

describe('linearScale', () => {
  it('maps the domain onto the range in a straight line, either way round', () => {
    const y = linearScale([1, 4], [200, 8]);
    expect(y(1)).toBe(200);
    expect(y(4)).toBe(8);
    expect(y(2.5)).toBe(104);
  });

  it('puts everything in the middle when the domain is a single value', () => {
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe('levelTicks', () => {
  it('gives every whole level of the scale', () => {
    expect(levelTicks({ min: 1, max: 4 })).toEqual([1, 2, 3, 4]);
    expect(levelTicks({ min: 0, max: 5 })).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('pointPositions', () => {
  it('spaces the points evenly from left to right', () => {
    expect(pointPositions(3, 10, 30)).toEqual([10, 20, 30]);
  });

  it('centres a single point and gives nothing for none', () => {
    expect(pointPositions(1, 10, 30)).toEqual([20]);
    expect(pointPositions(0, 10, 30)).toEqual([]);
  });
});

describe('linePath', () => {
  it('draws through the points in order', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5, y: 7.5 },
        { x: 10, y: 1 / 3 },
      ]),
    ).toBe('M0 10L5 7.5L10 0.33');
  });

  it('breaks the line at a missing point instead of dropping to zero or joining across it', () => {
    expect(linePath([{ x: 0, y: 1 }, null, { x: 20, y: 3 }, { x: 30, y: 4 }])).toBe(
      'M0 1M20 3L30 4',
    );
    expect(linePath([null, null, { x: 20, y: 3 }])).toBe('M20 3');
    expect(linePath([null])).toBe('');
  });

  it('finds the points a line cannot show, with no neighbour on either side', () => {
    expect(isolatedIndexes([{ x: 0, y: 1 }, null, { x: 20, y: 3 }, { x: 30, y: 4 }])).toEqual([0]);
    expect(isolatedIndexes([null, { x: 10, y: 1 }, null])).toEqual([1]);
  });
});

describe('thinnedLabelIndexes', () => {
  const weeks = ['Base', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8', 'W9', 'W10'];

  it('writes every label when there is room', () => {
    expect(thinnedLabelIndexes(weeks, 90, 12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('thins the labels on a phone so none collide, keeping the first and the latest', () => {
    // A 390 px phone: about 28 px between weeks, "Base" is about 29 px wide at 12 px.
    expect(thinnedLabelIndexes(weeks, 28, 12)).toEqual([0, 2, 4, 6, 8, 10]);
    const shown = thinnedLabelIndexes(weeks.slice(0, 10), 28, 12);
    expect(shown).toEqual([0, 2, 4, 6, 9]);
    // Neighbouring labels are at least two steps apart, so at least as far as the widest label.
    for (let index = 1; index < shown.length; index += 1) {
      expect((shown[index] ?? 0) - (shown[index - 1] ?? 0)).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives nothing for no labels and the one label for one', () => {
    expect(thinnedLabelIndexes([], 10, 12)).toEqual([]);
    expect(thinnedLabelIndexes(['Base'], 0, 12)).toEqual([0]);
  });
});

describe('radar geometry', () => {
  const centre = { x: 100, y: 100 };

  it('starts the first axis straight up and goes clockwise', () => {
    const top = polarPoint(centre, 50, 0, 4);
    const right = polarPoint(centre, 50, 1, 4);
    const bottom = polarPoint(centre, 50, 2, 4);
    const left = polarPoint(centre, 50, 3, 4);
    expect(top.x).toBeCloseTo(100);
    expect(top.y).toBeCloseTo(50);
    expect(right.x).toBeCloseTo(150);
    expect(right.y).toBeCloseTo(100);
    expect(bottom.y).toBeCloseTo(150);
    expect(left.x).toBeCloseTo(50);
  });

  it('puts the lowest level at the centre and the highest on the rim, skipping missing values', () => {
    const shape = radarShape([4, 1, null, 2.5], { min: 1, max: 4 }, centre, 60);
    expect(shape).toHaveLength(3);
    expect(polygonPoints(shape)).toBe('100,40 100,100 70,100');
  });

  it('anchors labels away from the radar', () => {
    expect(radarLabelAnchor(0, 7)).toEqual({ textAnchor: 'middle', vertical: 'above' });
    expect(radarLabelAnchor(1, 7)).toEqual({ textAnchor: 'start', vertical: 'centred' });
    expect(radarLabelAnchor(3, 7)).toEqual({ textAnchor: 'start', vertical: 'below' });
    expect(radarLabelAnchor(5, 7)).toEqual({ textAnchor: 'end', vertical: 'centred' });
    expect(radarLabelAnchor(2, 4)).toEqual({ textAnchor: 'middle', vertical: 'below' });
  });
});
