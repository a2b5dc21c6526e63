import fc from 'fast-check';
import { scaleRange } from '@/domain/framework';
import { newRecordMeta } from '@/domain/record';
import { db } from '@/db/database';
import { loadExampleProfile } from '@/db/example-profile';
import { makeFramework, rate, setUpTestProgramme, skillIdsOf } from './factories';
import { makeRealistic360Data } from './review-data';
import { makeRealisticCoachingData } from './coaching-data';

/** Every row of every table, each table sorted by id: what "the database is exactly as before" means. */
export async function databaseSnapshot(): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as { id: string }[];
    snapshot[table.name] = rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return snapshot;
}

export async function emptyEveryTable(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

/**
 * A delegate with ratings (one withdrawn), a target, notes with HTML, emoji, right-to-left text and
 * combining marks; a second delegate; 360° review rows of every kind; and the example profile. Made
 * through the real functions.
 */
export async function makeRealisticData(): Promise<void> {
  const sam = await setUpTestProgramme({ framework: makeFramework() });
  const alex = await setUpTestProgramme({
    templateKey: 'blank',
    framework: makeFramework(),
    person: { displayName: 'Alex Jones-Ó Briain 👩🏽‍🏫', school: 'مدرسة St Mary’s' },
  });
  const [first, second] = skillIdsOf(sam);
  const { min, max } = scaleRange(sam.framework.scale);
  await rate(sam, {
    skillId: first!,
    week: 0,
    level: min,
    note: '<script>alert(1)</script> & <b>',
  });
  await rate(sam, { skillId: second!, week: 0, level: min, note: 'Cafe\u0301 — נסיון 🙂' });
  const withdrawn = await rate(sam, { skillId: first!, week: 2, level: max, note: 'Oops' });
  await db.ratings.put({
    ...withdrawn,
    ...newRecordMeta(),
    id: withdrawn.id,
    rev: 2,
    deletedAt: new Date().toISOString(),
  });
  await rate(sam, { skillId: first!, week: 0, level: max, kind: 'target' });
  await rate(alex, { skillId: skillIdsOf(alex)[0]!, week: 1, level: min });
  await makeRealistic360Data();
  await makeRealisticCoachingData(sam);
  await loadExampleProfile();
}

const isoDate = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

/** Text as people type it: any graphemes (emoji, RTL, combining marks, markup), already trimmed. */
const text = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', maxLength })
    .map((value) => value.trim())
    .filter((value) => value.length <= maxLength);

const meta = fc.record(
  {
    id: fc.uuid({ version: 4 }),
    createdAt: isoDate,
    updatedAt: isoDate,
    rev: fc.integer({ min: 1, max: 50 }),
    deletedAt: isoDate,
  },
  { requiredKeys: ['id', 'createdAt', 'updatedAt', 'rev'] },
);

/** Any valid dataset: 1–3 profiles, each with a framework copy, a programme and ratings. */
export const datasetArbitrary = fc
  .array(
    fc.record({
      profile: fc.record({
        meta,
        displayName: text(30),
        school: text(30),
        isExample: fc.boolean(),
      }),
      framework: meta,
      programme: fc.record({
        meta,
        name: text(40).filter((name) => name !== ''),
        lengthWeeks: fc.integer({ min: 1, max: 20 }),
      }),
      ratings: fc.array(
        fc.record({
          meta,
          skillId: fc.constantFrom('q1', 'q2', 'f1', 'f2'),
          kind: fc.constantFrom('self' as const, 'target' as const, 'target-cleared' as const),
          week: fc.integer({ min: 0, max: 20 }),
          level: fc.integer({ min: 1, max: 4 }),
          note: text(60),
          recordedAt: isoDate,
        }),
        { maxLength: 8 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((people) => {
    const tables: Record<string, unknown[]> = {
      profiles: [],
      programmes: [],
      frameworks: [],
      ratings: [],
    };
    for (const person of people) {
      const profileId = person.profile.meta.id;
      const frameworkId = person.framework.id;
      tables.profiles!.push({
        ...person.profile.meta,
        displayName: person.profile.displayName,
        school: person.profile.school,
        isExample: person.profile.isExample,
      });
      tables.frameworks!.push({ ...makeFramework(), ...person.framework, profileId });
      tables.programmes!.push({
        ...person.programme.meta,
        name: person.programme.name,
        startDate: '2026-09-07',
        lengthWeeks: person.programme.lengthWeeks,
        sessions: [],
        // Half-term, with the id of the programme: any valid id will do, and it keeps runs repeatable.
        breaks: [
          {
            id: person.programme.meta.id,
            name: 'October half-term',
            firstDay: '2026-10-24',
            lastDay: '2026-11-01',
          },
        ],
        profileId,
        templateKey: 'otp-plus',
        frameworkId,
      });
      for (const rating of person.ratings) {
        const { meta: ratingMeta, ...fields } = rating;
        tables.ratings!.push({
          ...ratingMeta,
          ...fields,
          profileId,
          frameworkId,
          frameworkVersion: 1,
        });
      }
    }
    return tables;
  })
  .filter((tables) => {
    // uuids are drawn independently; a clash within a table would make two records one.
    return Object.values(tables).every(
      (rows) => new Set(rows.map((row) => (row as { id: string }).id)).size === rows.length,
    );
  });
