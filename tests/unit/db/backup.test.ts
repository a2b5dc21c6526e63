import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_TYPE, MAX_BACKUP_BYTES, MIN_PBKDF2_ITERATIONS } from '@/domain/backup-format';
import { sealEnvelope } from '@/domain/file-envelope';
import { newRecordMeta } from '@/domain/record';
import {
  checkBackupRows,
  makeBackup,
  previewRestore,
  readBackup,
  restoreBackup,
  type CheckedBackup,
  type RestoreMode,
} from '@/db/backup';
import { db, schemaHistory } from '@/db/database';
import { dataExistedAt } from '@/db/device-markers';
import { listProfiles } from '@/db/profiles';
import {
  databaseSnapshot,
  datasetArbitrary,
  emptyEveryTable,
  makeRealisticData,
} from '../../support/backup-data';
import { setUpTestProgramme } from '../../support/factories';
import { sessionContentOf } from '@/domain/coaching/coaching-session';
import {
  getSession,
  listSessionActions,
  listVerifications,
  updateSession,
} from '@/db/coaching-log';
import { makeTestCoach, makeVerifiedSession } from '../../support/coaching-data';

/** Reads, checks and restores a backup's text as the restore screen does; throws on any refusal. */
async function restoreText(text: string, mode: RestoreMode, passphrase?: string): Promise<void> {
  const checked = await checkText(text, passphrase);
  await restoreBackup(checked, mode);
}

async function checkText(text: string, passphrase?: string): Promise<CheckedBackup> {
  const read = await readBackup(text, passphrase);
  if (!read.ok) throw new Error(read.problem);
  const checked = checkBackupRows(read.content, read.exportedAt);
  if (!checked.ok) throw new Error(checked.problem);
  return checked.backup;
}

/** The restore screen's path for any text: a message for every refusal, never an exception. */
async function tryRestore(text: string, mode: RestoreMode): Promise<string | undefined> {
  const read = await readBackup(text);
  if (!read.ok) return read.problem;
  const checked = checkBackupRows(read.content, read.exportedAt);
  if (!checked.ok) return checked.problem;
  await restoreBackup(checked.backup, mode);
  return undefined;
}

