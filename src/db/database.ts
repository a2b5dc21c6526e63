/**
 * Trellis's one IndexedDB database (via Dexie). What is stored where, and why:
 *
 * - `profiles`   one per person using this device, plus the example profile
 *                (docs/design.md#profile-scoped-data).
 * - `programmes` one per profile: name, start date, length, session calendar, chosen framework.
 * - `frameworks` each profile's own copy of the framework it audits against, versioned
 *                (docs/design.md#versioned-frameworks), so a later edit or import in one profile
 *                never changes another's history.
 * - `ratings`    the append-only history of self-ratings and targets
 *                (docs/design.md#append-only-ratings). Never updated in place: a
 *                re-rating is a new row.
 * - `enquiries`  the action-research journal: one row per enquiry cycle, edited in place (each edit
 *                bumps `rev`), deleted as a tombstone. Its `skillIds` link it to `ratings`.
 * - `colleagues` the delegate's Learning 3 colleagues and the focus skills they work on (v3).
 * - `observations` lesson observations in the trio, written here or received from a colleague's
 *                phone; a received one keeps its id and revision, so receiving it twice is a rule (v3).
 * - `outgoingObservations` observations written on THIS device for someone else's request (a
 *                colleague's phone, which has no profile), kept so a draft survives a closed tab (v3).
 * - The 360° review (v4; row shapes in domain/review-360/stored.ts):
 *   - on a delegate's device, `reviewRounds` (rounds with their self ratings), `reviewAnswers`
 *     (raters' answers as they arrived, sealed to the coach or plain), `reviewCoaches` (the coach a
 *     profile added) and `releasedReports` (what the coach released);
 *   - on a coach's device, `coachKeys` (the coach's name and key pair), `coachedRounds` and
 *     `coachedAnswers` (rounds and sealed answers delegates sent them);
 *   - on a rater's phone, `outgoingReviewAnswers` (the answer to one request link, draft or sent).
 * - The improvement project (v6; row shapes in domain/improvement-project/): `projects` (the
 *   project, its timeline and log in one row), `projectEvidence` (its own evidence items, each with
 *   a stable id), `projectAttachments` (an evidence item's image or PDF as a Blob, apart so that
 *   listing evidence never reads the files) and `writeUps` (the write-up's sections).
 * - A facilitator's cohorts (v7; domain/cohort/cohort.ts), on a facilitator profile's device:
 *   `cohorts` (programme, dates, the framework once, the list of names) and `cohortSnapshots`
 *   (each delegate's latest shared snapshot, compact, naming its framework by key and version).
 * - Coaching (v8; row shapes in domain/coaching/): `coachingSessions` (the delegate's log),
 *   `coachingActions` (actions agreed in sessions or taken from observations' follow-ups),
 *   `evidenceSets` (evidence chosen for the final assessment) and `verificationRequests` (each
 *   request sent to the coach, as sent, with the coach's signed answer once it is back).
 *
 * Every primary key is a UUID made on the device (docs/design.md#global-ids). Every table is
 * indexed by `profileId` so no query has to scan another person's data.
 *
 * The schema history is append-only: never edit a shipped version, add a new one with an upgrade
 * function. tests/unit/db/schema-history.test.ts opens every earlier version with realistic data.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Cohort, StoredSnapshot } from '@/domain/cohort/cohort';
import type { CoachingAction } from '@/domain/coaching/coaching-action';
import type { CoachingSession } from '@/domain/coaching/coaching-session';
import type { EvidenceSet } from '@/domain/coaching/evidence-set';
import type { StoredVerification } from '@/domain/coaching/stored-verification';
import type { Enquiry } from '@/domain/enquiry';
import type { StoredFramework } from '@/domain/framework';
import type { Colleague } from '@/domain/colleague';
import type { Observation, OutgoingObservation } from '@/domain/observation';
import type { Profile } from '@/domain/profile';
import { withBreaks, type Programme } from '@/domain/programme';
import type { RatingEvent } from '@/domain/rating';
import type { ReviewRound } from '@/domain/review-360/review-round';
import type { Project } from '@/domain/improvement-project/project';
import type { ProjectAttachment, ProjectEvidence } from '@/domain/improvement-project/evidence';
import type { WriteUp } from '@/domain/improvement-project/write-up';
import type {
  CoachedAnswer,
  CoachedRound,
  CoachKeys,
  OutgoingReviewAnswer,
  ReviewCoach,
  StoredReleasedReport,
  StoredReviewAnswer,
} from '@/domain/review-360/stored';

export const DATABASE_NAME = 'trellis';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** What changed and why; read by the next engineer, not by the code. */
  reason: string;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/** Append only. Each entry is a shipped version of the schema. */
