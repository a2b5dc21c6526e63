import { describe, expect, it } from 'vitest';
import { changeText, groupSummaryText, listText } from '@/ui/review-report/report-words';

describe('report words', () => {
  it('give a change as the difference of the figures shown', () => {
    expect(changeText(2.25, 3)).toBe('+0.7');
    expect(changeText(3.04, 2.96)).toBe('no change');
    expect(changeText(4, 2.5)).toBe('−1.5');
  });

  it('say a group’s count, and why a withheld one shows nothing else', () => {
    const thresholds = { 'line-manager': 1, peers: 4, 'direct-reports': 3, others: 3 };
    expect(groupSummaryText({ group: 'peers', answered: 5, withheld: false }, thresholds)).toBe(
      'Peers: 5 answered',
    );
    expect(groupSummaryText({ group: 'peers', answered: 3, withheld: true }, thresholds)).toBe(
      'Peers: 3 answered — fewer than 4, so their answers are withheld',
    );
    expect(
      groupSummaryText({ group: 'line-manager', answered: 0, withheld: true }, thresholds),
    ).toBe('Line manager: none answered');
  });

  it('join lists the English way', () => {
    expect(listText(['peers'])).toBe('peers');
    expect(listText(['peers', 'others'])).toBe('peers and others');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
