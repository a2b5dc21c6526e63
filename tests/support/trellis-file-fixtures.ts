import 'fake-indexeddb/auto';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import { frameworkFileName, frameworkFileText } from '@/domain/framework-file';
import { type ObservationRequest, type ReturnedObservation } from '@/domain/observation';
import {
  requestFileName,
  requestFileText,
  requestLink,
  returnFileName,
  returnFileText,
  returnLink,
} from '@/domain/observation-exchange';
import {
  coachFileName,
  coachFileText,
  coachLink,
  releasedReportFileName,
  releasedReportFileText,
  releasedReportLink,
  reviewAnswerFileName,
  reviewAnswerFileText,
  reviewAnswerLink,
  REVIEW_BUNDLE_FILE_SUFFIX,
  reviewRequestFileName,
  reviewRequestFileText,
  reviewRequestLink,
} from '@/domain/review-360/review-exchange';
import { buildReviewReport } from '@/domain/review-360/review-report';
import {
  reviewRequestFor,
  type CoachIdentity,
  type ReleasedReport,
  type ReviewRequest,
} from '@/domain/review-360/review-round';
import { blankActionContent } from '@/domain/coaching/coaching-action';
import { sessionContent } from '@/domain/coaching/verifiable-content';
import {
  decideVerification,
  verificationFileName,
  verificationFileText,
  verificationLink,
  verificationRequestFileName,
  verificationRequestFileText,
  verificationRequestLink,
} from '@/domain/coaching/verification';
import { snapshotFileName } from '@/domain/cohort/snapshot';
import { snapshotFileText, snapshotLink } from '@/domain/cohort/snapshot-exchange';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { checkBackupRows, makeBackup, readBackup, restoreBackup } from '@/db/backup';
import { coachIdentityOf, setUpCoach } from '@/db/coaching';
import { addColleague } from '@/db/colleagues';
import {
  createAction,
  createSession,
  listSessionActions,
  requestVerification,
} from '@/db/coaching-log';
import { db } from '@/db/database';
import { receiveReviewAnswer } from '@/db/review-answers';
import {
  createReviewRound,
  reviewBundleText,
  saveSelfRatings,
  setReviewCoach,
} from '@/db/review-rounds';
import { sessionInput } from './coaching-data';
import { makeSnapshot } from './cohort-factories';
import { makeFramework, rate, skillIdsOf } from './factories';
import { makeReturnedObservation, requestFor } from './observation-factories';
import { makeRaterAnswer, rateEvery, sealedPayload, setUpReviewDelegate } from './review-data';

/**
 * One real file (and link) of every Trellis kind, made by the app's own writers, for the browser
 * suite to drop onto the app and share to it, and checked by a unit test so they never drift from
 * the formats. They tell one story, so each opens to its happy path where it belongs:
 *
 * - the backup is Jordan's device: a delegate on the leadership programme, with a colleague in
 *   their trio, a coach, an open 360° review with two sealed answers in, and a coaching session
 *   sent for verification. The observation, the third rater's answer, the released report and the
 *   coach's verification are for that device and not yet in it;
 * - `coachBackup` is the coach's device, whose keys open the review bundle, the answer and the
 *   verification request;
 * - the observation request and review request need no profile (a colleague's, a rater's phone);
 * - the progress snapshot is Sam's, on OTP Plus, for a facilitator's cohort of that programme.
 *
 * Dates follow today's, so the review is still open whenever the suite runs.
 */

export const FIXTURE_ORIGIN = 'http://trellis.test';

export interface TrellisFixtureFile {
  name: string;
  text: string;
}

/** Kinds that travel as links too. */
export type TrellisLinkKind = Exclude<TrellisFileKind, 'backup' | 'framework' | 'review-bundle'>;

export interface TrellisFixtures {
  files: Record<TrellisFileKind, TrellisFixtureFile>;
  links: Record<TrellisLinkKind, string>;
  /** Each file changed after it was sealed: still recognised, refused by its checksum. */
  damagedFiles: Record<TrellisFileKind, TrellisFixtureFile>;
  /**
   * The coach's device (their keys, nothing else): restored, it opens the review bundle, the
   * review answer and the verification request to their happy paths.
   */
  coachBackup: TrellisFixtureFile;
}

interface Story {
  files: Omit<Record<TrellisFileKind, TrellisFixtureFile>, 'backup'>;
  backup: TrellisFixtureFile;
  coachBackup: TrellisFixtureFile;
  observationRequest: ObservationRequest;
  observation: ReturnedObservation;
  reviewRequest: ReviewRequest;
  answer: Awaited<ReturnType<typeof sealedPayload>>;
  coach: CoachIdentity;
  released: ReleasedReport;
  verificationRequest: Awaited<ReturnType<typeof requestVerification>>;
  verification: Awaited<ReturnType<typeof decideVerification>>;
  snapshot: ReturnType<typeof makeSnapshot>;
}

async function emptyDatabase(): Promise<void> {
  await db.delete();
  await db.open();
}

