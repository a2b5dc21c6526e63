import { enquiryTitle, enquiryWeeksLabel, type Enquiry } from '@/domain/enquiry';
import { findSkill, type FrameworkDefinition } from '@/domain/framework';
import type { Observation } from '@/domain/observation';
import { skillProgress } from '@/domain/progress';
import { weekLabel } from '@/domain/programme-weeks';
import type { RatingEvent } from '@/domain/rating';
import type { ReviewRound } from '@/domain/review-360/review-round';
import {
  durationText,
  sessionTitle,
  type CoachingSession,
} from '@/domain/coaching/coaching-session';
import { formatShortDate } from '@/domain/calendar-date';
import type { EvidenceLink, EvidenceLinkKind } from '@/domain/improvement-project/project';

/**
 * The records elsewhere in Trellis a project can draw on, and what its links point at now. A link
 * holds only an id, so a record edited since shows as it is, and one deleted since is said to be
 * gone rather than silently dropped.
 */

export interface LinkableRecords {
  framework: FrameworkDefinition;
  ratings: readonly RatingEvent[];
  enquiries: readonly Enquiry[];
  observations: readonly Observation[];
  reviewRounds: readonly ReviewRound[];
  coachingSessions: readonly CoachingSession[];
}

export interface LinkableRecord {
  kind: EvidenceLinkKind;
  targetId: string;
  label: string;
  detail: string;
}

export const LINK_KIND_LABELS: Readonly<Record<EvidenceLinkKind, string>> = {
  enquiry: 'Journal enquiry',
  observation: 'Observation',
  skill: 'Skill ratings',
  'review-round': '360° review',
  'coaching-session': 'Coaching session',
};

/** Everything that could be linked, grouped in the order the project screen lists them. */
export function linkableRecords(records: LinkableRecords): LinkableRecord[] {
  const { framework, ratings, enquiries, observations, reviewRounds, coachingSessions } = records;
  const latestWeek = ratings.reduce((week, event) => Math.max(week, event.week), 0);
  const progress = skillProgress(framework, ratings, latestWeek);
  return [
    ...enquiries.map((enquiry) => ({
      kind: 'enquiry' as const,
      targetId: enquiry.id,
      label: enquiryTitle(enquiry),
      detail: enquiryWeeksLabel(enquiry),
    })),
    ...observations.map((observation) => ({
      kind: 'observation' as const,
      targetId: observation.id,
      label: `${observation.observer.name || 'An observer'} observing ${observation.observed.name || 'a lesson'}`,
      detail: [
        formatShortDate(observation.date),
        observation.lessonClass,
        observation.lessonSubject,
      ]
        .filter((part) => part.trim() !== '')
        .join(', '),
    })),
    ...progress.map((entry) => ({
      kind: 'skill' as const,
      targetId: entry.skill.id,
      label: entry.skill.statement,
      detail: `${entry.area.name}: ${String(entry.baseline)} at baseline, ${String(entry.latest)} in ${weekLabel(entry.latestWeek)}`,
    })),
    ...reviewRounds.map((round) => ({
      kind: 'review-round' as const,
      targetId: round.id,
      label: round.title,
      detail: round.kind === 'end' ? 'End of programme' : 'Start of programme',
    })),
    ...coachingSessions.map((session) => ({
      kind: 'coaching-session' as const,
      targetId: session.id,
      label: sessionTitle(session),
      detail: `${formatShortDate(session.date)}, ${durationText(session.durationMinutes)}`,
    })),
  ];
}

export interface ResolvedLink extends LinkableRecord {
  /** The record is no longer in Trellis (deleted, or its skill archived away). */
  isMissing: boolean;
}

export function resolveLinks(
  links: readonly EvidenceLink[],
  records: LinkableRecords,
): ResolvedLink[] {
  const available = linkableRecords(records);
  return links.map((link) => {
    const found = available.find(
      (record) => record.kind === link.kind && record.targetId === link.targetId,
    );
    if (found) return { ...found, isMissing: false };
    const skill = link.kind === 'skill' ? findSkill(records.framework, link.targetId) : undefined;
    return {
      ...link,
      label: skill ? skill.skill.statement : `${LINK_KIND_LABELS[link.kind]} no longer in Trellis`,
      detail: skill ? 'Not rated yet' : 'It was deleted after it was linked',
      isMissing: skill === undefined,
    };
  });
}

/** One bar group of the appendix chart: a linked skill's baseline, latest rating and target. */
export interface LinkedRatingRow {
  skillId: string;
  statement: string;
  areaName: string;
  baseline: number;
  latest: number;
  target: number | null;
  latestWeekLabel: string;
}

export interface LinkedRatings {
  rows: LinkedRatingRow[];
  scaleMin: number;
  scaleMax: number;
}

/** The ratings of the skills the project links to, for the appendix's chart and its table. */
export function linkedRatings(
  links: readonly EvidenceLink[],
  framework: FrameworkDefinition,
  ratings: readonly RatingEvent[],
): LinkedRatings {
  const skillIds = new Set(
    links.filter((link) => link.kind === 'skill').map((link) => link.targetId),
  );
  const latestWeek = ratings.reduce((week, event) => Math.max(week, event.week), 0);
  const rows = skillProgress(framework, ratings, latestWeek)
    .filter((entry) => skillIds.has(entry.skill.id))
    .map((entry) => ({
      skillId: entry.skill.id,
      statement: entry.skill.statement,
      areaName: entry.area.name,
      baseline: entry.baseline,
      latest: entry.latest,
      target: entry.target,
      latestWeekLabel: weekLabel(entry.latestWeek),
    }));
  const values = framework.scale.levels.map((level) => level.value);
  return { rows, scaleMin: Math.min(...values), scaleMax: Math.max(...values) };
}
