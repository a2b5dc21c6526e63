import '../../support/cloneable-blob';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from '@/domain/zod';
import { blankEnquiryContent } from '@/domain/enquiry';
import { scaleRange } from '@/domain/framework';
import { newRecordMeta } from '@/domain/record';
import { newBreak } from '@/domain/programme';
import { db, schemaHistory, TrellisDatabase, type SchemaVersion } from '@/db/database';
import { createEnquiry, deleteEnquiry, updateEnquiry } from '@/db/enquiries';
import { addColleague, removeColleague } from '@/db/colleagues';
import {
  acceptIncomingObservation,
  saveObservationContent,
  startObservation,
} from '@/db/observations';
import { openOutgoingObservation, saveOutgoingContent } from '@/db/outgoing-observations';
import { tableSchemas } from '@/db/table-schemas';
import { rate, setUpTestProgramme, skillIdsOf } from '../../support/factories';
import { makeReturnedObservation, requestFor } from '../../support/observation-factories';
import { makeRealistic360Data } from '../../support/review-data';
import { makeRealisticProject } from '../../support/project-data';
import { makeRealisticCohortData } from '../../support/cohort-factories';
import { makeRealisticCoachingData } from '../../support/coaching-data';

/**
 * Frozen copies of every shipped schema version's `stores`, written out by hand. A shipped version
 * is on users' devices: changing it in `schemaHistory` would leave their databases in a state no
 * version describes. When a new version ships, copy its stores here — and never edit an entry.
 */
const SHIPPED_STORES: Readonly<Record<number, Readonly<Record<string, string | null>>>> = {
  1: {
    profiles: 'id',
    programmes: 'id, profileId',
    frameworks: 'id, profileId, [profileId+key]',
    ratings: 'id, profileId, [profileId+frameworkId], [profileId+skillId]',
  },
  2: {
    enquiries: 'id, profileId',
  },
  3: {
    colleagues: 'id, profileId',
    observations: 'id, profileId, [profileId+colleagueId]',
    outgoingObservations: 'id, requestId',
  },
  4: {
    reviewRounds: 'id, profileId',
    reviewAnswers: 'id, profileId, roundId, [roundId+responseId]',
    reviewCoaches: 'id, profileId',
    releasedReports: 'id, profileId, roundId',
    coachKeys: 'id',
    coachedRounds: 'id',
    coachedAnswers: 'id, roundId, [roundId+responseId]',
    outgoingReviewAnswers: 'id, [roundId+group]',
  },
  5: {},
  6: {
    projects: 'id, profileId',
    projectEvidence: 'id, profileId, projectId',
    projectAttachments: 'id, profileId, evidenceId',
    writeUps: 'id, profileId, projectId',
  },
  7: {
    cohorts: 'id, profileId',
    cohortSnapshots: 'id, profileId, cohortId, [cohortId+delegateKey]',
  },
  8: {
    coachingSessions: 'id, profileId',
    coachingActions: 'id, profileId, sessionId',
    evidenceSets: 'id, profileId',
    verificationRequests: 'id, profileId',
  },
};

/** The schema every row of a current table must still parse with after any upgrade. */
const ROW_SCHEMAS: Readonly<Record<string, z.ZodMiniType>> = Object.fromEntries(
  Object.entries(tableSchemas).map(([table, entry]) => [table, entry.schema]),
);

type Rows = Record<string, unknown[]>;

/** The tables a database has after the given history: each version adds, changes or (null) drops. */
function tablesAfter(history: readonly SchemaVersion[]): string[] {
  const tables = new Set<string>();
  for (const { stores } of history) {
    for (const [table, schema] of Object.entries(stores)) {
      if (schema === null) tables.delete(table);
      else tables.add(table);
    }
  }
  return [...tables].sort();
}

/**
 * Realistic data, made through the real repository functions: a delegate with baseline ratings, a
 * re-rating, a target and notes; a second delegate; the example profile; journal, Learning 3,
 * 360° review and improvement project rows.
 */
