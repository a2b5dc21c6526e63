import { openEnvelope, type EnvelopeExpectation } from '@/domain/file-envelope';
import { describeIssues } from '@/domain/validation';
import { cohortMemberSchema, memberFrom, type CohortMember } from '@/domain/cohort/cohort';
import {
  MAX_SNAPSHOT_BYTES,
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_LABEL,
  SNAPSHOT_TYPE,
  snapshotBodySchema,
  snapshotFrameworkSchema,
  snapshotProblems,
  type Snapshot,
  type SnapshotContent,
  type SnapshotFramework,
} from '@/domain/cohort/snapshot';

/**
 * Checking snapshot files for a cohort, one file at a time, so a damaged file is refused on its
 * own with its own sentence while the others go on. Plain functions with no DOM, run in a module
 * worker by the cohort screen (and in the page where there is no worker).
 *
 * A cohort's files nearly all carry the same framework, so each distinct framework is checked and
 * matched against the cohort's once per batch, keyed by its exact text.
 */
export const snapshotExpectation: EnvelopeExpectation = {
  type: SNAPSHOT_TYPE,
  label: SNAPSHOT_LABEL,
  currentVersion: SNAPSHOT_FORMAT_VERSION,
  maxBytes: MAX_SNAPSHOT_BYTES,
};

export interface SnapshotFile {
  name: string;
  text: string;
}

export type CheckedSnapshot =
  | { ok: true; fileName: string; member: CohortMember }
  | { ok: false; fileName: string; message: string };

/** How a snapshot's framework meets the cohort's: the skills kept, and the differences in words. */
export type FrameworkMatch =
  { ok: true; kept: ReadonlySet<string>; differences: string[] } | { ok: false; message: string };

function skillIdsOf(framework: SnapshotFramework): string[] {
  return framework.areas.flatMap((area) => area.skills.map((skill) => skill.id));
}

function count(n: number, one: string, many: string): string {
  return `${n.toString()} ${n === 1 ? one : many}`;
}

/**
 * Matches by stable skill ids, whatever the framework's key or version: a skill keeps its id for
 * the life of a framework, and copies and later versions keep it too. Levels must mean the same,
 * so a different scale is refused.
 */
export function matchFramework(
  framework: SnapshotFramework,
  cohortFramework: SnapshotFramework,
): FrameworkMatch {
  const cohortScale = cohortFramework.scale.map((level) => level.value).join(',');
  const scale = framework.scale.map((level) => level.value).join(',');
  if (scale !== cohortScale) {
    const range = (levels: SnapshotFramework['scale']) =>
      `${String(levels[0]?.value)}–${String(levels.at(-1)?.value)}`;
    return {
      ok: false,
      message: `It was rated on a ${range(framework.scale)} scale and the cohort’s framework uses ${range(cohortFramework.scale)}, so its levels cannot be compared.`,
    };
  }
  const cohortSkills = new Set(skillIdsOf(cohortFramework));
  const skills = skillIdsOf(framework);
  const kept = new Set(skills.filter((id) => cohortSkills.has(id)));
  if (kept.size === 0) {
    return {
      ok: false,
      message: `It was made with “${framework.name}”, which shares no skills with the cohort’s framework (“${cohortFramework.name}”).`,
    };
  }
  const differences: string[] = [];
  if (framework.key !== cohortFramework.key) {
    differences.push(
      `Made with another framework, “${framework.name}”: matched by skill ids, ${count(kept.size, 'skill', 'skills')} in common.`,
    );
  } else if (framework.version !== cohortFramework.version) {
    differences.push(
      `Made with version ${framework.version.toString()} of “${framework.name}”; the cohort uses version ${cohortFramework.version.toString()}. Matched by skill ids.`,
    );
  }
  const leftOut = skills.length - kept.size;
  if (leftOut > 0) {
    differences.push(
      `${count(leftOut, 'skill is', 'skills are')} not in the cohort’s framework and ${leftOut === 1 ? 'was' : 'were'} left out.`,
    );
  }
  const missing = cohortSkills.size - kept.size;
  if (missing > 0) {
    differences.push(
      `${count(missing, 'of the cohort’s skills is', 'of the cohort’s skills are')} not in it.`,
    );
  }
  return { ok: true, kept, differences };
}