/** Empties the (fake) database, tells the story through the real repository functions, backs it up. */
async function tellStory(now: Date): Promise<Story> {
  // The coach's device first: set up as a coach (real sealing and signing keys), backed up an
  // hour before the delegate's, so the two backups' names differ.
  await emptyDatabase();
  const coachKeys = await setUpCoach('Dr Amara Okafor', now);
  const signing = coachKeys.signing;
  if (!signing) throw new Error('The coach was set up without a signing key');
  const coach = coachIdentityOf(coachKeys);
  const testCoach = { identity: coach, keys: coachKeys };
  const coachMade = await makeBackup({ now: new Date(now.getTime() - 60 * 60_000) });
  const coachBackup = { name: coachMade.fileName, text: coachMade.text };

  // Then the delegate's device.
  await emptyDatabase();
  const today = localCalendarDate(now);

  const jordan = await setUpReviewDelegate('Jordan Reid');
  const [firstSkill, secondSkill] = skillIdsOf(jordan);
  await rate(jordan, { skillId: firstSkill!, week: 0, level: 2, note: 'Still telling first.' });
  await rate(jordan, { skillId: secondSkill!, week: 0, level: 3 });
  await rate(jordan, { skillId: firstSkill!, week: 2, level: 3, note: 'Asked before telling 🙂' });

  // A colleague in Jordan's trio asked to observe a lesson, and the observation they send back.
  const priya = await addColleague(jordan.profile.id, {
    name: 'Priya Shah',
    role: 'Head of science',
    subjectOrPhase: 'Science',
    focusSkillIds: [firstSkill!],
  });
  const observationRequest = requestFor(
    jordan,
    { id: priya.id, name: priya.name },
    { requestedAt: now.toISOString() },
  );
  const observation = makeReturnedObservation({
    requestId: observationRequest.requestId,
    delegateProfileId: jordan.profile.id,
    colleagueId: priya.id,
    direction: 'colleague-to-delegate',
    observer: { name: priya.name, colleagueId: priya.id },
    observed: { name: jordan.profile.displayName },
    framework: { key: jordan.framework.key, version: jordan.framework.version },
    date: today,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    lessonClass: '10Y1',
    lessonSubject: 'Science',
    ratings: observationRequest.focusSkills.map((skill, index) => ({
      skillId: skill.id,
      level: jordan.framework.scale.levels[index + 2]?.value ?? null,
    })),
  });

  await setReviewCoach(jordan.profile.id, coach, now);

  const round = await createReviewRound(
    {
      profileId: jordan.profile.id,
      kind: 'start',
      title: 'Start of programme',
      framework: jordan.framework,
      closesOn: addDays(today, 21),
      coach,
    },
    now,
  );
  await saveSelfRatings(round.id, rateEvery(round, 3), now);
  const inAlready = [makeRaterAnswer(round, 'line-manager'), makeRaterAnswer(round, 'peers')];
  for (const answer of inAlready) {
    const received = await receiveReviewAnswer(await sealedPayload(answer, testCoach), now);
    if (!received.ok) throw new Error(received.message);
  }
  const reviewRequest = reviewRequestFor(round, 'peers', jordan.profile.displayName, now);
  const newAnswer = makeRaterAnswer(round, 'peers', {
    ratings: rateEvery(round, 4),
    doWell: 'Gives everyone a say in department meetings.',
    moreEffective: 'Follow up decisions in writing.',
    answeredAt: now.toISOString(),
  });
  const answer = await sealedPayload(newAnswer, testCoach);
  const bundleText = await reviewBundleText(round.id, jordan.profile.displayName, now);
  const released: ReleasedReport = {
    report: buildReviewReport(round, [...inAlready, newAnswer]),
    coachName: coach.name,
    releasedAt: now.toISOString(),
  };

  // A coaching session sent to the coach for verification, and the coach's signed answer.
  const session = await createSession(
    jordan.profile.id,
    sessionInput({ date: today, focusSkillIds: [firstSkill!] }),
    now,
  );
  await createAction(
    jordan.profile.id,
    session.id,
    { ...blankActionContent(), text: 'Ask before telling in Monday’s meeting', dueDate: today },
    now,
  );
  const verificationRequest = await requestVerification(
    {
      profileId: jordan.profile.id,
      delegateName: jordan.profile.displayName,
      subject: { kind: 'session', id: session.id },
      content: sessionContent(
        session,
        await listSessionActions(jordan.profile.id, session.id),
        jordan.framework,
        session.partnerName,
      ),
      coach,
    },
    now,
  );
  const verification = await decideVerification(
    verificationRequest,
    { decision: 'confirmed', comment: 'A fair record of our session.' },
    { coachName: coach.name, signingKeyId: signing.keyId, privateKeyJwk: signing.privateKeyJwk },
    now,
  );

  const made = await makeBackup({ now });
  const backup = { name: made.fileName, text: made.text };

  // Sam, a delegate on OTP Plus: their snapshot is for their facilitator's device.
  const snapshot = makeSnapshot({
    delegate: { id: '6f1c1b1e-0000-4000-8000-00000000aa01', name: 'Sam Teacher' },
    takenAt: now.toISOString(),
  });

  const files: Story['files'] = {
    framework: {
      name: frameworkFileName(makeFramework().name),
      text: await frameworkFileText(makeFramework(), now),
    },
    'observation-request': {
      name: requestFileName(observationRequest),
      text: await requestFileText(observationRequest, now),
    },
    observation: {
      name: returnFileName(observation),
      text: await returnFileText(observation, now),
    },
    'review-request': {
      name: reviewRequestFileName(reviewRequest),
      text: await reviewRequestFileText(reviewRequest, now),
    },
    'review-answer': {
      name: reviewAnswerFileName(),
      text: await reviewAnswerFileText(answer, now),
    },
    'coach-link': { name: coachFileName(), text: await coachFileText(coach, now) },
    'review-bundle': { name: `360-answers-${today}${REVIEW_BUNDLE_FILE_SUFFIX}`, text: bundleText },
    'review-report': {
      name: releasedReportFileName(released),
      text: await releasedReportFileText(released, now),
    },
    'verification-request': {
      name: verificationRequestFileName(verificationRequest),
      text: await verificationRequestFileText(verificationRequest, now),
    },
    verification: {
      name: verificationFileName(verification),
      text: await verificationFileText(verification, now),
    },
    'progress-snapshot': {
      name: snapshotFileName(snapshot.delegate.name),
      text: await snapshotFileText(snapshot, now),
    },
  };
  return {
    files,
    backup,
    coachBackup,
    observationRequest,
    observation,
    reviewRequest,
    answer,
    coach,
    released,
    verificationRequest,
    verification,
    snapshot,
  };
}

