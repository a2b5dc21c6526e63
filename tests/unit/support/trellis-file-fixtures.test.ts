import { beforeAll, describe, expect, it } from 'vitest';
import { fromRequestWire, reviewRequestWireSchema } from '@/domain/review-360/request-wire';
import {
  coachLinkExpectation,
  decodeCoachLink,
  decodeReleasedReport,
  decodeReviewAnswer,
  decodeReviewBundle,
  decodeReviewRequest,
  reviewRequestExpectation,
} from '@/domain/review-360/review-exchange';
import { coachIdentitySchema } from '@/domain/review-360/review-round';
import {
  decodeEnvelopeText,
  decodeRequestLink,
  decodeReturnFile,
  decodeReturnLink,
  requestExpectation,
} from '@/domain/observation-exchange';
import { observationRequestSchema } from '@/domain/observation';
import { readFrameworkFile } from '@/domain/framework-file';
import { decodeVerification, decodeVerificationRequest } from '@/domain/coaching/verification';
import { checkSnapshotFiles } from '@/domain/cohort/check-snapshots';
import { decodeSnapshotLink } from '@/domain/cohort/snapshot-exchange';
import { byteLength } from '@/domain/file-envelope';
import {
  FILE_HEAD_BYTES,
  recogniseFile,
  recogniseLink,
  recogniseText,
  TRELLIS_FILE_KINDS,
  type TrellisFileKind,
} from '@/domain/trellis-files';
import { checkBackupRows, readBackup } from '@/db/backup';
import {
  decideVerificationAsCoach,
  receiveAnswerAsCoach,
  receiveReviewBundle,
} from '@/db/coaching';
import { receiveVerification } from '@/db/coaching-log';
import { previewIncomingObservation } from '@/db/observations';
import { listProfiles } from '@/db/profiles';
import { receiveReviewAnswer } from '@/db/review-answers';
import { storeReleasedReport } from '@/db/review-rounds';
import { otpSnapshotFramework } from '../../support/cohort-factories';
import {
  FIXTURE_ORIGIN,
  makeTrellisFixtures,
  restoreFixtureBackup,
  type TrellisFixtures,
} from '../../support/trellis-file-fixtures';

/** Whether a file or link's text decodes with its own kind's reader; the reason if not. */
type Check = (text: string) => Promise<{ ok: true } | { ok: false; message: string }>;

const FILE_DECODERS: Record<TrellisFileKind, Check> = {
  backup: async (text) => {
    const read = await readBackup(text);
    if (!read.ok) return { ok: false, message: read.problem };
    const checked = checkBackupRows(read.content, read.exportedAt);
    return checked.ok ? { ok: true } : { ok: false, message: checked.problem };
  },
  framework: async (text) => {
    const read = await readFrameworkFile(text);
    return read.ok ? { ok: true } : { ok: false, message: read.problems.join(' ') };
  },
  'observation-request': (text) =>
    decodeEnvelopeText(text, requestExpectation, observationRequestSchema),
  observation: decodeReturnFile,
  'review-request': async (text) => {
    const wire = await decodeEnvelopeText(text, reviewRequestExpectation, reviewRequestWireSchema);
    return wire.ok ? fromRequestWire(wire.value) : wire;
  },
  'review-answer': decodeReviewAnswer,
  'coach-link': (text) => decodeEnvelopeText(text, coachLinkExpectation, coachIdentitySchema),
  'review-bundle': decodeReviewBundle,
  'review-report': (text) => decodeReleasedReport(text),
  'verification-request': decodeVerificationRequest,
  verification: decodeVerification,
  'progress-snapshot': async (text) => {
    const [checked] = await checkSnapshotFiles(
      [{ name: 'snapshot', text }],
      otpSnapshotFramework(),
      new Date().toISOString(),
    );
    if (!checked) return { ok: false, message: 'Nothing was checked.' };
    return checked.ok ? { ok: true } : checked;
  },
};

const LINK_DECODERS: Record<keyof TrellisFixtures['links'], Check> = {
  'observation-request': decodeRequestLink,
  observation: decodeReturnLink,
  'review-request': (link) => decodeReviewRequest(link, new Date()),
  'review-answer': decodeReviewAnswer,
  'coach-link': decodeCoachLink,
  'review-report': (link) => decodeReleasedReport(link),
  'verification-request': decodeVerificationRequest,
  verification: decodeVerification,
  'progress-snapshot': decodeSnapshotLink,
};

const KINDS = Object.keys(TRELLIS_FILE_KINDS) as TrellisFileKind[];

let fixtures: TrellisFixtures;

/** Empties the database and restores a backup's text into it, as the restore screen does. */
// Made once: a backup and two key pairs take a moment, and every test only reads them.
beforeAll(async () => {
  fixtures = await makeTrellisFixtures();
}, 30_000);

