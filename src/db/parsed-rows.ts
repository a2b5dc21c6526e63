import type { z } from '@/domain/zod';

/**
 * Every row read is parsed with its Zod schema (docs/design.md#one-schema-three-uses). Live queries
 * read the same rows again after every write — all of a profile's ratings after each click, the
 * whole framework for each rating saved — and parsing them again was most of a rating's save time.
 * A row whose stored content is exactly that of a row already parsed gets the earlier parse back;
 * serialising a row is far cheaper than validating it. Content, not `rev`, is compared, so a write
 * that forgets to bump the revision can never serve a stale parse.
 *
 * The parsed values are shared between readers: treat them as immutable, as React state is.
 */
export function parsedRows<Schema extends z.ZodMiniType<{ id: string }>>(schema: Schema) {
  const parsed = new Map<string, { content: string; value: z.output<Schema> }>();
  const parse = (row: unknown): z.output<Schema> => {
    const content = JSON.stringify(row);
    const id =
      typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string'
        ? row.id
        : undefined;
    const earlier = id === undefined ? undefined : parsed.get(id);
    if (earlier?.content === content) return earlier.value;
    const value = schema.parse(row);
    parsed.set(value.id, { content, value });
    return value;
  };
  /**
   * A row already checked with this schema (by the writer, or in a worker) and just written: the
   * next read of the same content is served from here instead of being parsed again.
   */
  parse.remember = (row: z.output<Schema>): void => {
    parsed.set(row.id, { content: JSON.stringify(row), value: row });
  };
  return parse;
}