async function realisticRows(): Promise<Rows> {
  const sam = await setUpTestProgramme();
  const alex = await setUpTestProgramme({
    templateKey: 'blank',
    person: { displayName: 'Alex Jones-Ó Briain', school: 'St Mary’s C of E Primary' },
  });
  // A programme that pauses for Christmas (version 5).
  await db.programmes.put({
    ...sam.programme,
    breaks: [
      newBreak({ name: 'Christmas holidays', firstDay: '2026-12-19', lastDay: '2027-01-03' }),
    ],
  });
  await db.profiles.add({ ...newRecordMeta(), displayName: '', school: '', isExample: true });
  const [first, second] = skillIdsOf(sam);
  const { min, max } = scaleRange(sam.framework.scale);
  await rate(sam, {
    skillId: first!,
    week: 0,
    level: min,
    note: 'Rarely — mostly hands-up questions.',
  });
  await rate(sam, { skillId: second!, week: 0, level: min + 1 });
  await rate(sam, { skillId: first!, week: 2, level: min + 1, note: 'Hinge question in Y9 🙂' });
  await rate(sam, { skillId: first!, week: 2, level: max, note: 'Re-rated after the observation' });
  await rate(sam, { skillId: first!, week: 0, level: max, kind: 'target' });
  await rate(alex, { skillId: skillIdsOf(alex)[0]!, week: 1, level: min });

  // The journal: a planned one-liner, a finished effective enquiry revised twice, a deleted one.
  const owner = { profileId: sam.profile.id, frameworkId: sam.framework.id };
  await createEnquiry({
    ...blankEnquiryContent(3),
    ...owner,
    focusQuestion: 'Will exit tickets tell me who needs a re-teach?',
  });
  const done = await createEnquiry({
    ...blankEnquiryContent(1),
    ...owner,
    focusQuestion:
      'Does cold calling get every pupil in Year 9 answering — même les plus discrets?',
    technique: 'No hands up; pause three seconds, then name a pupil.\nCome back to “don’t know”.',
    skillIds: [first!, second!],
    context: 'Year 9 maths, set 3',
    endWeek: 3,
  });
  await updateEnquiry(done.id, {
    ...blankEnquiryContent(1),
    focusQuestion: done.focusQuestion,
    technique: done.technique,
    skillIds: [first!],
    context: done.context,
    endWeek: 3,
    evidence: 'Tally: 11 pupils answered in week 1, 24 in week 3 🙂',
    status: 'done',
    effective: true,
    impact: 3,
  });
  const dropped = await createEnquiry({
    ...blankEnquiryContent(2),
    ...owner,
    technique: 'Seating plan by prior attainment',
  });
  await deleteEnquiry(dropped.id);
  // Learning 3: two colleagues (one later removed), a direct observation, a received one, and an
  // observation written on this device for another delegate's request.
  const priya = await addColleague(sam.profile.id, {
    name: 'Priya Shah',
    role: 'Second in science',
    subjectOrPhase: 'Science, KS3',
    focusSkillIds: [first!, second!],
  });
  const tom = await addColleague(sam.profile.id, {
    name: 'Tom O’Neill',
    role: 'ECT',
    subjectOrPhase: 'Year 4',
    focusSkillIds: [first!],
  });
  await removeColleague(tom.id);
  const draft = await startObservation(sam, priya, 'delegate-to-colleague', '2026-10-06');
  await saveObservationContent(draft.id, {
    ...draft,
    lessonClass: '9X2',
    lessonSubject: 'Science',
    ratings: [{ skillId: first!, level: min + 1 }],
    strengths: 'Calm, purposeful start — “do now” on the board 🙂',
    nextSteps: ['Hinge question before the practical'],
  });
  await acceptIncomingObservation(
    sam.profile.id,
    makeReturnedObservation({
      delegateProfileId: sam.profile.id,
      colleagueId: priya.id,
      observer: { name: priya.name, colleagueId: priya.id },
      observed: { name: 'Sam Teacher' },
      framework: { key: sam.framework.key, version: sam.framework.version },
      ratings: [{ skillId: first!, level: max }],
    }),
  );
  const outgoing = await openOutgoingObservation(requestFor(alex, priya), '2026-10-07');
  await saveOutgoingContent(outgoing.id, {
    ...outgoing.content,
    strengths: 'مرحبا — clear modelling',
  });
  // The 360° review: every table of version 4, on the delegate's, the coach's and a rater's side.
  await makeRealistic360Data();
  // The improvement project (version 6): evidence with a file, a deleted item, a written section.
  await makeRealisticProject(sam);
  // A facilitator's profile, a cohort and three delegates' snapshots (version 7).
  await makeRealisticCohortData();
  // Coaching (version 8): sessions, actions, an evidence set and a verification the coach signed.
  await makeRealisticCoachingData(sam);

  const rows: Rows = {};
  for (const table of tablesAfter(schemaHistory)) rows[table] = await db.table(table).toArray();
  return rows;
}

