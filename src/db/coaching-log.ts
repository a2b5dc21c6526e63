/**
 * The delegate's coaching log, scoped by `profileId`:
 *
 * - `coachingSessions`: one row per session, edited in place (each save is the next revision),
 *   deleted as a tombstone because sessions travel in backups.
 * - `coachingActions`: one row per agreed action, from a session or from a Learning 3 observation's
 *   follow-up; its `closedOn` is set when it is marked done or dropped.
 * - `evidenceSets`: the evidence chosen for the final assessment.
 * - `verificationRequests`: each request sent to the coach, as sent, and the coach's signed answer.
 *
 * Every write validates with the domain's schema first, and each write that touches more than one
 * row is one transaction. Web Crypto never runs inside a transaction (its promises would let it
 * commit early): a verification is checked before the transaction that stores it, and checked
 * again inside against the row as it is then.
 */
import {
  actionContentSchema,
  coachingActionSchema,
  isLiveAction,
  type ActionContent,
  type CoachingAction,
} from '@/domain/coaching/coaching-action';
import {
  bySessionDateDescending,
  coachingSessionSchema,
  isLiveSession,
  sessionContentSchema,
  type CoachingSession,
  type SessionContent,
} from '@/domain/coaching/coaching-session';
import {
  evidenceSetContentSchema,
  evidenceSetSchema,
  type EvidenceSet,
  type EvidenceSetContent,
} from '@/domain/coaching/evidence-set';
import {
  isLiveVerification,
  storedVerificationSchema,
  type StoredVerification,
} from '@/domain/coaching/stored-verification';
import type { VerifiableContent, VerificationSubject } from '@/domain/coaching/verifiable-content';
import {
  checkVerification,
  verificationRequestSchema,
  type SignedVerification,
  type VerificationRequest,
  type VerificationStatement,
} from '@/domain/coaching/verification';
import { localCalendarDate } from '@/domain/calendar-date';
import type { Decoded } from '@/domain/observation-exchange';
import { agreedNextSteps } from '@/domain/observation';
import { newId, newRecordMeta, recordIdSchema, revisedMeta } from '@/domain/record';
import type { CoachIdentity } from '@/domain/review-360/review-round';
import { db } from '@/db/database';
import { parsedRows } from '@/db/parsed-rows';

const parseSession = parsedRows(coachingSessionSchema);
const parseAction = parsedRows(coachingActionSchema);
const parseSet = parsedRows(evidenceSetSchema);
const parseVerification = parsedRows(storedVerificationSchema);

// ─── Sessions ───────────────────────────────────────────────────────────────────────────────────

/** Every live session of a profile, newest first. */
export async function listSessions(profileId: string): Promise<CoachingSession[]> {
  const rows = await db.coachingSessions.where('profileId').equals(profileId).toArray();
  return rows.map(parseSession).filter(isLiveSession).sort(bySessionDateDescending);
}

async function storedSession(sessionId: string): Promise<CoachingSession | undefined> {
  const row = await db.coachingSessions.get(sessionId);
  return row === undefined ? undefined : parseSession(row);
}

export async function getSession(
  profileId: string,
  sessionId: string,
): Promise<CoachingSession | undefined> {
  const session = await storedSession(sessionId);
  return session && isLiveSession(session) && session.profileId === profileId ? session : undefined;
}

export async function createSession(
  profileId: string,
  input: SessionContent,
  now = new Date(),
): Promise<CoachingSession> {
  const session = coachingSessionSchema.parse({
    ...sessionContentSchema.parse(input),
    ...newRecordMeta(now),
    profileId: recordIdSchema.parse(profileId),
  });
  await db.coachingSessions.add(session);
  return session;
}

export async function updateSession(
  sessionId: string,
  input: SessionContent,
  now = new Date(),
): Promise<CoachingSession> {
  const content = sessionContentSchema.parse(input);
  return db.transaction('rw', db.coachingSessions, async () => {
    const current = await storedSession(sessionId);
    if (!current || !isLiveSession(current)) {
      throw new Error('This session has been deleted, so it can no longer be changed.');
    }
    const next = coachingSessionSchema.parse({
      ...current,
      ...content,
      ...revisedMeta(current, now),
    });
    await db.coachingSessions.put(next);
    return next;
  });
}

