import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { tableSchemas } from '@/db/table-schemas';

describe('table registry', () => {
  it('has an entry (schema and merge rule) for every table in the database', async () => {
    await db.open();
    for (const table of db.tables) {
      expect(
        tableSchemas[table.name],
        `Table "${table.name}" has no entry in src/db/table-schemas.ts: add its row schema and merge rule, or backups will leave it out`,
      ).toBeDefined();
    }
  });

  it('names no table the database does not have', async () => {
    await db.open();
    const names = db.tables.map((table) => table.name);
    for (const name of Object.keys(tableSchemas)) expect(names).toContain(name);
  });
});