/** Version 5 gave programme rows their `breaks`. */
const BREAKS_VERSION = 5;

function programmesWithout(rows: Rows): Rows {
  return {
    ...rows,
    programmes: (rows.programmes ?? []).map((row) =>
      Object.fromEntries(Object.entries(row as object).filter(([key]) => key !== 'breaks')),
    ),
  };
}

/**
 * Rows as a database at `version` held them: before version 5, programmes had no breaks. When an
 * upgrade changes the shape of rows, give the versions before it their own realistic rows here.
 */
function rowsAtVersion(version: number, current: Rows): Rows {
  const tables = tablesAfter(schemaHistory.filter((entry) => entry.version <= version));
  const shaped = version < BREAKS_VERSION ? programmesWithout(current) : current;
  return Object.fromEntries(tables.map((table) => [table, shaped[table] ?? []]));
}

/**
 * What the rows written at `version` must be once upgraded to the latest version: nothing lost,
 * and a programme from before version 5 has no breaks, so its weeks are what they were.
 */
function expectedAfterUpgrade(version: number, written: Rows): Rows {
  if (version >= BREAKS_VERSION || !written.programmes) return written;
  return {
    ...written,
    programmes: written.programmes.map((row) => ({ ...(row as object), breaks: [] })),
  };
}

function byId(rows: readonly unknown[]): unknown[] {
  const idOf = (row: unknown) => (row as { id: string }).id;
  return [...rows].sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));
}

/** Each row can be looked up by each of its table's indexes: the upgraded indexes are whole. */
async function expectEveryRowFoundThroughEveryIndex(database: TrellisDatabase): Promise<void> {
  for (const table of database.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    for (const index of table.schema.indexes) {
      const keyPaths = typeof index.keyPath === 'string' ? [index.keyPath] : (index.keyPath ?? []);
      for (const row of rows) {
        const values = keyPaths.map((keyPath) => row[keyPath]);
        if (values.some((value) => value === undefined)) continue;
        const key = index.compound ? values : values[0];
        const found = (await table
          .where(index.name)
          .equals(key as string)
          .toArray()) as unknown[];
        expect(found, `${table.name} by ${index.name}`).toContainEqual(row);
      }
    }
  }
}

const openedHere: TrellisDatabase[] = [];

afterEach(async () => {
  const databases = openedHere.splice(0);
  for (const database of databases) database.close();
  for (const name of new Set(databases.map((database) => database.name))) await Dexie.delete(name);
});

function databaseNamed(name: string, history?: readonly SchemaVersion[]): TrellisDatabase {
  const database = new TrellisDatabase(name, history);
  openedHere.push(database);
  return database;
}

describe('schemaHistory', () => {
  it('is ascending whole version numbers from 1, each with a reason', () => {
    const versions = schemaHistory.map((entry) => entry.version);
    expect(versions[0]).toBe(1);
    versions.forEach((version, index) => {
      expect(Number.isInteger(version), `version ${version} must be a whole number`).toBe(true);
      if (index > 0) {
        expect(version, 'schemaHistory must be in ascending order').toBeGreaterThan(
          versions[index - 1]!,
        );
      }
    });
    for (const entry of schemaHistory) {
      expect(entry.reason.trim(), `version ${entry.version} needs a reason`).not.toBe('');
    }
  });

  it('still holds every shipped version exactly as it shipped', () => {
    for (const [version, stores] of Object.entries(SHIPPED_STORES)) {
      const entry = schemaHistory.find((candidate) => candidate.version === Number(version));
      expect(
        entry?.stores,
        `Schema version ${version} has shipped and must never change or disappear: add a new version instead`,
      ).toEqual(stores);
    }
  });

  it('has a frozen copy of every version in this test', () => {
    for (const { version } of schemaHistory) {
      expect(
        SHIPPED_STORES[version],
        `Version ${version} has no frozen copy: copy its stores into SHIPPED_STORES in this test`,
      ).toBeDefined();
    }
  });

  it('ends at the version the app opens', async () => {
    await db.open();
    expect(db.verno).toBe(schemaHistory.at(-1)!.version);
  });
});

