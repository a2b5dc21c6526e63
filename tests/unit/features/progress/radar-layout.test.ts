import { describe, expect, it } from 'vitest';
import { charactersPerLine, radarLayout, wrapLabel } from '@/features/progress/radar-layout';

describe('wrapLabel', () => {
  it('breaks between words, filling each line', () => {
    expect(wrapLabel('Questioning and feedback', 12, 3)).toEqual(['Questioning', 'and feedback']);
    expect(wrapLabel('Classroom practice', 20, 3)).toEqual(['Classroom practice']);
  });

  it('keeps a word longer than a line whole, on a line of its own', () => {
    expect(wrapLabel('Metacognition in class', 8, 3)).toEqual(['Metacognition', 'in class']);
  });

  it('ends the last allowed line with an ellipsis when the words need more lines', () => {
    expect(wrapLabel('Reflective practice and action research', 11, 3)).toEqual([
      'Reflective',
      'practice',
      'and action…',
    ]);
    expect(wrapLabel('Reflective practice and action research', 10, 2)).toEqual([
      'Reflective',
      'practice…',
    ]);
  });

  it('gives no lines for an empty label', () => {
    expect(wrapLabel('  ', 10, 3)).toEqual([]);
  });
});

describe('radarLayout', () => {
  const areas = ['Classroom practice', 'Questioning and feedback', 'Adaptive teaching'];

  it('on a phone, makes label lines wide enough for the longest word', () => {
    const layout = radarLayout(358, areas);
    expect(layout.fontSize).toBeLessThan(radarLayout(900, areas).fontSize);
    expect(charactersPerLine(layout)).toBeGreaterThanOrEqual('Questioning'.length);
  });

  it('keeps the radar within the width, beside its labels', () => {
    for (const width of [300, 358, 600, 1000]) {
      const layout = radarLayout(width, areas);
      expect(layout.outerRadius + layout.labelWidth).toBeLessThanOrEqual(width / 2 + 40);
      expect(layout.height).toBeGreaterThan(2 * layout.outerRadius);
    }
  });
});
