import { z } from '@/domain/zod';
import { formatCalendarDate } from '@/domain/calendar-date';
import { enquiryTitle, impactLabel, type Enquiry } from '@/domain/enquiry';
import { findSkill, levelOf, type FrameworkDefinition } from '@/domain/framework';
import { agreedNextSteps, type Observation } from '@/domain/observation';
import { weekLabel } from '@/domain/programme-weeks';
import { auditAtWeek, type RatingEvent } from '@/domain/rating';
import type { ProjectEvidence } from '@/domain/improvement-project/evidence';
import { milestoneStatusLabel, type Project } from '@/domain/improvement-project/project';
import {
  ACTION_STATUS_LABELS,
  ownerText,
  type CoachingAction,
} from '@/domain/coaching/coaching-action';
import {
  durationText,
  GROW_PARTS,
  SESSION_KIND_LABELS,
  type CoachingSession,
  type SessionPartner,
} from '@/domain/coaching/coaching-session';
import {
  EVIDENCE_KIND_LABELS,
  evidenceItemKey,
  type EvidenceItem,
  type EvidenceSet,
} from '@/domain/coaching/evidence-set';

/**
 * What a coach is asked to verify, written out as the coach will read it: a title and labelled
 * fields of plain text. The coach's screen shows exactly these fields, the signature covers their
 * digest (verification.ts), and "changed since it was verified" compares the fields as verified
 * with the fields the record gives now, by their stable keys. Private notes are never a field.
 */

export const SUBJECT_KINDS = ['session', 'evidence-set'] as const;
export const subjectKindSchema = z.enum(SUBJECT_KINDS);
export type SubjectKind = z.infer<typeof subjectKindSchema>;

export const verificationSubjectSchema = z.object({
  kind: subjectKindSchema,
  id: z.uuid(),
});
export type VerificationSubject = z.infer<typeof verificationSubjectSchema>;

export const MAX_CONTENT_FIELDS = 120;
export const MAX_FIELD_VALUE = 9000;

export const contentFieldSchema = z.object({
  /** Stable across edits ("notes", "action.<id>"): what a change is found by. */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  value: z.string().check(z.maxLength(MAX_FIELD_VALUE)),
});
export type ContentField = z.infer<typeof contentFieldSchema>;

export const verifiableContentSchema = z.object({
  kind: subjectKindSchema,
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  fields: z
    .array(contentFieldSchema)
    .check(z.maxLength(MAX_CONTENT_FIELDS))
    .check((ctx) => {
      const keys = new Set<string>();
      for (const field of ctx.value) {
        if (keys.has(field.key)) {
          ctx.issues.push({ code: 'custom', input: field.key, message: 'a field is given twice' });
        }
        keys.add(field.key);
      }
    }),
});
export type VerifiableContent = z.infer<typeof verifiableContentSchema>;

function skillText(framework: FrameworkDefinition, skillId: string): string {
  return findSkill(framework, skillId)?.skill.statement ?? 'A skill no longer in the framework';
}

function clip(text: string): string {
  return text.length > MAX_FIELD_VALUE ? `${text.slice(0, MAX_FIELD_VALUE - 1)}…` : text;
}

function field(key: string, label: string, value: string): ContentField {
  return { key, label, value: clip(value.trim()) };
}

/**
 * Whose action, as the coach reads it: "the delegate" rather than "me", since the coach reads it
 * on their own device.
 */
function ownerForCoach(action: CoachingAction, coachName: string): string {
  if (action.owner === 'me') return 'the delegate';
  if (action.owner === 'coach') return coachName.trim() || 'the coach';
  return ownerText(action, coachName);
}

/** "Read the new policy — owner: the delegate — due Fri, 6 Nov 2026 — Done: it went well". */
export function actionLine(action: CoachingAction, coachName: string): string {
  const parts = [action.text.trim(), `owner: ${ownerForCoach(action, coachName)}`];
  if (action.dueDate !== null) parts.push(`due ${formatCalendarDate(action.dueDate)}`);
  parts.push(ACTION_STATUS_LABELS[action.status]);
  const outcome = action.outcome.trim();
  return parts.join(' — ') + (outcome === '' ? '' : `: ${outcome}`);
}