describe('the e2e suite’s Trellis file fixtures', () => {
  it('has one file of every kind, named as Trellis names them', () => {
    expect(Object.keys(fixtures.files).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) {
      const { name } = fixtures.files[kind];
      expect(name, kind).toMatch(
        kind === 'backup' ? /^trellis-backup-.*\.json$/ : /\.trellis-.*\.json$/,
      );
    }
  });

  it.each(KINDS)(
    'recognises the %s file as its own kind and reads it with its own reader',
    async (kind) => {
      const { name, text } = fixtures.files[kind];
      expect(recogniseText(text)).toEqual({ ok: true, kind });
      expect(
        await recogniseFile({
          name,
          size: byteLength(text),
          head: () => Promise.resolve(text.slice(0, FILE_HEAD_BYTES)),
          readWhole: () => Promise.resolve(text),
        }),
      ).toEqual({ ok: true, kind });
      expect(await FILE_DECODERS[kind](text)).toMatchObject({ ok: true });
    },
  );

  it.each(KINDS)(
    'recognises the damaged %s file as its kind, and its reader refuses it as changed',
    async (kind) => {
      const { name, text } = fixtures.damagedFiles[kind];
      expect(name).toBe(`damaged-${fixtures.files[kind].name}`);
      expect(recogniseText(text)).toEqual({ ok: true, kind });
      const decoded = await FILE_DECODERS[kind](text);
      expect(decoded.ok).toBe(false);
      expect(decoded.ok ? '' : decoded.message).toMatch(/changed or damaged/);
    },
  );

  it('has one link of every kind that has a link path, for the test origin', () => {
    const linked = KINDS.filter((kind) => TRELLIS_FILE_KINDS[kind].linkPath !== undefined);
    expect(Object.keys(fixtures.links).sort()).toEqual(linked.sort());
  });

  it.each(Object.keys(LINK_DECODERS))(
    'recognises the %s link as its own kind and reads it with its own reader',
    async (name) => {
      const kind = name as keyof TrellisFixtures['links'];
      const link = fixtures.links[kind];
      expect(link.startsWith(`${FIXTURE_ORIGIN}${TRELLIS_FILE_KINDS[kind].linkPath ?? ''}#`)).toBe(
        true,
      );
      expect(recogniseLink(link)).toMatchObject({ ok: true, kind });
      expect(await LINK_DECODERS[kind](link)).toMatchObject({ ok: true });
    },
  );

  it('tells one story: on the device restored from the backup, each file for it is taken in', async () => {
    const { files } = fixtures;
    await restoreFixtureBackup(files.backup.text);
    const [jordan] = await listProfiles();
    expect(jordan?.displayName).toBe('Jordan Reid');
    const profileId = jordan!.id;

    const observation = await decodeReturnFile(files.observation.text);
    if (!observation.ok) throw new Error(observation.message);
    expect(await previewIncomingObservation(profileId, observation.value)).toEqual({ kind: 'new' });

    const answer = await decodeReviewAnswer(files['review-answer'].text);
    if (!answer.ok) throw new Error(answer.message);
    expect(await receiveReviewAnswer(answer.value)).toMatchObject({
      ok: true,
      value: { replaced: false },
    });

    const report = await decodeReleasedReport(files['review-report'].text);
    if (!report.ok) throw new Error(report.message);
    expect(await storeReleasedReport(report.value)).toMatchObject({ ok: true });

    const verification = await decodeVerification(files.verification.text);
    if (!verification.ok) throw new Error(verification.message);
    expect(await receiveVerification(profileId, verification.value)).toMatchObject({
      ok: true,
      value: { decision: 'confirmed', isRepeat: false },
    });
  });

  it('tells one story: on the coach’s device restored from theirs, each file for them is taken in', async () => {
    const { files, coachBackup } = fixtures;
    expect(coachBackup.name).not.toBe(files.backup.name);
    expect(recogniseText(coachBackup.text)).toEqual({ ok: true, kind: 'backup' });
    await restoreFixtureBackup(coachBackup.text);
    expect(await listProfiles()).toEqual([]);

    expect(await receiveReviewBundle(files['review-bundle'].text)).toMatchObject({
      ok: true,
      value: { added: 2, replaced: 0 },
    });
    const answer = await decodeReviewAnswer(files['review-answer'].text);
    if (!answer.ok) throw new Error(answer.message);
    expect(await receiveAnswerAsCoach(answer.value)).toMatchObject({
      ok: true,
      value: { added: 1 },
    });

    const request = await decodeVerificationRequest(files['verification-request'].text);
    if (!request.ok) throw new Error(request.message);
    const signed = await decideVerificationAsCoach(request.value, {
      decision: 'confirmed',
      comment: '',
    });
    expect(signed.statement.requestId).toBe(request.value.requestId);
  });
});