export const schemaHistory: readonly SchemaVersion[] = [
  {
    version: 1,
    reason: 'Foundation: profiles, programmes, per-profile framework copies, rating events.',
    stores: {
      profiles: 'id',
      programmes: 'id, profileId',
      frameworks: 'id, profileId, [profileId+key]',
      ratings: 'id, profileId, [profileId+frameworkId], [profileId+skillId]',
    },
  },
  {
    version: 2,
    reason:
      'Action-research journal: enquiries, read per profile (a journal holds tens of entries, so filtering by skill happens in memory).',
    stores: {
      enquiries: 'id, profileId',
    },
  },
  {
    version: 3,
    reason:
      'Learning 3: colleagues, observations (received ones keep their id and revision) and observations written on this device for another person’s request.',
    stores: {
      colleagues: 'id, profileId',
      observations: 'id, profileId, [profileId+colleagueId]',
      outgoingObservations: 'id, requestId',
    },
  },
  {
    version: 4,
    reason:
      '360° review: rounds, answers, the coach and released reports on the delegate’s device; the coach’s keys and what delegates sent them on the coach’s; a rater’s answer on their phone.',
    stores: {
      reviewRounds: 'id, profileId',
      reviewAnswers: 'id, profileId, roundId, [roundId+responseId]',
      reviewCoaches: 'id, profileId',
      releasedReports: 'id, profileId, roundId',
      coachKeys: 'id',
      coachedRounds: 'id',
      coachedAnswers: 'id, roundId, [roundId+responseId]',
      outgoingReviewAnswers: 'id, [roundId+group]',
    },
  },
  {
    version: 5,
    reason:
      'Programme breaks (school holidays): every programme row gains `breaks`, empty for a programme made before them, so its weeks stay as they were. No store or index changes.',
    stores: {},
    upgrade: async (transaction) => {
      await transaction
        .table('programmes')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          Object.assign(row, withBreaks(row));
        });
    },
  },
  {
    version: 6,
    reason:
      'Improvement project: the project, its evidence items, their attachments (Blobs, read only when opened or backed up) and the write-up. New tables only; nothing earlier changes.',
    stores: {
      projects: 'id, profileId',
      projectEvidence: 'id, profileId, projectId',
      projectAttachments: 'id, profileId, evidenceId',
      writeUps: 'id, profileId, projectId',
    },
  },
  {
    version: 7,
    reason:
      'Cohorts on a facilitator’s device: cohorts (the framework stored once per cohort) and each delegate’s latest shared snapshot, found by cohort and by delegate within it. Profiles may now carry a role; rows without one stay delegates, so no upgrade is needed.',
    stores: {
      cohorts: 'id, profileId',
      cohortSnapshots: 'id, profileId, cohortId, [cohortId+delegateKey]',
    },
  },
  {
    version: 8,
    reason:
      'Coaching: sessions, the actions agreed in them (indexed by session, so a session’s actions are read together), evidence sets for the final assessment, and verification requests with the coach’s signed answers. New tables only.',
    stores: {
      coachingSessions: 'id, profileId',
      coachingActions: 'id, profileId, sessionId',
      evidenceSets: 'id, profileId',
      verificationRequests: 'id, profileId',
    },
  },
];

export class TrellisDatabase extends Dexie {
  profiles!: EntityTable<Profile, 'id'>;
  programmes!: EntityTable<Programme, 'id'>;
  frameworks!: EntityTable<StoredFramework, 'id'>;
  ratings!: EntityTable<RatingEvent, 'id'>;
  enquiries!: EntityTable<Enquiry, 'id'>;
  colleagues!: EntityTable<Colleague, 'id'>;
  observations!: EntityTable<Observation, 'id'>;
  outgoingObservations!: EntityTable<OutgoingObservation, 'id'>;
  reviewRounds!: EntityTable<ReviewRound, 'id'>;
  reviewAnswers!: EntityTable<StoredReviewAnswer, 'id'>;
  reviewCoaches!: EntityTable<ReviewCoach, 'id'>;
  releasedReports!: EntityTable<StoredReleasedReport, 'id'>;
  coachKeys!: EntityTable<CoachKeys, 'id'>;
  coachedRounds!: EntityTable<CoachedRound, 'id'>;
  coachedAnswers!: EntityTable<CoachedAnswer, 'id'>;
  outgoingReviewAnswers!: EntityTable<OutgoingReviewAnswer, 'id'>;
  projects!: EntityTable<Project, 'id'>;
  projectEvidence!: EntityTable<ProjectEvidence, 'id'>;
  projectAttachments!: EntityTable<ProjectAttachment, 'id'>;
  writeUps!: EntityTable<WriteUp, 'id'>;
  cohorts!: EntityTable<Cohort, 'id'>;
  cohortSnapshots!: EntityTable<StoredSnapshot, 'id'>;
  coachingSessions!: EntityTable<CoachingSession, 'id'>;
  coachingActions!: EntityTable<CoachingAction, 'id'>;
  evidenceSets!: EntityTable<EvidenceSet, 'id'>;
  verificationRequests!: EntityTable<StoredVerification, 'id'>;

  constructor(name: string = DATABASE_NAME, history: readonly SchemaVersion[] = schemaHistory) {
    super(name);
    for (const { version, stores, upgrade } of history) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export const db = new TrellisDatabase();