/** The session and the actions agreed in it go together, as tombstones, in one transaction. */
export async function deleteSession(sessionId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.coachingSessions, db.coachingActions, async () => {
    const current = await storedSession(sessionId);
    if (!current || !isLiveSession(current)) return;
    const at = now.toISOString();
    await db.coachingSessions.put(
      coachingSessionSchema.parse({ ...current, ...revisedMeta(current, now), deletedAt: at }),
    );
    const actions = await db.coachingActions.where('sessionId').equals(sessionId).toArray();
    for (const action of actions.map(parseAction).filter(isLiveAction)) {
      await db.coachingActions.put(
        coachingActionSchema.parse({ ...action, ...revisedMeta(action, now), deletedAt: at }),
      );
    }
  });
}

// ─── Actions ────────────────────────────────────────────────────────────────────────────────────

export async function listActions(profileId: string): Promise<CoachingAction[]> {
  const rows = await db.coachingActions.where('profileId').equals(profileId).toArray();
  return rows.map(parseAction).filter(isLiveAction);
}

export async function listSessionActions(
  profileId: string,
  sessionId: string,
): Promise<CoachingAction[]> {
  const rows = await db.coachingActions.where('sessionId').equals(sessionId).toArray();
  return rows
    .map(parseAction)
    .filter((action) => isLiveAction(action) && action.profileId === profileId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
}

/** The open actions linked to one skill: what its audit card shows. */
export async function listOpenActionsForSkill(
  profileId: string,
  skillId: string,
): Promise<CoachingAction[]> {
  const actions = await listActions(profileId);
  return actions.filter((action) => action.status === 'open' && action.skillIds.includes(skillId));
}

/** When an action was closed: set on the day it becomes done or dropped, cleared if reopened. */
function closedOnFor(
  previous: CoachingAction | undefined,
  content: ActionContent,
  now: Date,
): string | undefined {
  if (content.status === 'open') return undefined;
  if (previous && previous.status !== 'open' && previous.closedOn) return previous.closedOn;
  return localCalendarDate(now);
}

export async function createAction(
  profileId: string,
  sessionId: string | null,
  input: ActionContent,
  now = new Date(),
): Promise<CoachingAction> {
  const content = actionContentSchema.parse(input);
  return db.transaction('rw', db.coachingSessions, db.coachingActions, async () => {
    if (sessionId !== null && !(await getSession(profileId, sessionId))) {
      throw new Error('This session has been deleted, so no action can be added to it.');
    }
    const closedOn = closedOnFor(undefined, content, now);
    const action = coachingActionSchema.parse({
      ...content,
      ...newRecordMeta(now),
      profileId: recordIdSchema.parse(profileId),
      sessionId,
      ...(closedOn === undefined ? {} : { closedOn }),
    });
    await db.coachingActions.add(action);
    return action;
  });
}

async function storedAction(actionId: string): Promise<CoachingAction | undefined> {
  const row = await db.coachingActions.get(actionId);
  return row === undefined ? undefined : parseAction(row);
}

export async function updateAction(
  actionId: string,
  input: ActionContent,
  now = new Date(),
): Promise<CoachingAction> {
  const content = actionContentSchema.parse(input);
  return db.transaction('rw', db.coachingActions, async () => {
    const current = await storedAction(actionId);
    if (!current || !isLiveAction(current)) {
      throw new Error('This action has been deleted, so it can no longer be changed.');
    }
    const closedOn = closedOnFor(current, content, now);
    const rest: Partial<CoachingAction> = { ...current };
    delete rest.closedOn;
    const next = coachingActionSchema.parse({
      ...rest,
      ...content,
      ...revisedMeta(current, now),
      ...(closedOn === undefined ? {} : { closedOn }),
    });
    await db.coachingActions.put(next);
    return next;
  });
}

export async function deleteAction(actionId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.coachingActions, async () => {
    const current = await storedAction(actionId);
    if (!current || !isLiveAction(current)) return;
    await db.coachingActions.put(
      coachingActionSchema.parse({
        ...current,
        ...revisedMeta(current, now),
        deletedAt: now.toISOString(),
      }),
    );
  });
}

