/**
 * The benchmark's large dataset, made by a seeded (deterministic) script and written through the
 * real repository functions and schemas, one transaction per profile: 5 profiles × 60 skills × 10
 * weeks of ratings (a baseline and nine re-ratings, plus a target for every skill).
 *
 * Bundled (tests/bench/seeder.ts) by tests/bench/run.mjs and run inside the production build's page, so
 * it writes to the same IndexedDB the app reads. Record ids are fresh UUIDs
 * (docs/design.md#global-ids); levels, notes and times come from the seed, so every run holds the
 * same story. Each profile also gets two Learning 3 colleagues with their share of 200
 * observations, and its share of 300 journal enquiries (`extraSeeders`).
 */
import type { Table } from 'dexie';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import type { FrameworkDefinition, Skill } from '@/domain/framework';
import { findProgrammeTemplate, sessionsFromTemplate } from '@/domain/programme';
import { enquirySchema } from '@/domain/enquiry';
import { colleagueSchema } from '@/domain/colleague';
import { observationSchema } from '@/domain/observation';
import { ratingEventSchema, type RatingEvent } from '@/domain/rating';
import { newId, newRecordMeta } from '@/domain/record';
import { pick, seededRandom, type Random } from '@/domain/seeded-random';
import { db } from '@/db/database';
import { getFramework } from '@/db/frameworks';
import { setUpProgramme } from '@/db/programmes';

export const LARGE_DATASET = {
  profiles: 5,
  skillsPerProfile: 60,
  /** Rating rounds per skill: the baseline (week 0) and weeks 1–9. */
  weeks: 10,
  /** Across all profiles, once Learning 3 observations land. */
  observations: 200,
  /** Across all profiles, once the action-research journal lands. */
  enquiries: 300,
} as const;

/** What an extra seeder gets: one profile, its framework's skills and the shared seeded random. */
export interface SeedContext {
  profileId: string;
  profileIndex: number;
  frameworkId: string;
  skills: readonly Skill[];
  random: Random;
  now: Date;
}

/**
 * Seeds one more kind of record for each profile, inside that profile's transaction. `tables`
 * names the Dexie tables it writes; `perProfile` how many records each profile gets (the totals
 * in LARGE_DATASET divided by the number of profiles). Returns how many it wrote.
 */
export interface ExtraSeeder {
  name: string;
  tables: () => Table[];
  perProfile: number;
  seed: (context: SeedContext, count: number) => Promise<number>;
}

/** More kinds of record for each profile, written in the profile's transaction. */
export const extraSeeders: ExtraSeeder[] = [
  {
    name: 'observations',
    tables: () => [db.colleagues, db.observations],
    perProfile: LARGE_DATASET.observations / LARGE_DATASET.profiles,
    seed: seedColleaguesAndObservations,
  },
  {
    name: 'enquiries',
    tables: () => [db.enquiries],
    perProfile: LARGE_DATASET.enquiries / LARGE_DATASET.profiles,
    seed: seedEnquiries,
  },
];

const TECHNIQUES = [
  'Cold calling with no hands up, after 5 seconds of thinking time',
  'Mini-whiteboard hinge questions before independent practice',
  'Retrieval starter: five questions from last week, last term and last year',
  'Live modelling under the visualiser, thinking aloud',
  'Whole-class feedback sheet instead of written comments',
];