/** Empties the (fake) database and restores a fixture backup into it, as the device it came from. */
export async function restoreFixtureBackup(text: string): Promise<void> {
  await emptyDatabase();
  const read = await readBackup(text);
  if (!read.ok) throw new Error(read.problem);
  const checked = checkBackupRows(read.content, read.exportedAt);
  if (!checked.ok) throw new Error(checked.problem);
  await restoreBackup(checked.backup, 'replace');
}

/**
 * Makes every fixture afresh (new ids and keys each call): it empties the (fake) database and
 * leaves the delegate's device in it.
 */
export async function makeTrellisFixtures(
  origin = FIXTURE_ORIGIN,
  now = new Date(),
): Promise<TrellisFixtures> {
  const story = await tellStory(now);
  const links: Record<TrellisLinkKind, string> = {
    'observation-request': await requestLink(origin, story.observationRequest, now),
    observation: await returnLink(origin, story.observation, now),
    'review-request': await reviewRequestLink(origin, story.reviewRequest, now),
    'review-answer': await reviewAnswerLink(origin, story.answer, now),
    'coach-link': await coachLink(origin, story.coach, now),
    'review-report': await releasedReportLink(origin, story.released, now),
    'verification-request': await verificationRequestLink(origin, story.verificationRequest, now),
    verification: await verificationLink(origin, story.verification, now),
    'progress-snapshot': await snapshotLink(origin, story.snapshot, now),
  };
  const files = { backup: story.backup, ...story.files };
  const damagedFiles = Object.fromEntries(
    Object.entries(files).map(([kind, file]) => [kind, damagedCopy(file)]),
  ) as Record<TrellisFileKind, TrellisFixtureFile>;
  return { files, links, damagedFiles, coachBackup: story.coachBackup };
}

/** The first non-empty text in the data, changed as a hand editing the file might change it. */
function changeFirstText(value: unknown): { changed: boolean; value: unknown } {
  if (typeof value === 'string' && value !== '') {
    return { changed: true, value: `${value} (changed)` };
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [...(value as unknown[])];
    for (const [index, item] of items.entries()) {
      const inner = changeFirstText(item);
      if (inner.changed) {
        items[index] = inner.value;
        return { changed: true, value: items };
      }
    }
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    for (const [index, [key, item]] of entries.entries()) {
      const inner = changeFirstText(item);
      if (inner.changed) {
        entries[index] = [key, inner.value];
        return { changed: true, value: Object.fromEntries(entries) };
      }
    }
  }
  return { changed: false, value };
}

/** The file with one text in its data changed after sealing, laid out as before. */
export function damagedCopy(file: TrellisFixtureFile): TrellisFixtureFile {
  const envelope = JSON.parse(file.text) as { data: unknown };
  const data = changeFirstText(envelope.data);
  if (!data.changed) throw new Error(`${file.name} has no text to change`);
  const isPretty = file.text.startsWith('{\n');
  const text = JSON.stringify({ ...envelope, data: data.value }, null, isPretty ? 2 : undefined);
  return { name: `damaged-${file.name}`, text: `${text}\n` };
}

/** One real file of every kind, by kind. */
export async function makeTrellisFiles(): Promise<Record<TrellisFileKind, TrellisFixtureFile>> {
  return (await makeTrellisFixtures()).files;
}

/** One real link of every kind that has a link path, for `origin`. */
export async function makeTrellisLinks(
  origin = FIXTURE_ORIGIN,
): Promise<Record<TrellisLinkKind, string>> {
  return (await makeTrellisFixtures(origin)).links;
}
