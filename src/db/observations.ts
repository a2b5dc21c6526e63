/**
 * Learning 3 observations (`observations` table), scoped by profile and filed under a colleague.
 * Two ways in: the delegate writes one here (a draft saved as they type, then finished), or one
 * arrives from a colleague's phone (a link or a file) and is stored only when the delegate accepts
 * it. A received observation keeps its id and revision, so the same one arriving twice is a rule
 * (observation-exchange.ts `decideImport`), never a second copy. Removal is a tombstone.
 */
import type { ActiveProgramme } from '@/domain/active-programme';
import { type Colleague } from '@/domain/colleague';
import {
  emptyContent,
  finishProblems,
  observationContentSchema,
  observationSchema,
  type Observation,
  type ObservationContent,
  type ObservationDirection,
  type ReturnedObservation,
} from '@/domain/observation';
import { decideImport, type ImportDecision } from '@/domain/observation-exchange';
import { weekForDate, type ProgrammeSpan } from '@/domain/programme-weeks';
import { newRecordMeta, revisedMeta } from '@/domain/record';
import { db } from '@/db/database';
import { getFramework } from '@/db/frameworks';
import { getProgrammeForProfile } from '@/db/programmes';
import { listColleagues } from '@/db/colleagues';

function parseRows(rows: unknown[]): Observation[] {
  return rows
    .map((row) => observationSchema.parse(row))
    .filter((observation) => observation.deletedAt === undefined);
}

/** Oldest lesson first; within a day, the one written first. */
function byDate(a: Observation, b: Observation): number {
  return (
    a.date.localeCompare(b.date) ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    (a.id < b.id ? -1 : 1)
  );
}

export async function listObservations(profileId: string): Promise<Observation[]> {
  return parseRows(await db.observations.where({ profileId }).toArray()).sort(byDate);
}

export async function listObservationsForColleague(
  profileId: string,
  colleagueId: string,
): Promise<Observation[]> {
  const rows = await db.observations.where({ profileId, colleagueId }).toArray();
  return parseRows(rows).sort(byDate);
}

export async function getObservation(id: string): Promise<Observation | undefined> {
  const row = await db.observations.get(id);
  return row ? observationSchema.parse(row) : undefined;
}

function weekOf(programme: ProgrammeSpan | undefined, date: string): number {
  return programme ? weekForDate(programme, date) : 0;
}

/** Who is who for an observation the delegate writes on this device. */
function people(active: ActiveProgramme, colleague: Colleague, direction: ObservationDirection) {
  const delegate = { name: active.profile.displayName };
  const them = { name: colleague.name, colleagueId: colleague.id };
  return direction === 'colleague-to-delegate'
    ? { observer: them, observed: delegate }
    : { observer: delegate, observed: them };
}

/** Starts a draft the delegate records directly, on the colleague's focus skills. */
export async function startObservation(
  active: ActiveProgramme,
  colleague: Colleague,
  direction: Exclude<ObservationDirection, 'colleague-to-colleague'>,
  today: string,
  now = new Date(),
): Promise<Observation> {
  const observation = observationSchema.parse({
    ...newRecordMeta(now),
    ...emptyContent(colleague.focusSkillIds, today),
    ...people(active, colleague, direction),
    profileId: active.profile.id,
    colleagueId: colleague.id,
    direction,
    week: weekForDate(active.programme, today),
    framework: { key: active.framework.key, version: active.framework.version },
    status: 'draft',
  });
  await db.observations.add(observation);
  return observation;
}

/**
 * Saves what the form holds. While a draft is being written its revision stays put (a revision is a
 * version someone else may have seen); an edit to a finished observation is a new revision.
 */