/** Two Learning 3 colleagues per profile and `count` observations of them across the weeks. */
async function seedColleaguesAndObservations(context: SeedContext, count: number) {
  const { profileId, skills, random, now } = context;
  const focus = skills.slice(0, 4).map((skill) => skill.id);
  const colleagues = ['Priya Shah', 'Tom Okafor'].map((name) =>
    colleagueSchema.parse({
      ...newRecordMeta(now),
      profileId,
      name,
      role: 'Teacher',
      subjectOrPhase: 'Science',
      focusSkillIds: focus,
    }),
  );
  await db.colleagues.bulkAdd(colleagues);
  const observations = Array.from({ length: count }, (_, index) => {
    const colleague = pick(colleagues, random);
    const week = 1 + (index % (LARGE_DATASET.weeks - 1));
    return observationSchema.parse({
      ...newRecordMeta(now),
      profileId,
      colleagueId: colleague.id,
      direction: 'delegate-to-colleague',
      observer: { name: `Benchmark teacher ${context.profileIndex + 1}` },
      observed: { name: colleague.name, colleagueId: colleague.id },
      week,
      date: addDays(localCalendarDate(now), -(LARGE_DATASET.weeks - week) * 7),
      lessonClass: 'Year 9',
      lessonSubject: 'Science',
      ratings: focus.map((skillId) => ({ skillId, level: 1 + Math.floor(random() * 4) })),
      strengths: pick(NOTES, random),
      nextSteps: [pick(NOTES, random)],
      followUp: '',
      framework: { key: 'bench-large', version: 1 },
      status: 'complete',
    });
  });
  await db.observations.bulkAdd(observations);
  return observations.length;
}

/** `count` journal enquiries per profile, most of them done and judged. */
async function seedEnquiries(context: SeedContext, count: number) {
  const { profileId, frameworkId, skills, random, now } = context;
  const enquiries = Array.from({ length: count }, (_, index) => {
    const startWeek = index % (LARGE_DATASET.weeks - 2);
    const isDone = random() < 0.7;
    return enquirySchema.parse({
      ...newRecordMeta(now),
      profileId,
      frameworkId,
      focusQuestion: `Enquiry ${index + 1}: does it help pupils explain their reasoning?`,
      technique: pick(TECHNIQUES, random),
      skillIds: [pick(skills, random).id],
      context: 'Year 9 science',
      startWeek,
      endWeek: startWeek + 2,
      evidence: pick(NOTES, random),
      impactOnPupils: pick(NOTES, random),
      impactOnPractice: pick(NOTES, random),
      reflection: pick(NOTES, random),
      nextSteps: pick(NOTES, random),
      status: isDone ? 'done' : 'in-progress',
      effective: isDone && random() < 0.6,
      impact: isDone ? 1 + Math.floor(random() * 4) : null,
    });
  });
  await db.enquiries.bulkAdd(enquiries);
  return enquiries.length;
}

export interface SeededDataset {
  profileIds: string[];
  counts: Record<string, number>;
  /** Kinds of record the dataset should hold but this build cannot store yet. */
  notSeeded: string[];
}

const AREA_NAMES = [
  'Planning and sequencing',
  'Questioning and dialogue',
  'Assessment for learning',
  'Feedback',
  'Behaviour and relationships',
  'Adaptive teaching',
];
const NOTES = [
  'Tried it with Year 9 on Tuesday; most pupils could explain their reasoning.',
  'Coach observed this in the starter and agreed it has moved on.',
  'Still inconsistent with the lower sets: planning it in from next week.',
  'Exit tickets show 24 of 30 pupils met the goal.',
  'Discussed with my Learning 3 colleague and changed the routine.',
];

/** A 60-skill framework (6 areas × 10), each level described, as a made-in-the-app one would be. */
export function largeFramework(skillsPerProfile: number = LARGE_DATASET.skillsPerProfile) {
  const perArea = Math.ceil(skillsPerProfile / AREA_NAMES.length);
  const definition: FrameworkDefinition = {
    key: 'bench-large',
    version: 1,
    name: 'Benchmark framework (60 skills)',
    description: 'A framework of the largest size the benchmark expects a programme to use.',
    style: 'teaching-audit',
    scale: {
      levels: ['Emerging', 'Developing', 'Secure', 'Leading'].map((label, index) => ({
        value: index + 1,
        label,
        descriptor: `${label}: what this level looks like in the classroom, described in a sentence or two.`,
      })),
    },
    areas: AREA_NAMES.map((name, areaIndex) => ({
      id: `bench.area-${areaIndex + 1}`,
      name,
      skills: Array.from(
        { length: Math.min(perArea, skillsPerProfile - areaIndex * perArea) },
        (_, skillIndex) => ({
          id: `bench.area-${areaIndex + 1}.skill-${skillIndex + 1}`,
          statement: `${name}: practice statement ${skillIndex + 1}, written as a teacher would meet it in a lesson.`,
        }),
      ),
    })).filter((area) => area.skills.length > 0),
  };
  return definition;
}

