import type { z } from '@/domain/zod';
import type { MergeRule } from '@/domain/backup-merge';
import { cohortSchema, storedSnapshotSchema } from '@/domain/cohort/cohort';
import { coachingActionSchema } from '@/domain/coaching/coaching-action';
import { coachingSessionSchema } from '@/domain/coaching/coaching-session';
import { evidenceSetSchema } from '@/domain/coaching/evidence-set';
import { storedVerificationSchema } from '@/domain/coaching/stored-verification';
import { enquirySchema } from '@/domain/enquiry';
import { storedFrameworkSchema } from '@/domain/framework';
import { colleagueSchema } from '@/domain/colleague';
import { observationSchema, outgoingObservationSchema } from '@/domain/observation';
import { profileSchema } from '@/domain/profile';
import { programmeSchema } from '@/domain/programme';
import { ratingEventSchema } from '@/domain/rating';
import { reviewRoundSchema } from '@/domain/review-360/review-round';
import {
  coachedAnswerSchema,
  coachedRoundSchema,
  coachKeysSchema,
  outgoingReviewAnswerSchema,
  reviewCoachSchema,
  storedReleasedReportSchema,
  storedReviewAnswerSchema,
} from '@/domain/review-360/stored';
import { projectSchema } from '@/domain/improvement-project/project';
import {
  backedUpAttachmentSchema,
  projectAttachmentSchema,
  projectEvidenceSchema,
  type BackedUpAttachment,
  type ProjectAttachment,
} from '@/domain/improvement-project/evidence';
import { writeUpSchema } from '@/domain/improvement-project/write-up';
import { base64ToBytes, bytesToBase64 } from '@/domain/base64';

/**
 * Every table of the database, with the Zod schema each of its rows must parse with and how a
 * restore's merge treats a row that is both in a backup and on this device. Backup, restore and
 * the schema-history test all read this one list, so a new table is covered by adding one entry
 * here (tests/unit/db/table-schemas.test.ts fails until it is).
 */
export interface TableEntry {
  schema: z.ZodMiniType;
  merge: MergeRule;
  /** What one row is, for the restore preview: "profile", "rating". */
  singular: string;
  plural: string;
  /**
   * For a table whose rows hold what JSON cannot (a Blob): how a row is written into a backup and
   * read back from one. Without it, rows go into the backup as they are.
   */
  backupCodec?: BackupCodec;
}

export interface BackupCodec {
  /** A stored row as a backup holds it (read outside any transaction: it may read a Blob). */
  toBackup: (row: unknown) => Promise<unknown>;
  /** A backup's row as the table stores it; what it cannot read is passed on for the schema to refuse. */
  fromBackup: (row: unknown) => unknown;
}

/** Attachments travel in backups as base64 (backup format 3). */
const attachmentCodec: BackupCodec = {
  toBackup: async (row) => {
    const { blob, ...rest } = row as ProjectAttachment;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { ...rest, base64: bytesToBase64(bytes) } satisfies BackedUpAttachment;
  },
  fromBackup: (row) => {
    const parsed = backedUpAttachmentSchema.safeParse(row);
    if (!parsed.success) return row;
    const { base64, ...rest } = parsed.data;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = base64ToBytes(base64);
    } catch {
      return row;
    }
    return {
      ...rest,
      blob: new Blob([bytes], { type: rest.mediaType }),
    } satisfies ProjectAttachment;
  },
};