export async function saveObservationContent(
  id: string,
  content: ObservationContent,
  now = new Date(),
): Promise<Observation> {
  const parsed = observationContentSchema.parse(content);
  return db.transaction('rw', [db.observations, db.programmes], async () => {
    const current = await getObservation(id);
    if (!current || current.deletedAt !== undefined) throw new Error('This observation is gone.');
    const programme = await getProgrammeForProfile(current.profileId);
    const meta =
      current.status === 'draft' ? { updatedAt: now.toISOString() } : revisedMeta(current, now);
    const updated = observationSchema.parse({
      ...current,
      ...parsed,
      ...meta,
      // The week is worked out again only when the date changes: an edit to the text must not
      // move an observation to another week because a break was added since it was written.
      week: parsed.date === current.date ? current.week : weekOf(programme, parsed.date),
    });
    await db.observations.put(updated);
    return updated;
  });
}

/** Marks a draft finished once it has a rating and a next step; returns the problems otherwise. */
export async function finishObservation(
  id: string,
  now = new Date(),
): Promise<Partial<Record<string, string>>> {
  return db.transaction('rw', db.observations, async () => {
    const current = await getObservation(id);
    if (!current) throw new Error('This observation is gone.');
    const problems = finishProblems(current);
    if (Object.keys(problems).length > 0) return problems;
    if (current.status === 'complete') return {};
    await db.observations.put({ ...current, status: 'complete', updatedAt: now.toISOString() });
    return {};
  });
}

export async function deleteObservation(id: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.observations, async () => {
    const current = await getObservation(id);
    if (!current || current.deletedAt !== undefined) return;
    await db.observations.put({
      ...current,
      ...revisedMeta(current, now),
      deletedAt: now.toISOString(),
    });
  });
}

// ─── Receiving an observation from another device ───────────────────────────────────────────────

async function decide(profileId: string, incoming: ReturnedObservation): Promise<ImportDecision> {
  const programme = await getProgrammeForProfile(profileId);
  const framework = programme ? await getFramework(programme.frameworkId) : undefined;
  if (!programme || !framework) {
    return { kind: 'refused', message: 'This profile has no programme to file observations in.' };
  }
  const colleagues = await listColleagues(profileId);
  const existingRow = await db.observations.get(incoming.id);
  const existing = existingRow ? observationSchema.parse(existingRow) : undefined;
  if (existing && existing.profileId !== profileId) {
    return {
      kind: 'refused',
      message: 'This observation belongs to another profile on this device.',
    };
  }
  return decideImport(incoming, {
    profileId,
    framework,
    colleagueIds: new Set(colleagues.map((colleague) => colleague.id)),
    existing,
  });
}

/** What accepting would do; stores nothing. */
export async function previewIncomingObservation(
  profileId: string,
  incoming: ReturnedObservation,
): Promise<ImportDecision> {
  return db.transaction('r', [db.programmes, db.frameworks, db.colleagues, db.observations], () =>
    decide(profileId, incoming),
  );
}

export type AcceptResult =
  { stored: true; observation: Observation } | { stored: false; decision: ImportDecision };

/**
 * Stores a received observation in one transaction, deciding again inside it (another tab may have
 * stored it meanwhile). A higher revision replaces the one here only with `replace: true` — the
 * delegate's confirmation.
 */
export async function acceptIncomingObservation(
  profileId: string,
  incoming: ReturnedObservation,
  { replace = false } = {},
  now = new Date(),
): Promise<AcceptResult> {
  return db.transaction(
    'rw',
    [db.programmes, db.frameworks, db.colleagues, db.observations],
    async () => {
      const decision = await decide(profileId, incoming);
      if (decision.kind !== 'new' && !(decision.kind === 'replace' && replace)) {
        return { stored: false, decision };
      }
      const programme = await getProgrammeForProfile(profileId);
      // Zod drops `delegateProfileId` (not a stored field): the profile id says whose it is.
      const observation = observationSchema.parse({
        ...incoming,
        nextSteps: incoming.nextSteps.filter((step) => step.trim() !== ''),
        profileId,
        week: weekOf(programme, incoming.date),
        status: 'complete',
        receivedAt: now.toISOString(),
      });
      await db.observations.put(observation);
      return { stored: true, observation };
    },
  );
}