/** Seeds the whole dataset; `seed` fixes every level, note and time. */
export async function seedLargeDataset({
  seed = 7,
  now = new Date(),
  size = LARGE_DATASET,
}: { seed?: number; now?: Date; size?: typeof LARGE_DATASET } = {}): Promise<SeededDataset> {
  const random = seededRandom(seed);
  const definition = largeFramework(size.skillsPerProfile);
  const template = findProgrammeTemplate('otp-plus');
  const today = localCalendarDate(now);
  // Today in the last week of a 10-week programme.
  const startDate = addDays(today, -((size.weeks - 1) * 7 + 2));
  const profileIds: string[] = [];
  const counts: Record<string, number> = { profiles: 0, ratings: 0 };

  for (let profileIndex = 0; profileIndex < size.profiles; profileIndex += 1) {
    const extraTables = extraSeeders.flatMap((seeder) => seeder.tables());
    await db.transaction(
      'rw',
      [db.profiles, db.programmes, db.frameworks, db.ratings, ...extraTables],
      async () => {
        const profileId = await setUpProgramme(
          {
            person: {
              displayName: `Benchmark teacher ${profileIndex + 1}`,
              school: 'Trellis Park Academy',
            },
            templateKey: 'otp-plus',
            framework: definition,
            programme: {
              name: template.name,
              startDate,
              lengthWeeks: template.lengthWeeks,
              sessions: sessionsFromTemplate(template),
              breaks: [],
            },
          },
          now,
        );
        const programme = await db.programmes.where('profileId').equals(profileId).first();
        const framework = programme ? await getFramework(programme.frameworkId) : undefined;
        if (!framework) throw new Error('The benchmark profile was set up without its framework');
        const skills = framework.areas.flatMap((area) => area.skills);
        const ratings: RatingEvent[] = [];
        const rating = (
          skillId: string,
          kind: RatingEvent['kind'],
          week: number,
          level: number,
        ) => {
          const recordedAt = new Date(
            Date.parse(`${addDays(startDate, week * 7)}T16:00:00Z`) + ratings.length * 1000,
          ).toISOString();
          ratings.push(
            ratingEventSchema.parse({
              id: newId(),
              createdAt: recordedAt,
              updatedAt: recordedAt,
              rev: 1,
              profileId,
              frameworkId: framework.id,
              frameworkVersion: framework.version,
              skillId,
              kind,
              week,
              level,
              note: kind === 'self' && random() < 0.3 ? pick(NOTES, random) : '',
              recordedAt,
            }),
          );
        };
        for (const skill of skills) {
          let level = 1 + Math.floor(random() * 2);
          rating(skill.id, 'target', 0, Math.min(4, level + 1 + Math.floor(random() * 2)));
          for (let week = 0; week < size.weeks; week += 1) {
            if (week > 0 && random() < 0.25) level = Math.min(4, level + 1);
            else if (week > 0 && random() < 0.05) level = Math.max(1, level - 1);
            rating(skill.id, 'self', week, level);
          }
        }
        await db.ratings.bulkAdd(ratings);
        profileIds.push(profileId);
        counts.profiles = (counts.profiles ?? 0) + 1;
        counts.ratings = (counts.ratings ?? 0) + ratings.length;
        for (const seeder of extraSeeders) {
          const written = await seeder.seed(
            { profileId, profileIndex, frameworkId: framework.id, skills, random, now },
            seeder.perProfile,
          );
          counts[seeder.name] = (counts[seeder.name] ?? 0) + written;
        }
      },
    );
  }
  const seededNames = new Set(extraSeeders.map((seeder) => seeder.name));
  const notSeeded = ['observations', 'enquiries'].filter((name) => !seededNames.has(name));
  return { profileIds, counts, notSeeded };
}