/**
 * Follows up an observation's agreed follow-up as an action of the delegate's, linked to the
 * observation and its rated skills. Tracking the same observation twice gives back the action
 * already made for it.
 */
export async function trackObservationFollowUp(
  profileId: string,
  observationId: string,
  now = new Date(),
): Promise<CoachingAction> {
  return db.transaction('rw', db.observations, db.coachingActions, async () => {
    const existing = (await listActions(profileId)).find(
      (action) => action.fromObservationId === observationId,
    );
    if (existing) return existing;
    const row = await db.observations.get(observationId);
    if (!row || row.profileId !== profileId || row.deletedAt !== undefined) {
      throw new Error('This observation is no longer here.');
    }
    const text = row.followUp.trim() || agreedNextSteps(row).join('; ');
    const action = coachingActionSchema.parse({
      ...newRecordMeta(now),
      profileId,
      sessionId: null,
      fromObservationId: observationId,
      text: text.slice(0, 500),
      owner: 'me',
      ownerName: '',
      dueDate: null,
      status: 'open',
      outcome: '',
      skillIds: row.ratings.map((rating) => rating.skillId).slice(0, 12),
      enquiryIds: [],
      observationIds: [observationId],
    });
    await db.coachingActions.add(action);
    return action;
  });
}

// ─── Evidence sets ──────────────────────────────────────────────────────────────────────────────