describe('backup and restore', () => {
  it('brings back every row of every table, tombstones included, after the data is gone', async () => {
    await makeRealisticData();
    const before = await databaseSnapshot();
    const backup = await makeBackup();
    expect(backup.counts.ratings).toBe(before.ratings!.length);
    expect(backup.fileName).toMatch(/^trellis-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(before.ratings!.some((row) => (row as { deletedAt?: string }).deletedAt)).toBe(true);
    // The 360° review's tables (schema version 4) all have rows to lose.
    const reviewTables = Object.keys(schemaHistory.find((entry) => entry.version === 4)!.stores);
    for (const table of reviewTables) {
      expect(before[table]!.length, `rows in ${table}`).toBeGreaterThan(0);
      expect(backup.counts[table], `count of ${table}`).toBe(before[table]!.length);
    }

    await emptyEveryTable();
    await restoreText(backup.text, 'replace');
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('keeps HTML and script in text as text, and unicode exactly', async () => {
    await makeRealisticData();
    const backup = await makeBackup();
    await emptyEveryTable();
    await restoreText(backup.text, 'merge');
    const notes = (await db.ratings.toArray()).map((rating) => rating.note);
    expect(notes).toContain('<script>alert(1)</script> & <b>');
    expect(notes).toContain('Cafe\u0301 — נסיון 🙂');
    expect((await listProfiles()).map((profile) => profile.displayName)).toContain(
      'Alex Jones-Ó Briain 👩🏽‍🏫',
    );
  });

  // Several 600,000-iteration key derivations: seconds of CPU on a slow or busy machine.
  it(
    'protects a backup with a passphrase: recorded iterations, fresh salt and IV, wrong passphrase refused',
    { timeout: 60_000 },
    async () => {
      await makeRealisticData();
      const before = await databaseSnapshot();
      const first = await makeBackup({ passphrase: 'correct horse 🐎' });
      const second = await makeBackup({ passphrase: 'correct horse 🐎' });
      expect(first.fileName).toMatch(/-protected\.json$/);

      const header = (
        JSON.parse(first.text) as {
          data: {
            encryption: { kdf: { iterations: number; salt: string }; cipher: { iv: string } };
          };
        }
      ).data.encryption;
      const otherHeader = (
        JSON.parse(second.text) as {
          data: typeof header extends never ? never : { encryption: typeof header };
        }
      ).data.encryption;
      expect(header.kdf.iterations).toBeGreaterThanOrEqual(MIN_PBKDF2_ITERATIONS);
      expect(header.cipher.iv).not.toBe(otherHeader.cipher.iv);
      expect(header.kdf.salt).not.toBe(otherHeader.kdf.salt);
      // A quote cannot occur in base64, so a leak of the plain JSON would show `"displayName"`;
      // the bare name could (a random ciphertext held "…HvV1Alexw+…" once).
      expect(first.text).not.toContain('"displayName"');
      expect(first.text).not.toContain('"note"');

      expect(await readBackup(first.text)).toMatchObject({ ok: false, needsPassphrase: true });
      const wrong = await readBackup(first.text, 'correct horse');
      expect(wrong).toMatchObject({ ok: false, needsPassphrase: true });
      expect(wrong.ok ? '' : wrong.problem).toMatch(/passphrase does not open/);

      await emptyEveryTable();
      await restoreText(first.text, 'replace', 'correct horse 🐎');
      expect(await databaseSnapshot()).toEqual(before);
    },
  );

  it('reads a file whose header records more iterations than today’s minimum', async () => {
    await setUpTestProgramme();
    const backup = await makeBackup({ passphrase: 'pw', iterations: MIN_PBKDF2_ITERATIONS + 1 });
    const read = await readBackup(backup.text, 'pw');
    expect(read.ok).toBe(true);
  });

  it('merges: newest revision wins, ties go to the later edit, nothing here is deleted', async () => {
    const sam = await setUpTestProgramme({ person: { displayName: 'Sam', school: 'Old school' } });
    const backup = await makeBackup();

    // After the backup: Sam renames the school (rev 2) and a new person is added on this device.
    const profile = (await db.profiles.get(sam.profile.id))!;
    await db.profiles.put({
      ...profile,
      school: 'New school',
      rev: 2,
      updatedAt: new Date().toISOString(),
    });
    await setUpTestProgramme({ person: { displayName: 'Only here', school: '' } });
    const checked = await checkText(backup.text);

    const preview = await previewRestore(checked);
    const profiles = preview.tables.find((table) => table.table === 'profiles')!;
    expect(profiles).toMatchObject({
      inBackup: 1,
      onDevice: 2,
      added: 0,
      updated: 0,
      unchanged: 0,
      newerHere: 1,
    });

    await restoreBackup(checked, 'merge');
    const names = (await listProfiles()).map((p) => `${p.displayName} / ${p.school}`);
    expect(names).toEqual(['Sam / New school', 'Only here / ']);
  });

  it('merges: a newer copy in the backup replaces the one here; new records are added', async () => {
    const sam = await setUpTestProgramme({ person: { displayName: 'Sam', school: 'A' } });
    const profile = (await db.profiles.get(sam.profile.id))!;
    await db.profiles.put({ ...profile, school: 'B', rev: 2 });
    const backup = await makeBackup();
    await db.profiles.put(profile);
    await db.ratings.clear();
    await setUpTestProgramme({ person: { displayName: 'Alex', school: '' } });
    const checked = await checkText(backup.text);
    const preview = await previewRestore(checked);
    expect(preview.tables.find((table) => table.table === 'profiles')).toMatchObject({
      updated: 1,
    });
    await restoreBackup(checked, 'merge');
    expect((await db.profiles.get(sam.profile.id))?.school).toBe('B');
    expect(await db.profiles.count()).toBe(2);
  });

  it('merges rating events by id, and a withdrawal travels', async () => {
    const sam = await setUpTestProgramme();
    const rating = await import('../../support/factories').then(({ rate, skillIdsOf }) =>
      rate(sam, { skillId: skillIdsOf(sam)[0]!, week: 1, level: 2 }),
    );
    await db.ratings.put({ ...rating, rev: 2, deletedAt: new Date().toISOString() });
    const backup = await makeBackup();
    await db.ratings.put(rating);
    await restoreText(backup.text, 'merge');
    expect((await db.ratings.get(rating.id))?.deletedAt).toBeDefined();
    // And restoring the same backup again changes nothing.
    const once = await databaseSnapshot();
    await restoreText(backup.text, 'merge');
    expect(await databaseSnapshot()).toEqual(once);
  });

  it('replace removes what is only on this device and remembers that data existed', async () => {
    await setUpTestProgramme({ person: { displayName: 'In backup', school: '' } });
    const backup = await makeBackup();
    await emptyEveryTable();
    localStorage.clear();
    await setUpTestProgramme({ person: { displayName: 'Only here', school: '' } });
    await restoreText(backup.text, 'replace');
    expect((await listProfiles()).map((p) => p.displayName)).toEqual(['In backup']);
    expect(dataExistedAt()).toBeDefined();
  });

  it('restores in one transaction: a full disk half-way changes nothing', async () => {
    await makeRealisticData();
    const backup = await makeBackup();
    await emptyEveryTable();
    await setUpTestProgramme({ person: { displayName: 'Here before', school: '' } });
    const before = await databaseSnapshot();

    // Called with the store as `this` below, as IndexedDB calls it.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls += 1;
      if (calls === 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(restoreText(backup.text, 'replace')).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    vi.restoreAllMocks();
    expect(calls).toBeGreaterThanOrEqual(5);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it('refuses to call a backup done when it cannot be read back', async () => {
    await setUpTestProgramme();
    vi.spyOn(JSON, 'stringify').mockImplementationOnce(() => '{"broken": tru');
    await expect(makeBackup()).rejects.toThrow(/could not be read back|differs/);
  });
});

describe('hostile and broken backup files', () => {
  async function validText(): Promise<string> {
    return (await makeBackup()).text;
  }

  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

  const cases: [string, () => Promise<string>, RegExp][] = [
    ['an empty file', () => Promise.resolve(''), /empty/],
    [
      'a file that is not JSON',
      () => Promise.resolve('PK\u0003\u0004 zip file'),
      /not a Trellis backup/,
    ],
    ['a file cut short', async () => (await validText()).slice(0, 200), /cut short/],
    [
      'a Trellis file of another type',
      async () => JSON.stringify(await sealEnvelope('trellis-framework', 1, {})),
      /holds "trellis-framework"/,
    ],
    [
      'a backup from a future format',
      async () => JSON.stringify(await sealEnvelope(BACKUP_TYPE, 99, {})),
      /newer version/,
    ],
    [
      'a changed byte (checksum mismatch)',
      async () => (await validText()).replace('"displayName":"Alex', '"displayName":"Alec'),
      /checksum/,
    ],
    [
      'a file over the size limit',
      () => Promise.resolve(' '.repeat(MAX_BACKUP_BYTES + 1024 * 1024) + '{}'),
      /larger than Trellis accepts/,
    ],
    ['deeply nested JSON', () => Promise.resolve(deep), /nested/],
    [
      'deeply nested data inside a valid envelope',
      async () =>
        JSON.stringify(
          await sealEnvelope(BACKUP_TYPE, 1, {
            protection: 'none',
            content: {
              schemaVersion: 1,
              tables: { profiles: [JSON.parse('['.repeat(80) + ']'.repeat(80))] },
            },
          }),
        ),
      /nested/,
    ],
    [
      'a table named __proto__',
      async () => {
        const data = JSON.parse(
          '{"protection":"none","content":{"schemaVersion":1,"tables":{"__proto__":[{"polluted":true}]}}}',
        ) as unknown;
        return JSON.stringify(await sealEnvelope(BACKUP_TYPE, 1, data));
      },
      /nothing to restore/,
    ],
    [
      'a row that breaks its schema',
      async () =>
        JSON.stringify(
          await sealEnvelope(BACKUP_TYPE, 1, {
            protection: 'none',
            content: {
              schemaVersion: 1,
              tables: {
                profiles: [{ ...newRecordMeta(), displayName: 42, school: '', isExample: false }],
              },
            },
          }),
        ),
      /profile that Trellis cannot accept/,
    ],
    [
      'a database from a newer Trellis',
      async () =>
        JSON.stringify(
          await sealEnvelope(BACKUP_TYPE, 1, {
            protection: 'none',
            content: { schemaVersion: 999, tables: {} },
          }),
        ),
      /newer version of Trellis/,
    ],
    [
      'a protected backup with a broken header',
      async () =>
        JSON.stringify(
          await sealEnvelope(BACKUP_TYPE, 1, {
            protection: 'passphrase',
            encryption: { kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1, salt: 'AAAA' } },
            ciphertext: 'AAAA',
          }),
        ),
      /changed or damaged/,
    ],
  ];

  it.each(cases)(
    '%s: says why, and the database stays exactly as it was',
    async (_name, make, message) => {
      await makeRealisticData();
      const text = await make();
      const before = await databaseSnapshot();
      for (const mode of ['merge', 'replace'] as const) {
        expect(await tryRestore(text, mode)).toMatch(message);
      }
      expect(await databaseSnapshot()).toEqual(before);
    },
  );

  it('drops __proto__ keys inside rows and pollutes nothing', async () => {
    await setUpTestProgramme();
    const valid = JSON.parse(await validText()) as {
      data: { content: { tables: { profiles: Record<string, unknown>[] } } };
    };
    const text = JSON.stringify(valid.data).replace(
      '"isExample":false',
      '"isExample":false,"__proto__":{"polluted":true}',
    );
    const data = JSON.parse(text) as unknown;
    const hostile = JSON.stringify(await sealEnvelope(BACKUP_TYPE, 1, data));
    await emptyEveryTable();
    expect(await tryRestore(hostile, 'merge')).toBeUndefined();
    const stored = (await db.profiles.toArray())[0] as unknown as Record<string, unknown>;
    expect(Object.hasOwn(stored, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('properties', () => {
  it('any valid dataset survives backup → restore unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (tables) => {
        await emptyEveryTable();
        for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkAdd(rows);
        const before = await databaseSnapshot();
        const backup = await makeBackup();
        await emptyEveryTable();
        await restoreText(backup.text, 'replace');
        expect(await databaseSnapshot()).toEqual(before);
        await restoreText(backup.text, 'merge');
        expect(await databaseSnapshot()).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });

  it('random damage to a valid backup never throws and never changes the database', async () => {
    await makeRealisticData();
    const text = (await makeBackup()).text;
    const before = await databaseSnapshot();
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.nat(),
        char: fc.string({ minLength: 1, maxLength: 1 }),
      }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.string({ maxLength: 20 }),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 50 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom<RestoreMode>('merge', 'replace'),
        async (mutations, mode) => {
          let damaged = text;
          for (const change of mutations) {
            const at = change.at % (damaged.length + 1);
            if (change.kind === 'flip')
              damaged = damaged.slice(0, at) + change.char + damaged.slice(at + 1);
            else if (change.kind === 'cut') damaged = damaged.slice(0, at);
            else if (change.kind === 'insert')
              damaged = damaged.slice(0, at) + change.text + damaged.slice(at);
            else damaged = damaged.slice(0, at) + damaged.slice(at + change.length);
          }
          const outcome = await tryRestore(damaged, mode);
          // A change that still reads as the same backup (e.g. whitespace, exportedAt) restores the
          // same data: the database is then the same too.
          if (outcome !== undefined) expect(outcome.length).toBeGreaterThan(10);
          expect(await databaseSnapshot()).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('coaching in backups', () => {
  it('merges sessions and verifications like other records: the newest revision wins', async () => {
    const sam = await setUpTestProgramme();
    const coach = await makeTestCoach();
    const { sessionId } = await makeVerifiedSession(sam, coach);
    const backup = await makeBackup();
    const session = (await getSession(sam.profile.id, sessionId))!;
    // On this device, after the backup: the session is edited (rev 2).
    await updateSession(sessionId, { ...sessionContentOf(session), notes: 'Edited here later' });
    await emptyEveryTableButSessions();

    await restoreBackup(await checkText(backup.text), 'merge');
    expect((await getSession(sam.profile.id, sessionId))?.notes).toBe('Edited here later');
    const verifications = await listVerifications(sam.profile.id);
    expect(verifications).toHaveLength(1);
    expect(verifications[0]?.answer?.signed.statement.coachName).toBe(coach.identity.name);
    expect(await listSessionActions(sam.profile.id, sessionId)).toHaveLength(2);
  });
});

/** Everything but the sessions goes, as if this device had lost it. */
async function emptyEveryTableButSessions(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) if (table.name !== 'coachingSessions') await table.clear();
  });
}