export const tableSchemas: Readonly<Record<string, TableEntry>> = {
  profiles: {
    schema: profileSchema,
    merge: 'newest-revision',
    singular: 'profile',
    plural: 'profiles',
  },
  programmes: {
    schema: programmeSchema,
    merge: 'newest-revision',
    singular: 'programme',
    plural: 'programmes',
  },
  frameworks: {
    schema: storedFrameworkSchema,
    merge: 'newest-revision',
    singular: 'framework',
    plural: 'frameworks',
  },
  ratings: {
    schema: ratingEventSchema,
    merge: 'union-by-id',
    singular: 'rating or target',
    plural: 'ratings and targets',
  },
  enquiries: {
    schema: enquirySchema,
    merge: 'newest-revision',
    singular: 'journal enquiry',
    plural: 'journal enquiries',
  },
  colleagues: {
    schema: colleagueSchema,
    merge: 'newest-revision',
    singular: 'colleague',
    plural: 'colleagues',
  },
  observations: {
    schema: observationSchema,
    merge: 'newest-revision',
    singular: 'observation',
    plural: 'observations',
  },
  outgoingObservations: {
    schema: outgoingObservationSchema,
    merge: 'newest-revision',
    singular: 'observation written for a colleague',
    plural: 'observations written for colleagues',
  },
  reviewRounds: {
    schema: reviewRoundSchema,
    merge: 'newest-revision',
    singular: '360 review',
    plural: '360 reviews',
  },
  reviewAnswers: {
    schema: storedReviewAnswerSchema,
    merge: 'newest-revision',
    singular: '360 answer',
    plural: '360 answers',
  },
  reviewCoaches: {
    schema: reviewCoachSchema,
    merge: 'newest-revision',
    singular: '360 coach',
    plural: '360 coaches',
  },
  releasedReports: {
    schema: storedReleasedReportSchema,
    merge: 'newest-revision',
    singular: 'released 360 report',
    plural: 'released 360 reports',
  },
  coachKeys: {
    schema: coachKeysSchema,
    merge: 'newest-revision',
    singular: 'coach’s key',
    plural: 'coach’s keys',
  },
  coachedRounds: {
    schema: coachedRoundSchema,
    merge: 'newest-revision',
    singular: '360 review you coach',
    plural: '360 reviews you coach',
  },
  coachedAnswers: {
    schema: coachedAnswerSchema,
    merge: 'newest-revision',
    singular: 'sealed 360 answer',
    plural: 'sealed 360 answers',
  },
  outgoingReviewAnswers: {
    schema: outgoingReviewAnswerSchema,
    merge: 'newest-revision',
    singular: '360 answer written on this device',
    plural: '360 answers written on this device',
  },
  projects: {
    schema: projectSchema,
    merge: 'newest-revision',
    singular: 'improvement project',
    plural: 'improvement projects',
  },
  projectEvidence: {
    schema: projectEvidenceSchema,
    merge: 'newest-revision',
    singular: 'project evidence item',
    plural: 'project evidence items',
  },
  projectAttachments: {
    schema: projectAttachmentSchema,
    merge: 'newest-revision',
    singular: 'attached file',
    plural: 'attached files',
    backupCodec: attachmentCodec,
  },
  writeUps: {
    schema: writeUpSchema,
    merge: 'newest-revision',
    singular: 'project write-up',
    plural: 'project write-ups',
  },
  cohorts: {
    schema: cohortSchema,
    merge: 'newest-revision',
    singular: 'cohort',
    plural: 'cohorts',
  },
  cohortSnapshots: {
    schema: storedSnapshotSchema,
    merge: 'newest-revision',
    singular: 'shared progress snapshot',
    plural: 'shared progress snapshots',
  },
  coachingSessions: {
    schema: coachingSessionSchema,
    merge: 'newest-revision',
    singular: 'coaching session',
    plural: 'coaching sessions',
  },
  coachingActions: {
    schema: coachingActionSchema,
    merge: 'newest-revision',
    singular: 'agreed action',
    plural: 'agreed actions',
  },
  evidenceSets: {
    schema: evidenceSetSchema,
    merge: 'newest-revision',
    singular: 'evidence set',
    plural: 'evidence sets',
  },
  verificationRequests: {
    schema: storedVerificationSchema,
    merge: 'newest-revision',
    singular: 'verification request to your coach',
    plural: 'verification requests to your coach',
  },
};

export function tableEntry(table: string): TableEntry | undefined {
  return Object.hasOwn(tableSchemas, table) ? tableSchemas[table] : undefined;
}