describe('opening a database made by an earlier version', () => {
  // One case per version ever shipped, so a new version is covered as soon as it is added.
  it.each(schemaHistory.map((entry, index) => [entry.version, index + 1] as const))(
    'keeps every row written at version %i',
    async (version, count) => {
      const written = rowsAtVersion(version, await realisticRows());
      const name = `trellis-schema-history-v${version}-${crypto.randomUUID()}`;

      const old = databaseNamed(name, schemaHistory.slice(0, count));
      await old.open();
      for (const [table, rows] of Object.entries(written)) await old.table(table).bulkAdd(rows);
      old.close();

      const upgraded = databaseNamed(name);
      await upgraded.open();
      expect(upgraded.verno).toBe(schemaHistory.at(-1)!.version);

      const expected = expectedAfterUpgrade(version, written);
      for (const [table, rows] of Object.entries(expected)) {
        const stored = await upgraded.table(table).toArray();
        expect(byId(stored), `table "${table}" after upgrading from version ${version}`).toEqual(
          byId(rows),
        );
        const schema = ROW_SCHEMAS[table];
        if (schema) for (const row of stored) expect(schema.safeParse(row).error).toBeUndefined();
      }
      await expectEveryRowFoundThroughEveryIndex(upgraded);
      expect(Object.values(expected).flat().length).toBeGreaterThan(0);
    },
  );
});

async function snapshotOf(database: TrellisDatabase): Promise<Rows> {
  const rows: Rows = {};
  for (const table of database.tables) rows[table.name] = byId(await table.toArray());
  return rows;
}

describe('each upgrade step', () => {
  // Versions in the middle of the history are on devices too: a phone last opened three
  // versions ago goes through every step in between, and each pair must keep the data.
  it('brings a database from every earlier version to every later one without loss', async () => {
    const current = await realisticRows();
    for (let from = 0; from < schemaHistory.length; from += 1) {
      for (let to = from + 1; to < schemaHistory.length; to += 1) {
        const fromVersion = schemaHistory[from]!.version;
        const toVersion = schemaHistory[to]!.version;
        const written = rowsAtVersion(fromVersion, current);
        const name = `trellis-step-${fromVersion}-${toVersion}-${crypto.randomUUID()}`;
        const old = databaseNamed(name, schemaHistory.slice(0, from + 1));
        await old.open();
        for (const [table, rows] of Object.entries(written)) await old.table(table).bulkAdd(rows);
        old.close();
        const later = databaseNamed(name, schemaHistory.slice(0, to + 1));
        await later.open();
        const expected = rowsAtVersion(toVersion, expectedAfterUpgrade(fromVersion, written));
        for (const [table, rows] of Object.entries(expected)) {
          expect(
            byId(await later.table(table).toArray()),
            `${table}: ${fromVersion}→${toVersion}`,
          ).toEqual(byId(rows));
        }
        later.close();
      }
    }
  });

  // An upgrade can be interrupted (a tab closed mid-way) and IndexedDB then runs it again from the
  // old version; and a hand-run repair may run one twice. Running one again must change nothing.
  it('changes nothing when an upgrade function runs a second time', async () => {
    const current = await realisticRows();
    for (const [index, entry] of schemaHistory.entries()) {
      const upgrade = entry.upgrade;
      if (!upgrade) continue;
      const previous = schemaHistory[index - 1]?.version ?? entry.version;
      const name = `trellis-twice-${entry.version}-${crypto.randomUUID()}`;
      const old = databaseNamed(name, schemaHistory.slice(0, index));
      await old.open();
      for (const [table, rows] of Object.entries(rowsAtVersion(previous, current))) {
        await old.table(table).bulkAdd(rows);
      }
      old.close();
      const upgraded = databaseNamed(name, schemaHistory.slice(0, index + 1));
      await upgraded.open();
      const once = await snapshotOf(upgraded);
      await upgraded.transaction('rw', upgraded.tables, (transaction) => upgrade(transaction));
      expect(await snapshotOf(upgraded), `version ${entry.version}'s upgrade run twice`).toEqual(
        once,
      );
    }
  });
});
