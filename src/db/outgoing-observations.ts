/**
 * Observations written on this device for someone else's request (`outgoingObservations` table):
 * a colleague's phone, which has no profile and no set-up, opens a request link and writes here.
 * One row per request (the same link opened again resumes the same draft), holding the request
 * itself so the form can be shown again offline. The row's id and revision are the observation's
 * id and revision on the delegate's device: an edit after finishing is a corrected version.
 */
import {
  emptyContent,
  finishProblems,
  observationContentSchema,
  outgoingObservationSchema,
  type ObservationContent,
  type ObservationRequest,
  type OutgoingObservation,
} from '@/domain/observation';
import { newRecordMeta, revisedMeta } from '@/domain/record';
import { db } from '@/db/database';

/** The draft for this request, made on first opening. */
export async function openOutgoingObservation(
  request: ObservationRequest,
  today: string,
  now = new Date(),
): Promise<OutgoingObservation> {
  return db.transaction('rw', db.outgoingObservations, async () => {
    const rows = await db.outgoingObservations.where({ requestId: request.requestId }).toArray();
    const existing = rows
      .map((row) => outgoingObservationSchema.parse(row))
      .find((row) => row.deletedAt === undefined);
    if (existing) return existing;
    const outgoing = outgoingObservationSchema.parse({
      ...newRecordMeta(now),
      requestId: request.requestId,
      request,
      content: emptyContent(
        request.focusSkills.map((skill) => skill.id),
        today,
      ),
      status: 'draft',
    });
    await db.outgoingObservations.add(outgoing);
    return outgoing;
  });
}

export async function getOutgoingObservation(id: string): Promise<OutgoingObservation | undefined> {
  const row = await db.outgoingObservations.get(id);
  return row ? outgoingObservationSchema.parse(row) : undefined;
}

/** As in observations.ts: a draft keeps its revision; an edit after finishing is a new one. */
export async function saveOutgoingContent(
  id: string,
  content: ObservationContent,
  now = new Date(),
): Promise<OutgoingObservation> {
  const parsed = observationContentSchema.parse(content);
  return db.transaction('rw', db.outgoingObservations, async () => {
    const current = await getOutgoingObservation(id);
    if (!current) throw new Error('This observation is gone.');
    const meta =
      current.status === 'draft' ? { updatedAt: now.toISOString() } : revisedMeta(current, now);
    const updated = outgoingObservationSchema.parse({ ...current, ...meta, content: parsed });
    await db.outgoingObservations.put(updated);
    return updated;
  });
}

export async function finishOutgoingObservation(
  id: string,
  now = new Date(),
): Promise<{ problems: Partial<Record<string, string>>; outgoing?: OutgoingObservation }> {
  return db.transaction('rw', db.outgoingObservations, async () => {
    const current = await getOutgoingObservation(id);
    if (!current) throw new Error('This observation is gone.');
    const problems = finishProblems(current.content);
    if (Object.keys(problems).length > 0) return { problems };
    if (current.status === 'complete') return { problems, outgoing: current };
    const finished = { ...current, status: 'complete' as const, updatedAt: now.toISOString() };
    await db.outgoingObservations.put(finished);
    return { problems, outgoing: finished };
  });
}
