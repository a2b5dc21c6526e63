import { describe, expect, it } from 'vitest';
import { z } from '@/domain/zod';
import { parsedRows } from '@/db/parsed-rows';

const schema = z.object({
  id: z.string(),
  rev: z.int().check(z.minimum(1)),
  updatedAt: z.string(),
  name: z.string().check(z.trim()),
});

describe('parsedRows', () => {
  it('parses a row the first time and returns the same parse for the same content', () => {
    const parse = parsedRows(schema);
    const first = parse({ id: 'a', rev: 1, updatedAt: '2026-11-23T10:00:00Z', name: ' Sam ' });
    const again = parse({ id: 'a', rev: 1, updatedAt: '2026-11-23T10:00:00Z', name: ' Sam ' });
    expect(first).toEqual({ id: 'a', rev: 1, updatedAt: '2026-11-23T10:00:00Z', name: 'Sam' });
    expect(again).toBe(first);
  });

  it('parses again when anything in the row changed, even without a new revision', () => {
    const parse = parsedRows(schema);
    const first = parse({ id: 'a', rev: 1, updatedAt: '2026-11-23T10:00:00Z', name: 'Sam' });
    const revised = parse({ id: 'a', rev: 2, updatedAt: '2026-11-23T11:00:00Z', name: 'Alex' });
    expect(revised).not.toBe(first);
    expect(revised.name).toBe('Alex');
    expect(parse({ id: 'a', rev: 2, updatedAt: '2026-11-23T11:00:00Z', name: 'Jo' }).name).toBe(
      'Jo',
    );
  });

  it('still rejects a row that does not fit the schema', () => {
    const parse = parsedRows(schema);
    expect(() => parse({ id: 'b', rev: 0, updatedAt: 'x', name: 'Sam' })).toThrow();
    expect(() => parse('not a row')).toThrow();
  });
});