export async function listEvidenceSets(profileId: string): Promise<EvidenceSet[]> {
  const rows = await db.evidenceSets.where('profileId').equals(profileId).toArray();
  return rows
    .map(parseSet)
    .filter((set) => set.deletedAt === undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function createEvidenceSet(
  profileId: string,
  input: EvidenceSetContent,
  now = new Date(),
): Promise<EvidenceSet> {
  const set = evidenceSetSchema.parse({
    ...evidenceSetContentSchema.parse(input),
    ...newRecordMeta(now),
    profileId: recordIdSchema.parse(profileId),
  });
  await db.evidenceSets.add(set);
  return set;
}

export async function updateEvidenceSet(
  setId: string,
  input: EvidenceSetContent,
  now = new Date(),
): Promise<EvidenceSet> {
  const content = evidenceSetContentSchema.parse(input);
  return db.transaction('rw', db.evidenceSets, async () => {
    const row = await db.evidenceSets.get(setId);
    const current = row === undefined ? undefined : parseSet(row);
    if (!current || current.deletedAt !== undefined) {
      throw new Error('This evidence set has been deleted, so it can no longer be changed.');
    }
    const next = evidenceSetSchema.parse({ ...current, ...content, ...revisedMeta(current, now) });
    await db.evidenceSets.put(next);
    return next;
  });
}

export async function deleteEvidenceSet(setId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.evidenceSets, async () => {
    const row = await db.evidenceSets.get(setId);
    const current = row === undefined ? undefined : parseSet(row);
    if (!current || current.deletedAt !== undefined) return;
    await db.evidenceSets.put(
      evidenceSetSchema.parse({
        ...current,
        ...revisedMeta(current, now),
        deletedAt: now.toISOString(),
      }),
    );
  });
}

// ─── Verification by the coach ──────────────────────────────────────────────────────────────────

export async function listVerifications(profileId: string): Promise<StoredVerification[]> {
  const rows = await db.verificationRequests.where('profileId').equals(profileId).toArray();
  return rows.map(parseVerification).filter(isLiveVerification);
}

export const NO_COACH_MESSAGE =
  'Add your coach first: ask them to open the coaching workspace in Trellis on their device and send you their coach link, then open it here.';

export function noSigningKeyMessage(coachName: string): string {
  return `Ask ${coachName} to send you their coach link again and open it here: the link you opened before does not yet carry the key ${coachName} signs verifications with.`;
}

/**
 * Makes and keeps a request to the coach for the record's content as it is now. Refused, in a
 * sentence, when the profile has no coach or its coach's link carried no signing key.
 */
export async function requestVerification(
  input: {
    profileId: string;
    delegateName: string;
    subject: VerificationSubject;
    content: VerifiableContent;
    coach: CoachIdentity | undefined;
  },
  now = new Date(),
): Promise<VerificationRequest> {
  const { coach } = input;
  if (!coach) throw new Error(NO_COACH_MESSAGE);
  if (!coach.signing) throw new Error(noSigningKeyMessage(coach.name));
  const request = verificationRequestSchema.parse({
    requestId: newId(),
    delegateProfileId: input.profileId,
    delegateName: input.delegateName.trim() || 'A delegate',
    coachName: coach.name,
    signingKeyId: coach.signing.keyId,
    subject: input.subject,
    content: input.content,
    requestedAt: now.toISOString(),
  });
  const row = storedVerificationSchema.parse({
    ...newRecordMeta(now),
    id: request.requestId,
    profileId: input.profileId,
    subject: input.subject,
    request,
    coachSigningKey: coach.signing,
  });
  await db.verificationRequests.add(row);
  return request;
}

/** The request again, to send once more (a lost message, a phone out of battery). */
export async function getVerificationRequest(
  profileId: string,
  requestId: string,
): Promise<StoredVerification | undefined> {
  const row = await db.verificationRequests.get(requestId);
  const parsed = row === undefined ? undefined : parseVerification(row);
  return parsed && isLiveVerification(parsed) && parsed.profileId === profileId
    ? parsed
    : undefined;
}

export type ReceivedVerification = VerificationStatement & { isRepeat: boolean };

/**
 * Takes the coach's signed answer for one of this profile's requests. Checked against the request
 * as sent and the signing key it was sent for (checkVerification); refused, changing nothing, when
 * any check fails or the request already has a different answer.
 */
export async function receiveVerification(
  profileId: string,
  signed: SignedVerification,
  now = new Date(),
): Promise<Decoded<ReceivedVerification>> {
  const stored = await getVerificationRequest(profileId, signed.statement.requestId);
  if (!stored) {
    return {
      ok: false,
      message:
        signed.statement.delegateProfileId === profileId
          ? 'This verification answers a request this profile did not send (or has since deleted), so it was refused and nothing changed.'
          : 'This verification is for someone else’s record, not this profile’s, so it was refused and nothing changed.',
    };
  }
  const checked = await checkVerification(signed, {
    profileId,
    request: stored.request,
    coach: {
      name: stored.request.coachName,
      publicKeyJwk: stored.coachSigningKey.publicKeyJwk,
      keyId: stored.coachSigningKey.keyId,
      signing: stored.coachSigningKey,
    },
  });
  if (!checked.ok) return checked;
  return db.transaction('rw', db.verificationRequests, async () => {
    const current = await getVerificationRequest(profileId, signed.statement.requestId);
    if (!current) {
      return {
        ok: false as const,
        message: 'The request this answers was deleted a moment ago, so nothing changed.',
      };
    }
    if (current.answer) {
      if (current.answer.signed.signature === signed.signature) {
        return { ok: true as const, value: { ...checked.value, isRepeat: true } };
      }
      return {
        ok: false as const,
        message:
          'This request already has the coach’s answer, so this one was not taken. Ask your coach for a new request if the record has changed.',
      };
    }
    await db.verificationRequests.put(
      storedVerificationSchema.parse({
        ...current,
        ...revisedMeta(current, now),
        answer: { signed, receivedAt: now.toISOString() },
      }),
    );
    return { ok: true as const, value: { ...checked.value, isRepeat: false } };
  });
}