/** The session and its actions as the coach will read them. No private notes. */
/** Who the session was with, in words that read the same on the coach's device. */
const PARTNER_ROLES: Readonly<Record<SessionPartner, string>> = {
  coach: 'Coach',
  headteacher: 'Headteacher',
  colleague: 'A Learning 3 colleague the delegate coaches',
};

export function sessionContent(
  session: CoachingSession,
  actions: readonly CoachingAction[],
  framework: FrameworkDefinition,
  coachName: string,
): VerifiableContent {
  const when =
    formatCalendarDate(session.date) + (session.startTime === null ? '' : `, ${session.startTime}`);
  const fields: ContentField[] = [
    field('date', 'Date', when),
    field('length', 'Length', durationText(session.durationMinutes)),
    field(
      'with',
      'With',
      `${PARTNER_ROLES[session.withWhom]}${session.partnerName.trim() === '' ? '' : `: ${session.partnerName.trim()}`}`,
    ),
    field('kind', 'Kind', SESSION_KIND_LABELS[session.kind]),
  ];
  if (session.focusSkillIds.length > 0) {
    fields.push(
      field(
        'focus',
        'In focus',
        session.focusSkillIds.map((skillId) => skillText(framework, skillId)).join('\n'),
      ),
    );
  }
  if (session.notes.trim() !== '') fields.push(field('notes', 'Notes', session.notes));
  if (session.grow) {
    for (const part of GROW_PARTS) {
      const text = session.grow[part.key];
      if (text.trim() !== '') fields.push(field(`grow.${part.key}`, part.label, text));
    }
  }
  const ordered = [...actions]
    .filter((action) => action.deletedAt === undefined && action.sessionId === session.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
  for (const action of ordered) {
    fields.push(field(`action.${action.id}`, 'Agreed action', actionLine(action, coachName)));
  }
  return {
    kind: 'session',
    title: `${SESSION_KIND_LABELS[session.kind]} session, ${formatCalendarDate(session.date)}`,
    fields,
  };
}

export interface EvidenceSources {
  framework: FrameworkDefinition;
  enquiries: readonly Enquiry[];
  observations: readonly Observation[];
  ratings: readonly RatingEvent[];
  /** The improvement project, when the delegate has one, and its own evidence items. */
  project: Project | undefined;
  projectEvidence: readonly ProjectEvidence[];
}

/** One item as the coach reads it, or a line saying it is no longer there. */
export function evidenceItemText(item: EvidenceItem, sources: EvidenceSources): string {
  switch (item.kind) {
    case 'enquiry': {
      const enquiry = sources.enquiries.find(
        (candidate) => candidate.id === item.enquiryId && candidate.deletedAt === undefined,
      );
      if (!enquiry) return 'This enquiry has been deleted.';
      const lines = [enquiryTitle(enquiry)];
      if (enquiry.technique.trim() !== '') lines.push(`Technique: ${enquiry.technique.trim()}`);
      lines.push(
        `${weekLabel(enquiry.startWeek)} to ${weekLabel(enquiry.endWeek)}${enquiry.impact === null ? '' : `; impact: ${impactLabel(enquiry.impact)}`}`,
      );
      if (enquiry.impactOnPupils.trim() !== '') {
        lines.push(`Impact on pupils: ${enquiry.impactOnPupils.trim()}`);
      }
      return lines.join('\n');
    }
    case 'observation': {
      const observation = sources.observations.find(
        (candidate) => candidate.id === item.observationId && candidate.deletedAt === undefined,
      );
      if (!observation) return 'This observation has been deleted.';
      const observer = observation.observer.name.trim() || 'Me';
      const observed = observation.observed.name.trim() || 'me';
      const lines = [
        `${formatCalendarDate(observation.date)}: ${observer} observed ${observed}${observation.lessonClass.trim() === '' ? '' : ` (${observation.lessonClass.trim()})`}`,
      ];
      for (const rating of observation.ratings) {
        if (rating.level === null) continue;
        const level = levelOf(sources.framework.scale, rating.level);
        lines.push(
          `${skillText(sources.framework, rating.skillId)}: ${level ? `${rating.level.toString()} ${level.label}` : rating.level.toString()}`,
        );
      }
      if (observation.strengths.trim() !== '') {
        lines.push(`Strengths: ${observation.strengths.trim()}`);
      }
      const steps = agreedNextSteps(observation);
      if (steps.length > 0) lines.push(`Next steps: ${steps.join('; ')}`);
      return lines.join('\n');
    }
    case 'rating': {
      const rating = auditAtWeek(sources.ratings, item.week).get(item.skillId);
      const statement = skillText(sources.framework, item.skillId);
      if (!rating) return `${statement}: not rated by ${weekLabel(item.week)}.`;
      const level = levelOf(sources.framework.scale, rating.level);
      const note = rating.note.trim();
      return `${statement}: ${rating.level.toString()}${level ? ` ${level.label}` : ''} (${weekLabel(item.week)})${note === '' ? '' : `\nEvidence: ${note}`}`;
    }
    case 'project-milestone': {
      const { project } = sources;
      const milestone =
        project?.id === item.projectId && project.deletedAt === undefined
          ? project.milestones.find((candidate) => candidate.id === item.milestoneId)
          : undefined;
      if (!project || !milestone) return 'This project milestone has been deleted.';
      return `${milestone.title.trim()} (${project.title.trim()})\nDue ${formatCalendarDate(milestone.dueDate)}: ${milestoneStatusLabel(milestone.status)}`;
    }
    case 'project-evidence': {
      const evidence = sources.projectEvidence.find(
        (candidate) => candidate.id === item.evidenceId && candidate.deletedAt === undefined,
      );
      if (!evidence) return 'This project evidence has been deleted.';
      const lines = [`${formatCalendarDate(evidence.date)}: ${evidence.description.trim()}`];
      if (evidence.figure.trim() !== '') lines.push(`Figure: ${evidence.figure.trim()}`);
      if (evidence.attachment) lines.push(`With a file: ${evidence.attachment.fileName}`);
      return lines.join('\n');
    }
  }
}

export function evidenceSetVerifiableContent(
  set: EvidenceSet,
  sources: EvidenceSources,
): VerifiableContent {
  const fields: ContentField[] = [];
  if (set.summary.trim() !== '') fields.push(field('summary', 'What this set shows', set.summary));
  for (const item of set.items) {
    fields.push(
      field(
        `item.${evidenceItemKey(item)}`,
        EVIDENCE_KIND_LABELS[item.kind],
        evidenceItemText(item, sources),
      ),
    );
  }
  return { kind: 'evidence-set', title: `Evidence: ${set.title.trim()}`, fields };
}

// ─── What changed ───────────────────────────────────────────────────────────────────────────────

export interface ContentChange {
  kind: 'added' | 'removed' | 'changed';
  label: string;
  /** The text as verified (removed, changed) and as it is now (added, changed). */
  before?: string;
  after?: string;
}

/** What differs between the content as verified and as it is now, in the order of the fields. */
export function contentChanges(
  verified: VerifiableContent,
  current: VerifiableContent,
): ContentChange[] {
  const changes: ContentChange[] = [];
  const now = new Map(current.fields.map((entry) => [entry.key, entry]));
  const then = new Map(verified.fields.map((entry) => [entry.key, entry]));
  if (verified.title !== current.title) {
    changes.push({ kind: 'changed', label: 'Title', before: verified.title, after: current.title });
  }
  for (const before of verified.fields) {
    const after = now.get(before.key);
    if (!after) changes.push({ kind: 'removed', label: before.label, before: before.value });
    else if (after.value !== before.value || after.label !== before.label) {
      changes.push({
        kind: 'changed',
        label: after.label,
        before: before.value,
        after: after.value,
      });
    }
  }
  for (const after of current.fields) {
    if (!then.has(after.key))
      changes.push({ kind: 'added', label: after.label, after: after.value });
  }
  return changes;
}

/** "Notes changed", "Agreed action added". */
export function changeText(change: ContentChange): string {
  return `${change.label} ${change.kind}`;
}
