import { describe, expect, it } from 'vitest';
import { planTableMerge } from '@/domain/backup-merge';

interface Row {
  id: string;
  rev: number;
  updatedAt: string;
  deletedAt?: string;
  note: string;
}

const AT = '2026-10-01T09:00:00.000Z';
const LATER = '2026-10-02T09:00:00.000Z';

function row(id: string, overrides: Partial<Row> = {}): Row {
  return { id, rev: 1, updatedAt: AT, note: 'as written', ...overrides };
}

describe('planTableMerge', () => {
  it('counts a copy with its keys in another order as unchanged, and writes nothing for it', () => {
    const here = row('a');
    const reordered: Row = {
      note: here.note,
      updatedAt: here.updatedAt,
      rev: here.rev,
      id: here.id,
    };
    const plan = planTableMerge('newest-revision', [here], [reordered]);
    expect(plan.summary).toEqual({ added: 0, updated: 0, unchanged: 1, newerHere: 0 });
    expect(plan.toWrite).toEqual([]);
  });

  it('adds new records, takes newer revisions and keeps this device’s newer or tied copy', () => {
    const here = [row('kept', { rev: 3 }), row('older'), row('tie', { note: 'edited here' })];
    const incoming = [
      row('new'),
      row('kept', { rev: 2 }),
      row('older', { rev: 2, updatedAt: LATER, note: 'edited later' }),
      row('tie', { note: 'edited there' }),
    ];
    const plan = planTableMerge('newest-revision', here, incoming);
    expect(plan.summary).toEqual({ added: 1, updated: 1, unchanged: 0, newerHere: 2 });
    expect(plan.toWrite.map((r) => r.id).sort()).toEqual(['new', 'older']);
    expect(plan.differences.map((d) => [d.here.id, d.kept])).toEqual([
      ['kept', 'here'],
      ['older', 'incoming'],
      ['tie', 'here'],
    ]);
  });

  it('keeps the later edit when two devices counted their revisions apart', () => {
    // The phone autosaved five times on Monday; the laptop made one edit on Tuesday.
    const phone = row('entry', { rev: 6, note: 'phone, Monday' });
    const laptop = row('entry', { rev: 2, updatedAt: LATER, note: 'laptop, Tuesday' });
    const onLaptop = planTableMerge('newest-revision', [laptop], [phone]);
    expect(onLaptop.toWrite).toEqual([]);
    expect(onLaptop.differences).toEqual([{ here: laptop, incoming: phone, kept: 'here' }]);
    const onPhone = planTableMerge('newest-revision', [phone], [laptop]);
    expect(onPhone.toWrite).toEqual([laptop]);
    expect(onPhone.differences[0]?.kept).toBe('incoming');
  });

  it('takes the higher revision of two copies saved at the same instant', () => {
    const plan = planTableMerge(
      'newest-revision',
      [row('a', { note: 'first' })],
      [row('a', { rev: 2, note: 'second' })],
    );
    expect(plan.toWrite.map((r) => r.note)).toEqual(['second']);
  });

  it('lets only a withdrawal travel for append-only history', () => {
    const here = [row('kept'), row('withdrawn')];
    const incoming = [row('kept', { note: 'changed' }), row('withdrawn', { deletedAt: LATER })];
    const plan = planTableMerge('union-by-id', here, incoming);
    expect(plan.toWrite.map((r) => r.id)).toEqual(['withdrawn']);
    expect(plan.summary).toEqual({ added: 0, updated: 1, unchanged: 0, newerHere: 1 });
  });
});
