/**
 * The benchmark's cohorts, on a facilitator's device: the facilitator profile, cohorts read against
 * OTP Plus (33 skills), and the snapshot files a cohort's delegates send — each delegate's skills
 * rated at the baseline and in four later weeks, with targets, three effective techniques and a
 * Learning 3 trio. Files are sealed with the domain's own envelope code, in the page.
 *
 * Bundled with the other datasets (tests/bench/seeder.ts) and run inside the production build's page.
 */
import { findBuiltInFramework } from '@/domain/built-in-frameworks/index';
import { slimFramework } from '@/domain/cohort/cohort';
import type { Snapshot } from '@/domain/cohort/snapshot';
import { snapshotFileName } from '@/domain/cohort/snapshot';
import { snapshotFileText } from '@/domain/cohort/snapshot-exchange';
import { newId } from '@/domain/record';
import { seededRandom } from '@/domain/seeded-random';
import { createCohort, setUpFacilitator } from '@/db/cohorts';

const FRAMEWORK_KEY = 'otp-plus-teaching-audit';
const WEEKS = [0, 2, 4, 6, 9];

function delegateName(index: number): string {
  return `Benchmark delegate ${(index + 1).toString()}`;
}

/** A facilitator and `cohorts` empty cohorts of `size` named delegates each; their ids. */
export async function seedFacilitatorCohorts({
  cohorts,
  size,
}: {
  cohorts: number;
  size: number;
}): Promise<string[]> {
  const facilitator = await setUpFacilitator({ displayName: 'Benchmark facilitator', school: '' });
  const names = Array.from({ length: size }, (_, index) => delegateName(index));
  const ids: string[] = [];
  for (let index = 0; index < cohorts; index += 1) {
    const cohort = await createCohort(
      facilitator.id,
      {
        programmeName: `Benchmark cohort ${(index + 1).toString()}`,
        startDate: '2026-09-07',
        endDate: '2026-11-27',
        names,
      },
      FRAMEWORK_KEY,
    );
    ids.push(cohort.id);
  }
  return ids;
}

/** The snapshot files of a cohort of `count` delegates, as a facilitator receives them. */
export async function cohortSnapshotFiles({
  count,
  seed,
}: {
  count: number;
  seed: number;
}): Promise<{ name: string; text: string }[]> {
  const definition = findBuiltInFramework(FRAMEWORK_KEY);
  if (!definition) throw new Error('OTP Plus is built in');
  const framework = slimFramework(definition);
  const random = seededRandom(seed);
  const files: { name: string; text: string }[] = [];
  for (let index = 0; index < count; index += 1) {
    const ratings: Snapshot['ratings'] = [];
    const targets: Snapshot['targets'] = [];
    for (const area of framework.areas) {
      for (const skill of area.skills) {
        let level = 1 + Math.floor(random() * 2);
        for (const week of WEEKS) {
          if (week > 0 && random() < 0.35) level = Math.min(4, level + 1);
          ratings.push({ skillId: skill.id, week, level });
        }
        targets.push({ skillId: skill.id, level: Math.min(4, level + 1) });
      }
    }
    const skillIds = framework.areas.flatMap((area) => area.skills.map((skill) => skill.id));
    const snapshot: Snapshot = {
      snapshotId: newId(),
      takenAt: new Date(Date.UTC(2026, 10, 20, 9, index % 60)).toISOString(),
      delegate: { id: newId(), name: delegateName(index) },
      programme: {
        id: newId(),
        name: 'OTP Plus',
        startDate: '2026-09-07',
        lengthWeeks: 10,
        currentWeek: 9,
      },
      framework,
      ratings,
      targets,
      techniques: [0, 1, 2].map((technique) => ({
        title: `Enquiry ${(technique + 1).toString()} of delegate ${(index + 1).toString()}`,
        technique:
          [
            'Mini whiteboards after each hinge question',
            'Cold call with three seconds of wait time',
            'A five-question retrieval starter every lesson',
            'Live modelling under the visualiser, then fading the example',
          ][(index + technique) % 4] ?? '',
        skillIds: [skillIds[(index + technique) % skillIds.length] ?? 'x'],
        impact: 3,
      })),
      learningThree: {
        colleagues: [
          { label: 'Colleague A', observations: 2 },
          { label: 'Colleague B', observations: 3 },
        ],
        observations: 6,
      },
    };
    files.push({
      name: snapshotFileName(snapshot.delegate.name),
      text: await snapshotFileText(snapshot),
    });
  }
  return files;
}