/** The snapshot's content with only the skills the cohort kept. */
function keepSkills(content: SnapshotContent, kept: ReadonlySet<string>): SnapshotContent {
  const { techniques, ...rest } = content;
  return {
    ...rest,
    ratings: content.ratings.filter((rating) => kept.has(rating.skillId)),
    targets: content.targets.filter((target) => kept.has(target.skillId)),
    ...(techniques
      ? {
          techniques: techniques.map((technique) => ({
            ...technique,
            skillIds: technique.skillIds.filter((id) => kept.has(id)),
          })),
        }
      : {}),
  };
}

type FrameworkVerdict =
  | { ok: true; framework: SnapshotFramework; match: FrameworkMatch }
  | { ok: false; message: string };

/** Checks snapshot files for one cohort; never throws, one result per file in the same order. */
export async function checkSnapshotFiles(
  files: readonly SnapshotFile[],
  cohortFramework: SnapshotFramework,
  receivedAt: string,
): Promise<CheckedSnapshot[]> {
  const verdicts = new Map<string, FrameworkVerdict>();
  const results: CheckedSnapshot[] = [];
  for (const file of files) {
    try {
      results.push(await checkOne(file, cohortFramework, receivedAt, verdicts));
    } catch {
      results.push({
        ok: false,
        fileName: file.name,
        message: `This ${SNAPSHOT_LABEL} could not be read, so nothing was taken from it.`,
      });
    }
  }
  return results;
}

async function checkOne(
  file: SnapshotFile,
  cohortFramework: SnapshotFramework,
  receivedAt: string,
  verdicts: Map<string, FrameworkVerdict>,
): Promise<CheckedSnapshot> {
  const refuse = (message: string): CheckedSnapshot => ({
    ok: false,
    fileName: file.name,
    message,
  });
  const opened = await openEnvelope(file.text, snapshotExpectation);
  if (!opened.ok) return refuse(opened.problem.message);
  const body = snapshotBodySchema.safeParse(opened.data);
  if (!body.success) {
    return refuse(
      `This ${SNAPSHOT_LABEL} is not one Trellis can use: ${describeIssues(body.error).slice(0, 3).join('; ')}.`,
    );
  }
  const { framework: rawFramework, ...content } = body.data;
  const frameworkText = JSON.stringify(rawFramework);
  let verdict = verdicts.get(frameworkText);
  if (!verdict) {
    const parsed = snapshotFrameworkSchema.safeParse(rawFramework);
    verdict = parsed.success
      ? {
          ok: true,
          framework: parsed.data,
          match: matchFramework(parsed.data, cohortFramework),
        }
      : {
          ok: false,
          message: `This ${SNAPSHOT_LABEL}’s framework is not one Trellis can use: ${describeIssues(parsed.error).slice(0, 2).join('; ')}.`,
        };
    verdicts.set(frameworkText, verdict);
  }
  if (!verdict.ok) return refuse(verdict.message);
  return memberOf(content, verdict.framework, verdict.match, receivedAt, file.name);
}

/** The member a checked snapshot becomes, or the sentence that refuses it. */
export function memberOf(
  content: SnapshotContent,
  framework: SnapshotFramework,
  match: FrameworkMatch,
  receivedAt: string,
  fileName: string,
): CheckedSnapshot {
  const problems = snapshotProblems({ ...content, framework });
  if (problems.length > 0) {
    return {
      ok: false,
      fileName,
      message: `This ${SNAPSHOT_LABEL} is not one Trellis can use: ${problems.slice(0, 2).join('; ')}.`,
    };
  }
  if (!match.ok) {
    return {
      ok: false,
      fileName,
      message: `${content.delegate.name}’s ${SNAPSHOT_LABEL} does not fit this cohort. ${match.message}`,
    };
  }
  // The stored shape is checked too, so the rows written from it need no parse on the page.
  const member = cohortMemberSchema.safeParse(
    memberFrom(keepSkills(content, match.kept), framework, match.differences, receivedAt),
  );
  if (!member.success) {
    return {
      ok: false,
      fileName,
      message: `This ${SNAPSHOT_LABEL} is not one Trellis can use: ${describeIssues(member.error).slice(0, 2).join('; ')}.`,
    };
  }
  return { ok: true, fileName, member: member.data };
}

/** A snapshot already parsed whole (from a link) checked against the cohort in the same way. */
export function checkParsedSnapshot(
  snapshot: Snapshot,
  cohortFramework: SnapshotFramework,
  receivedAt: string,
): CheckedSnapshot {
  const { framework, ...content } = snapshot;
  return memberOf(
    content,
    framework,
    matchFramework(framework, cohortFramework),
    receivedAt,
    `${content.delegate.name}’s link`,
  );
}
