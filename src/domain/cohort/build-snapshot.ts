import {
  projectStatus,
  projectStatusLine,
  type Project,
} from '@/domain/improvement-project/project';
import type { Colleague } from '@/domain/colleague';
import { enquiryTitle, isLive, type Enquiry } from '@/domain/enquiry';
import type { FrameworkDefinition } from '@/domain/framework';
import type { Observation } from '@/domain/observation';
import { profileLabel, type Profile } from '@/domain/profile';
import type { Programme } from '@/domain/programme';
import { ratedWeeks, ratingsInWeek, targetsAtWeek, type RatingEvent } from '@/domain/rating';
import { ALL_RATERS } from '@/domain/review-360/review-round';
import { allRatersAverage, type ReviewResult } from '@/domain/review-360/review-summary';
import { slimFramework } from '@/domain/cohort/cohort';
import {
  snapshotSchema,
  type Snapshot,
  type SnapshotProject,
  type SnapshotTechnique,
} from '@/domain/cohort/snapshot';

/**
 * Builds the progress snapshot a delegate shares with their facilitator from what is on their
 * device and what they chose. Only the fields of the snapshot schema are copied, field by field,
 * so evidence notes, reflections, comments and invited raters' names cannot slip in.
 */
export interface SnapshotSource {
  profile: Profile;
  programme: Programme;
  framework: FrameworkDefinition;
  currentWeek: number;
  events: readonly RatingEvent[];
  enquiries: readonly Enquiry[];
  colleagues: readonly Colleague[];
  observations: readonly Observation[];
  /** The 360° rounds with the reports shown for them, newest first. */
  reviews: readonly ReviewResult[];
  /** The improvement project, when the delegate's device has one. */
  project?: SnapshotProject | undefined;
}

export interface SnapshotChoices {
  techniques: boolean;
  learningThree: boolean;
  /** Colleagues by name; otherwise "Colleague A", "Colleague B"… */
  colleagueNames: boolean;
  review: boolean;
  project: boolean;
}

export const DEFAULT_SNAPSHOT_CHOICES: SnapshotChoices = {
  techniques: true,
  learningThree: true,
  colleagueNames: false,
  review: false,
  project: true,
};

/** What the delegate can choose to add, given what their device holds. */
export function snapshotOffers(source: SnapshotSource): Record<keyof SnapshotChoices, boolean> {
  const hasColleagues = source.colleagues.some((colleague) => colleague.deletedAt === undefined);
  return {
    techniques: effectiveTechniques(source.enquiries, new Set()).length > 0,
    learningThree: hasColleagues,
    colleagueNames: hasColleagues,
    review: source.reviews.length > 0,
    project: source.project !== undefined,
  };
}

/** The project as a snapshot carries it: its title and how far its milestones have got. */
export function snapshotProjectOf(project: Project): SnapshotProject {
  return {
    title: project.title.trim().slice(0, 200),
    status: projectStatusLine(projectStatus(project)).slice(0, 60),
  };
}

/** "Colleague A" … "Colleague Z", then "Colleague 27". */
export function anonymousColleague(index: number): string {
  return `Colleague ${index < 26 ? String.fromCharCode(65 + index) : (index + 1).toString()}`;
}

function effectiveTechniques(
  enquiries: readonly Enquiry[],
  skillIds: ReadonlySet<string>,
): SnapshotTechnique[] {
  return enquiries
    .filter((enquiry) => isLive(enquiry) && enquiry.effective)
    .filter((enquiry) => enquiryTitle(enquiry) !== '')
    .slice(0, 100)
    .map((enquiry) => ({
      title: enquiryTitle(enquiry).slice(0, 200),
      technique: enquiry.technique.trim().slice(0, 600),
      skillIds: enquiry.skillIds.filter((id) => skillIds.size === 0 || skillIds.has(id)),
      impact: enquiry.impact,
    }));
}

export function buildSnapshot(
  source: SnapshotSource,
  choices: SnapshotChoices,
  { snapshotId, now }: { snapshotId: string; now: Date },
): Snapshot {
  const { profile, programme, events } = source;
  const framework = slimFramework(source.framework);
  const skillIds = new Set(framework.areas.flatMap((area) => area.skills.map((skill) => skill.id)));
  const live = events.filter((event) => skillIds.has(event.skillId));

  const ratings = ratedWeeks(live).flatMap((week) =>
    [...ratingsInWeek(live, week).values()].map((event) => ({
      skillId: event.skillId,
      week,
      level: event.level,
    })),
  );
  const targets = [...targetsAtWeek(live, source.currentWeek).values()].map((event) => ({
    skillId: event.skillId,
    level: event.level,
  }));

  const colleagues = source.colleagues.filter((colleague) => colleague.deletedAt === undefined);
  const observations = source.observations.filter(
    (observation) => observation.deletedAt === undefined && observation.status === 'complete',
  );

  const snapshot: Snapshot = {
    snapshotId,
    takenAt: now.toISOString(),
    delegate: {
      id: profile.id,
      name: (profile.displayName.trim() || profileLabel(profile)).slice(0, 80),
    },
    programme: {
      id: programme.id,
      name: programme.name,
      startDate: programme.startDate,
      lengthWeeks: programme.lengthWeeks,
      currentWeek: Math.min(source.currentWeek, programme.lengthWeeks),
    },
    framework,
    ratings,
    targets,
    ...(choices.techniques ? { techniques: effectiveTechniques(source.enquiries, skillIds) } : {}),
    ...(choices.learningThree && colleagues.length > 0
      ? {
          learningThree: {
            colleagues: colleagues.slice(0, 12).map((colleague, index) => ({
              label: choices.colleagueNames ? colleague.name : anonymousColleague(index),
              observations: observations.filter(
                (observation) => observation.colleagueId === colleague.id,
              ).length,
            })),
            observations: observations.length,
          },
        }
      : {}),
    ...(choices.review && source.reviews.length > 0
      ? {
          review: {
            rounds: [...source.reviews]
              .slice(0, 4)
              .reverse()
              .map(({ round, report }) => ({
                kind: round.kind,
                title: round.title.slice(0, 120),
                allRaters: allRatersAverage(report),
                behaviours: report.behaviours.slice(0, 40).map((row) => ({
                  name: row.name.slice(0, 120) || row.behaviourId,
                  allRaters:
                    row.scores.find((score) => score.source === ALL_RATERS)?.average ?? null,
                })),
              })),
          },
        }
      : {}),
    ...(choices.project && source.project ? { project: source.project } : {}),
  };
  // The same schema the facilitator's device reads with: a snapshot that would be refused there
  // is refused here, where the delegate can still do something about it.
  return snapshotSchema.parse(snapshot);
}
