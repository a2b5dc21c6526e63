/**
 * The example delegate, stored as a profile of its own (docs/design.md#profile-scoped-data): one
 * `profiles` row with `isExample: true`, its copy of the OTP Plus framework in `frameworks`, its
 * programme in `programmes`, its rating history in `ratings`, its action-research journal in
 * `enquiries`, its Learning 3 trio in `colleagues` and `observations`, and its 360° review (a start
 * and an end round, no coach) in `reviewRounds` and `reviewAnswers`, and its improvement project
 * part-way through its write-up in `projects`, `projectEvidence` and `writeUps` — the same tables and
 * shapes as a real person's data, so every screen shows it without a special case, and every row
 * names the example's profile so it never mixes with real work.
 *
 * Removing the example is a hard delete, not a tombstone (docs/design.md#record-history):
 * tombstones exist so that a deletion survives a merge between devices, and the example never
 * travels — it is rebuilt from code on each device that asks for it.
 */
import { localCalendarDate } from '@/domain/calendar-date';
import { enquirySchema, type Enquiry } from '@/domain/enquiry';
import type { ExampleProject } from '@/domain/example-data/project';
import { projectEvidenceSchema, type ProjectEvidence } from '@/domain/improvement-project/evidence';
import { projectSchema, type Project } from '@/domain/improvement-project/project';
import { writeUpSchema, type WriteUp } from '@/domain/improvement-project/write-up';
import type { FrameworkDefinition, StoredFramework } from '@/domain/framework';
import { colleagueSchema, type Colleague } from '@/domain/colleague';
import { observationSchema, type Observation } from '@/domain/observation';
import type { buildExampleLearningThree } from '@/domain/example-data/learning-three';
import type { buildExampleReview, ExampleReviewRound } from '@/domain/example-data/review-360';
import type { ExampleCoaching } from '@/domain/example-data/coaching';
import { coachingActionSchema, type CoachingAction } from '@/domain/coaching/coaching-action';
import {
  coachingSessionSchema,
  coachNameFor,
  type CoachingSession,
} from '@/domain/coaching/coaching-session';
import {
  evidenceSetSchema,
  type EvidenceItem,
  type EvidenceSet,
} from '@/domain/coaching/evidence-set';
import {
  storedVerificationSchema,
  type StoredVerification,
} from '@/domain/coaching/stored-verification';
import { sessionContent } from '@/domain/coaching/verifiable-content';
import { decideVerification, type VerificationRequest } from '@/domain/coaching/verification';
import { generateSigningKeyPair } from '@/domain/coaching/verification-crypto';
import { profileDetailsSchema, profileSchema, type Profile } from '@/domain/profile';
import { findProgrammeTemplate, programmeDetailsSchema, programmeSchema } from '@/domain/programme';
import { ratingEventSchema } from '@/domain/rating';
import { newId, newRecordMeta } from '@/domain/record';
import {
  newReviewRound,
  reviewRoundSchema,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { storedReviewAnswerSchema, type StoredReviewAnswer } from '@/domain/review-360/stored';
import { db } from '@/db/database';
import { frameworkCopyFor } from '@/db/frameworks';
import { listProfiles } from '@/db/profiles';

/**
 * Replaces any example on this device with a fresh one, ten weeks into OTP Plus as of `now`, in one
 * transaction: a failed load leaves the previous state untouched. Returns the new profile's id.
 */
export async function loadExampleProfile(now = new Date()): Promise<string> {
  // Loaded on demand: the example and the frameworks' text are not needed to open the app.
  const [
    { buildExampleProgramme, EXAMPLE_TEMPLATE_KEY },
    { buildExampleLearningThree },
    { buildExampleReview },
    { buildExampleProject },
    { findBuiltInFramework },
    { buildExampleCoaching },
  ] = await Promise.all([
    import('@/domain/example-data/example-profile-data'),
    import('@/domain/example-data/learning-three'),
    import('@/domain/example-data/review-360'),
    import('@/domain/example-data/project'),
    import('@/domain/built-in-frameworks/index'),
    import('@/domain/example-data/coaching'),
  ]);
  const template = findProgrammeTemplate(EXAMPLE_TEMPLATE_KEY);
  const definition = findBuiltInFramework(template.frameworkKey);
  if (!definition)
    throw new Error(`There is no built-in framework called "${template.frameworkKey}".`);
  const example = buildExampleProgramme(definition, localCalendarDate(now));

  const profile = profileSchema.parse({
    ...newRecordMeta(now),
    ...profileDetailsSchema.parse(example.person),
    isExample: true,
  });
  const framework = frameworkCopyFor(profile.id, definition, now);
  const programme = programmeSchema.parse({
    ...newRecordMeta(now),
    ...programmeDetailsSchema.parse(example.programme),
    profileId: profile.id,
    templateKey: EXAMPLE_TEMPLATE_KEY,
    frameworkId: framework.id,
  });
  const ratings = example.ratings.map((rating) =>
    ratingEventSchema.parse({
      ...rating,
      id: newId(),
      // Backdated to when the example delegate "made" each rating, so the history reads truly.
      createdAt: rating.recordedAt,
      updatedAt: rating.recordedAt,
      rev: 1,
      profileId: profile.id,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
    }),
  );

  const enquiries = example.enquiries.map((enquiry) =>
    enquirySchema.parse({
      ...enquiry,
      id: newId(),
      rev: 1,
      profileId: profile.id,
      frameworkId: framework.id,
    }),
  );
  const { colleagues, observations } = exampleLearningThree(
    buildExampleLearningThree(definition, programme),
    profile,
    framework,
  );

  const leadership = findBuiltInFramework(EXAMPLE_REVIEW_FRAMEWORK_KEY);
  if (!leadership) {
    throw new Error(`There is no built-in framework called "${EXAMPLE_REVIEW_FRAMEWORK_KEY}".`);
  }
  const review = exampleReview(buildExampleReview(leadership, programme), profile, leadership);
  // Signing is Web Crypto, so the coach's verifications are made before the transaction.
  const coaching = await exampleCoaching(
    buildExampleCoaching(definition, programme, localCalendarDate(now)),
    { profile, framework, enquiries, observations },
  );

  const project = exampleProject(
    buildExampleProject(definition, localCalendarDate(now)),
    profile,
    enquiries,
    coaching.sessions,
    now,
  );

  await db.transaction('rw', exampleTables(), async () => {
    await deleteExampleRows();
    await db.profiles.add(profile);
    await db.frameworks.add(framework);
    await db.programmes.add(programme);
    await db.ratings.bulkAdd(ratings);
    await db.enquiries.bulkAdd(enquiries);
    await db.colleagues.bulkAdd(colleagues);
    await db.observations.bulkAdd(observations);
    await db.reviewRounds.bulkAdd(review.rounds);
    await db.reviewAnswers.bulkAdd(review.answers);
    await db.projects.add(project.project);
    await db.writeUps.add(project.writeUp);
    await db.projectEvidence.bulkAdd(project.evidence);
    await db.coachingSessions.bulkAdd(coaching.sessions);
    await db.coachingActions.bulkAdd(coaching.actions);
    await db.evidenceSets.add(coaching.evidenceSet);
    await db.verificationRequests.bulkAdd(coaching.verifications);
  });
  return profile.id;
}

/** Deletes every example profile and all of its rows; real profiles are never touched. */
export async function removeExampleProfile(): Promise<void> {
  await db.transaction('rw', exampleTables(), () => deleteExampleRows());
}

export async function hasExampleProfile(): Promise<boolean> {
  const profiles = await listProfiles();
  return profiles.some((profile) => profile.isExample);
}

/** Every table that holds example rows: loading and removing the example covers them all at once. */
function exampleTables() {
  return [
    db.profiles,
    db.programmes,
    db.frameworks,
    db.ratings,
    db.enquiries,
    db.colleagues,
    db.observations,
    db.reviewRounds,
    db.reviewAnswers,
    db.reviewCoaches,
    db.releasedReports,
    db.projects,
    db.projectEvidence,
    db.projectAttachments,
    db.writeUps,
    db.coachingSessions,
    db.coachingActions,
    db.evidenceSets,
    db.verificationRequests,
  ];
}

/** The example's colleagues and observations as stored rows, ids fresh, times backdated. */
function exampleLearningThree(
  example: ReturnType<typeof buildExampleLearningThree>,
  profile: Profile,
  framework: StoredFramework,
): { colleagues: Colleague[]; observations: Observation[] } {
  const colleagueAt = (recordedAt: string) => ({
    id: newId(),
    createdAt: recordedAt,
    updatedAt: recordedAt,
    rev: 1,
  });
  const added = new Map(
    example.colleagues.map((colleague, index) => [
      colleague.key,
      colleagueSchema.parse({
        // A second apart, so the trio lists in the order the example gives.
        ...colleagueAt(new Date(Date.parse(profile.createdAt) + index * 1000).toISOString()),
        name: colleague.name,
        role: colleague.role,
        subjectOrPhase: colleague.subjectOrPhase,
        focusSkillIds: colleague.focusSkillIds,
        profileId: profile.id,
      }),
    ]),
  );
  const delegate = { name: profile.displayName };
  const observations = example.observations.map((planned) => {
    const colleague = added.get(planned.colleagueKey);
    const other = [...added.values()].find((candidate) => candidate !== colleague);
    if (!colleague || !other) throw new Error('The example needs two colleagues.');
    const them = { name: colleague.name, colleagueId: colleague.id };
    const people =
      planned.direction === 'colleague-to-delegate'
        ? { observer: them, observed: delegate }
        : planned.direction === 'colleague-to-colleague'
          ? { observer: { name: other.name, colleagueId: other.id }, observed: them }
          : { observer: delegate, observed: them };
    return observationSchema.parse({
      ...colleagueAt(planned.recordedAt),
      profileId: profile.id,
      colleagueId: colleague.id,
      direction: planned.direction,
      ...people,
      week: planned.week,
      date: planned.date,
      lessonClass: planned.lessonClass,
      lessonSubject: planned.lessonSubject,
      ratings: planned.levels.map(([skillId, level]) => ({ skillId, level })),
      strengths: planned.strengths,
      nextSteps: planned.nextSteps,
      followUp: planned.followUp,
      framework: { key: framework.key, version: framework.version },
      status: 'complete',
    });
  });
  return { colleagues: [...added.values()], observations };
}

/** The example's improvement project as stored rows: its links point at the example's records. */
function exampleProject(
  example: ExampleProject,
  profile: Profile,
  enquiries: readonly Enquiry[],
  sessions: readonly CoachingSession[],
  now: Date,
): { project: Project; writeUp: WriteUp; evidence: ProjectEvidence[] } {
  const startedAt = new Date(`${example.startedOn}T16:30:00Z`).toISOString();
  const project = projectSchema.parse({
    ...newRecordMeta(now),
    createdAt: startedAt,
    profileId: profile.id,
    title: example.title,
    problem: example.problem,
    diagnosis: example.diagnosis,
    aimPupils: example.aimPupils,
    aimTeam: example.aimTeam,
    successCriteria: example.successCriteria,
    people: example.people,
    milestones: example.milestones,
    log: example.log.map((entry) => ({ ...entry, id: newId() })),
    links: [
      ...example.linkedEnquiryIndexes.flatMap((index) => {
        const enquiry = enquiries[index];
        return enquiry ? [{ kind: 'enquiry' as const, targetId: enquiry.id }] : [];
      }),
      ...example.linkedSkillIds.map((skillId) => ({ kind: 'skill' as const, targetId: skillId })),
      // The coaching sessions with the coach, where the project was talked through.
      ...sessions
        .filter((session) => session.kind === 'coaching')
        .map((session) => ({ kind: 'coaching-session' as const, targetId: session.id })),
    ],
  });
  const writeUp = writeUpSchema.parse({
    ...newRecordMeta(now),
    createdAt: startedAt,
    profileId: profile.id,
    projectId: project.id,
    ...example.writeUp,
  });
  const evidence = example.evidence.map((item) =>
    projectEvidenceSchema.parse({
      ...newRecordMeta(now),
      createdAt: new Date(`${item.date}T16:00:00Z`).toISOString(),
      profileId: profile.id,
      projectId: project.id,
      ...item,
    }),
  );
  return { project, writeUp, evidence };
}

/** The framework the example's 360° review asks about, whatever the programme audits. */
const EXAMPLE_REVIEW_FRAMEWORK_KEY = 'leadership-behaviours';

/**
 * The example's 360° rounds and their plain answers as stored rows: ids fresh, times as the
 * example gives them, the end round compared with the start round.
 */
function exampleReview(
  example: ReturnType<typeof buildExampleReview>,
  profile: Profile,
  framework: FrameworkDefinition,
): { rounds: ReviewRound[]; answers: StoredReviewAnswer[] } {
  const at = (iso: string) => ({ id: newId(), createdAt: iso, updatedAt: iso, rev: 1 });
  const stored = (planned: ExampleReviewRound, comparedWithRoundId?: string): ReviewRound => {
    const fresh = newReviewRound(
      {
        profileId: profile.id,
        kind: planned.kind,
        ...(comparedWithRoundId === undefined ? {} : { comparedWithRoundId }),
        title: planned.title,
        framework,
        closesOn: planned.closesOn,
      },
      new Date(planned.createdAt),
    );
    return reviewRoundSchema.parse({
      ...fresh,
      selfRatings: planned.selfRatings,
      invitedNotes: planned.invitedNotes,
    });
  };
  const start = stored(example.start);
  const end = stored(example.end, start.id);
  const answersOf = (round: ReviewRound, planned: ExampleReviewRound) =>
    planned.answers.map((answer) => {
      const row = at(answer.answeredAt);
      const responseId = newId();
      return storedReviewAnswerSchema.parse({
        ...row,
        profileId: profile.id,
        roundId: round.id,
        group: answer.group,
        responseId,
        payload: { form: 'plain', answer: { ...answer, roundId: round.id, responseId } },
        receivedAt: answer.answeredAt,
      });
    });
  return {
    rounds: [start, end],
    answers: [...answersOf(start, example.start), ...answersOf(end, example.end)],
  };
}

/** Call inside a transaction over exampleTables(). Tombstoned examples go too: nothing of them may stay. */
async function deleteExampleRows(): Promise<void> {
  const rows = await db.profiles.toArray();
  const exampleIds = rows
    .map((row) => profileSchema.parse(row))
    .filter((profile) => profile.isExample)
    .map((profile) => profile.id);
  if (exampleIds.length === 0) return;
  await db.ratings.where('profileId').anyOf(exampleIds).delete();
  await db.enquiries.where('profileId').anyOf(exampleIds).delete();
  await db.colleagues.where('profileId').anyOf(exampleIds).delete();
  await db.observations.where('profileId').anyOf(exampleIds).delete();
  await db.reviewRounds.where('profileId').anyOf(exampleIds).delete();
  await db.reviewAnswers.where('profileId').anyOf(exampleIds).delete();
  await db.reviewCoaches.where('profileId').anyOf(exampleIds).delete();
  await db.coachingSessions.where('profileId').anyOf(exampleIds).delete();
  await db.coachingActions.where('profileId').anyOf(exampleIds).delete();
  await db.evidenceSets.where('profileId').anyOf(exampleIds).delete();
  await db.verificationRequests.where('profileId').anyOf(exampleIds).delete();
  await db.releasedReports.where('profileId').anyOf(exampleIds).delete();
  await db.projects.where('profileId').anyOf(exampleIds).delete();
  await db.projectEvidence.where('profileId').anyOf(exampleIds).delete();
  await db.projectAttachments.where('profileId').anyOf(exampleIds).delete();
  await db.writeUps.where('profileId').anyOf(exampleIds).delete();
  await db.programmes.where('profileId').anyOf(exampleIds).delete();
  await db.frameworks.where('profileId').anyOf(exampleIds).delete();
  await db.profiles.bulkDelete(exampleIds);
}

/**
 * The example's coaching as stored rows. The coach's signing key pair is made here, for this
 * example only, and only its public half is kept (on each verification, as on a real request): the
 * example can show verifications that check, and no one can sign another in the coach's name.
 */
async function exampleCoaching(
  example: ExampleCoaching,
  owner: {
    profile: Profile;
    framework: StoredFramework;
    enquiries: readonly Enquiry[];
    observations: readonly Observation[];
  },
): Promise<{
  sessions: CoachingSession[];
  actions: CoachingAction[];
  evidenceSet: EvidenceSet;
  verifications: StoredVerification[];
}> {
  const { profile, framework } = owner;
  const signing = await generateSigningKeyPair();
  const coachSigningKey = { publicKeyJwk: signing.publicKeyJwk, keyId: signing.keyId };
  const sessions: CoachingSession[] = [];
  const actions: CoachingAction[] = [];
  const verifications: StoredVerification[] = [];
  const requestOf = (session: CoachingSession, sessionActions: CoachingAction[], at: string) =>
    ({
      requestId: newId(),
      delegateProfileId: profile.id,
      delegateName: profile.displayName,
      coachName: example.coachName,
      signingKeyId: signing.keyId,
      subject: { kind: 'session', id: session.id },
      content: sessionContent(session, sessionActions, framework, coachNameFor(session)),
      requestedAt: at,
    }) satisfies VerificationRequest;
  const verificationRow = (request: VerificationRequest, extra: Partial<StoredVerification>) =>
    storedVerificationSchema.parse({
      id: request.requestId,
      createdAt: request.requestedAt,
      updatedAt: request.requestedAt,
      rev: 1,
      profileId: profile.id,
      subject: request.subject,
      request,
      coachSigningKey,
      ...extra,
    });

  for (const planned of example.sessions) {
    const written = coachingSessionSchema.parse({
      ...planned.content,
      id: newId(),
      createdAt: planned.writtenAt,
      updatedAt: planned.writtenAt,
      rev: 1,
      profileId: profile.id,
    });
    const sessionActions = planned.actions.map((action) =>
      coachingActionSchema.parse({
        ...action.content,
        id: newId(),
        createdAt: planned.writtenAt,
        updatedAt: action.closedOn ? `${action.closedOn}T17:00:00.000Z` : planned.writtenAt,
        rev: action.closedOn ? 2 : 1,
        profileId: profile.id,
        sessionId: written.id,
        ...(action.closedOn ? { closedOn: action.closedOn } : {}),
      }),
    );
    if (planned.verified) {
      const requestedAt = new Date(Date.parse(planned.writtenAt) + 10 * 60_000).toISOString();
      const request = requestOf(written, sessionActions, requestedAt);
      const signed = await decideVerification(
        request,
        { decision: 'confirmed', comment: planned.verified.comment },
        {
          coachName: example.coachName,
          signingKeyId: signing.keyId,
          privateKeyJwk: signing.privateKeyJwk,
        },
        new Date(planned.verified.at),
      );
      verifications.push(
        verificationRow(request, {
          updatedAt: planned.verified.at,
          rev: 2,
          answer: { signed, receivedAt: planned.verified.at },
        }),
      );
    }
    if (planned.requestedAt) {
      verifications.push(
        verificationRow(requestOf(written, sessionActions, planned.requestedAt), {}),
      );
    }
    sessions.push(
      planned.editedAfter
        ? coachingSessionSchema.parse({
            ...written,
            ...planned.editedAfter.changes,
            updatedAt: planned.editedAfter.at,
            rev: 2,
          })
        : written,
    );
    actions.push(...sessionActions);
  }

  const { evidenceSet: plannedSet } = example;
  const items: EvidenceItem[] = [
    ...plannedSet.enquiryIndexes.flatMap((index) => {
      const enquiry = owner.enquiries[index];
      return enquiry ? [{ kind: 'enquiry' as const, enquiryId: enquiry.id }] : [];
    }),
    ...plannedSet.observationIndexes.flatMap((index) => {
      const observation = owner.observations[index];
      return observation ? [{ kind: 'observation' as const, observationId: observation.id }] : [];
    }),
    ...plannedSet.ratingSkillIds.map((skillId) => ({ kind: 'rating' as const, skillId, week: 9 })),
  ];
  const startedAt = sessions.at(-1)?.createdAt ?? new Date().toISOString();
  const evidenceSet = evidenceSetSchema.parse({
    id: newId(),
    createdAt: startedAt,
    updatedAt: startedAt,
    rev: 1,
    profileId: profile.id,
    title: plannedSet.title,
    summary: plannedSet.summary,
    items,
  });
  return { sessions, actions, evidenceSet, verifications };
}
