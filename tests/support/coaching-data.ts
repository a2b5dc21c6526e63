import type { ActiveProgramme } from '@/domain/active-programme';
import { blankActionContent } from '@/domain/coaching/coaching-action';
import { blankSessionContent, type SessionContent } from '@/domain/coaching/coaching-session';
import { sessionContent } from '@/domain/coaching/verifiable-content';
import { decideVerification, type SignedVerification } from '@/domain/coaching/verification';
import { generateSigningKeyPair, type SigningKeyPair } from '@/domain/coaching/verification-crypto';
import type { CoachIdentity } from '@/domain/review-360/review-round';
import { generateCoachKeyPair } from '@/domain/review-360/review-crypto';
import {
  createAction,
  createEvidenceSet,
  createSession,
  listSessionActions,
  receiveVerification,
  requestVerification,
} from '@/db/coaching-log';
import { skillIdsOf } from './factories';

/**
 * Coaching data for the db and screen tests, made through the real repository functions: a coach
 * with real sealing and signing keys, sessions with actions, an evidence set, and a verification
 * the coach signed.
 */

export const COACHING_NOW = new Date('2026-11-10T09:00:00Z');

export interface TestCoach {
  identity: CoachIdentity;
  signing: SigningKeyPair;
}

export async function makeTestCoach(name = 'Dr Amara Okafor'): Promise<TestCoach> {
  const [sealing, signing] = await Promise.all([generateCoachKeyPair(), generateSigningKeyPair()]);
  return {
    identity: {
      name,
      publicKeyJwk: sealing.publicKeyJwk,
      keyId: sealing.keyId,
      signing: { publicKeyJwk: signing.publicKeyJwk, keyId: signing.keyId },
    },
    signing,
  };
}

export function sessionInput(overrides: Partial<SessionContent> = {}): SessionContent {
  return {
    ...blankSessionContent('2026-11-03', 'Dr Amara Okafor'),
    startTime: '16:15',
    notes: 'Talked through the cold-calling enquiry — “no opt out” is working in 9X2 🙂',
    ...overrides,
  };
}

/** A session with two actions, sent to the coach and confirmed, its answer not yet taken in. */
export async function makeSignedSession(
  active: ActiveProgramme,
  coach: TestCoach,
  now = COACHING_NOW,
): Promise<{ sessionId: string; signed: SignedVerification }> {
  const [first] = skillIdsOf(active);
  const session = await createSession(
    active.profile.id,
    sessionInput({ focusSkillIds: first ? [first] : [] }),
    now,
  );
  await createAction(
    active.profile.id,
    session.id,
    { ...blankActionContent(), text: 'Plan three hinge questions', dueDate: '2026-11-13' },
    now,
  );
  await createAction(
    active.profile.id,
    session.id,
    { ...blankActionContent(), text: 'Send the coach my enquiry', owner: 'me', status: 'done' },
    now,
  );
  const actions = await listSessionActions(active.profile.id, session.id);
  const request = await requestVerification(
    {
      profileId: active.profile.id,
      delegateName: active.profile.displayName,
      subject: { kind: 'session', id: session.id },
      content: sessionContent(session, actions, active.framework, session.partnerName),
      coach: coach.identity,
    },
    now,
  );
  const signed = await decideVerification(
    request,
    { decision: 'confirmed', comment: 'A fair record of our session.' },
    {
      coachName: coach.identity.name,
      signingKeyId: coach.signing.keyId,
      privateKeyJwk: coach.signing.privateKeyJwk,
    },
    now,
  );
  return { sessionId: session.id, signed };
}

/** A session with two actions, sent to the coach, confirmed and taken in. */
export async function makeVerifiedSession(
  active: ActiveProgramme,
  coach: TestCoach,
  now = COACHING_NOW,
): Promise<{ sessionId: string; signed: SignedVerification }> {
  const made = await makeSignedSession(active, coach, now);
  const received = await receiveVerification(active.profile.id, made.signed, now);
  if (!received.ok) throw new Error(received.message);
  return made;
}

/** Every coaching table with realistic rows: sessions, actions, an evidence set, a verification. */
export async function makeRealisticCoachingData(active: ActiveProgramme): Promise<void> {
  const coach = await makeTestCoach();
  await makeVerifiedSession(active, coach);
  const later = await createSession(
    active.profile.id,
    sessionInput({
      date: '2026-11-09',
      kind: 'progress-review',
      withWhom: 'headteacher',
      partnerName: 'Mrs Patel',
      grow: {
        goal: 'Every pupil answers',
        reality: '11 of 28 answered',
        options: 'Cold call; mini whiteboards',
        wayForward: 'Cold call daily',
      },
      privateNotes: 'Felt nervous about the deep dive.',
    }),
  );
  await createAction(active.profile.id, later.id, {
    ...blankActionContent(),
    text: 'Observe Priya’s Year 7 lesson',
    owner: 'other',
    ownerName: 'Priya Shah',
    dueDate: '2026-11-02',
  });
  await createEvidenceSet(active.profile.id, {
    title: 'Questioning, for the final assessment',
    summary: 'What shows my questioning improved.',
    items: [{ kind: 'rating', skillId: skillIdsOf(active)[0]!, week: 2 }],
  });
}
