import { sealEnvelope } from '@/domain/file-envelope';
import { newId } from '@/domain/record';
import { slimFramework, type CohortDetails } from '@/domain/cohort/cohort';
import { checkSnapshotFiles } from '@/domain/cohort/check-snapshots';
import { snapshotFileText } from '@/domain/cohort/snapshot-exchange';
import {
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_TYPE,
  type Snapshot,
  type SnapshotFramework,
} from '@/domain/cohort/snapshot';
import { seededRandom } from '@/domain/seeded-random';
import { addSnapshots, createCohort, setUpFacilitator } from '@/db/cohorts';
import { builtInFramework } from './factories';

/** The OTP Plus framework as a cohort and its snapshots carry it. */
export function otpSnapshotFramework(): SnapshotFramework {
  return slimFramework(builtInFramework('otp-plus-teaching-audit'));
}

/**
 * A delegate's snapshot: every skill rated at the baseline and in `weeks`, each rating a step up
 * from the last now and then (seeded, so the same seed gives the same snapshot).
 */
export function makeSnapshot(
  overrides: Partial<Snapshot> & { seed?: number; weeks?: number[] } = {},
): Snapshot {
  const { seed = 1, weeks = [0, 3, 6], ...rest } = overrides;
  const framework = rest.framework ?? otpSnapshotFramework();
  const random = seededRandom(seed);
  const levels = framework.scale.map((level) => level.value);
  const low = levels[0] ?? 1;
  const high = levels.at(-1) ?? 4;
  const ratings: Snapshot['ratings'] = [];
  const targets: Snapshot['targets'] = [];
  for (const area of framework.areas) {
    for (const skill of area.skills) {
      let level = low + Math.floor(random() * 2);
      for (const week of weeks) {
        if (week > 0 && random() < 0.4) level = Math.min(high, level + 1);
        ratings.push({ skillId: skill.id, week, level });
      }
      targets.push({ skillId: skill.id, level: high });
    }
  }
  return {
    snapshotId: newId(),
    takenAt: '2026-11-20T10:00:00.000Z',
    delegate: { id: newId(), name: 'Sam Teacher' },
    programme: {
      id: newId(),
      name: 'OTP Plus',
      startDate: '2026-09-07',
      lengthWeeks: 10,
      currentWeek: Math.max(...weeks),
    },
    framework,
    ratings,
    targets,
    techniques: [
      {
        title: 'Do mini whiteboards show who has it?',
        technique: 'Mini whiteboards after each hinge question',
        skillIds: [framework.areas[0]?.skills[0]?.id ?? 'x'],
        impact: 3,
      },
    ],
    learningThree: {
      colleagues: [
        { label: 'Colleague A', observations: 2 },
        { label: 'Colleague B', observations: 1 },
      ],
      observations: 4,
    },
    ...rest,
  };
}

export async function snapshotFile(
  snapshot: Snapshot,
  name = `${snapshot.delegate.name}.trellis-snapshot.json`,
): Promise<{ name: string; text: string }> {
  return { name, text: await snapshotFileText(snapshot) };
}

/** An envelope whose data was changed after sealing: the checksum no longer matches. */
export async function damagedSnapshotFile(
  snapshot: Snapshot,
): Promise<{ name: string; text: string }> {
  const envelope = await sealEnvelope(SNAPSHOT_TYPE, SNAPSHOT_FORMAT_VERSION, snapshot);
  const changed = {
    ...envelope,
    data: { ...snapshot, delegate: { ...snapshot.delegate, name: 'Someone else' } },
  };
  return { name: 'damaged.trellis-snapshot.json', text: JSON.stringify(changed) };
}

export function makeCohortDetails(overrides: Partial<CohortDetails> = {}): CohortDetails {
  return {
    programmeName: 'OTP Plus — autumn 2026',
    startDate: '2026-09-07',
    endDate: '2026-11-27',
    names: ['Sam Teacher', 'Priya Shah', 'Tom O’Neill', 'Ada Lovelace'],
    ...overrides,
  };
}

/** A facilitator with one cohort and three delegates' snapshots in it. */
export async function makeRealisticCohortData() {
  const facilitator = await setUpFacilitator({ displayName: 'Fran Facilitator', school: '' });
  const cohort = await createCohort(facilitator.id, makeCohortDetails(), 'otp-plus-teaching-audit');
  const snapshots = ['Sam Teacher', 'Priya Shah', 'Zoë Outsider'].map((name, index) =>
    makeSnapshot({ seed: index + 1, delegate: { id: newId(), name } }),
  );
  const files = await Promise.all(snapshots.map((snapshot) => snapshotFile(snapshot)));
  const checked = await checkSnapshotFiles(files, cohort.framework, '2026-11-21T09:00:00.000Z');
  const members = checked.flatMap((result) => (result.ok ? [result.member] : []));
  await addSnapshots(cohort.id, members);
  return { facilitator, cohort, snapshots, members };
}
