import { useEffect, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import { decodeVerification, MAX_VERIFICATION_BYTES } from '@/domain/coaching/verification';
import { describeStorageFailure } from '@/domain/storage-errors';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { receiveVerification, type ReceivedVerification } from '@/db/coaching-log';
import { coachingSessionPath, evidenceSetPath } from '@/ui/coaching-links';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { readFileText } from '@/ui/read-file-text';
import { Link } from '@/ui/router';
import { useLinkOrFiles, type LinkOrFiles } from '@/ui/use-link-or-files';
import './coaching-log.css';

/** What one link or file did; `fileName` only when several files came together. */
type Outcome = (
  { status: 'refused'; message: string } | { status: 'taken'; statement: ReceivedVerification }
) & { fileName?: string };

const KINDS: readonly TrellisFileKind[] = ['verification'];

/** One check per link (or set of files) and page load: React may run an effect twice. */
const linkReceipts = new Map<string, Promise<Outcome[]>>();
const fileReceipts = new WeakMap<readonly File[], Promise<Outcome[]>>();

async function take(profileId: string, linkOrFileText: string): Promise<Outcome> {
  const decoded = await decodeVerification(linkOrFileText);
  if (!decoded.ok) return { status: 'refused', message: decoded.message };
  try {
    const received = await receiveVerification(profileId, decoded.value);
    return received.ok
      ? { status: 'taken', statement: received.value }
      : { status: 'refused', message: received.message };
  } catch (error) {
    return {
      status: 'refused',
      message: describeStorageFailure(error) ?? 'The answer could not be stored. Please try again.',
    };
  }
}

/** Each file as if opened with the record's "The answer file": size checked, then taken. */
async function takeFiles(profileId: string, files: readonly File[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const file of files) {
    const read = await readFileText(file, MAX_VERIFICATION_BYTES, 'answer file');
    const outcome: Outcome = read.ok
      ? await take(profileId, read.text)
      : { status: 'refused', message: read.message };
    outcomes.push(files.length > 1 ? { ...outcome, fileName: file.name } : outcome);
  }
  return outcomes;
}

function takeOnce(profileId: string, opened: LinkOrFiles): Promise<Outcome[]> {
  if (opened.from === 'files') {
    let receipt = fileReceipts.get(opened.files);
    if (!receipt) {
      receipt = takeFiles(profileId, opened.files);
      fileReceipts.set(opened.files, receipt);
    }
    return receipt;
  }
  const hash = opened.from === 'link' ? opened.hash : '';
  const key = `${profileId}${hash}`;
  let receipt = linkReceipts.get(key);
  if (!receipt) {
    receipt = take(profileId, hash).then((outcome) => [outcome]);
    linkReceipts.set(key, receipt);
  }
  return receipt;
}

/**
 * The coach's signed answer opened as a link (`/verified#…`), or as answer files handed over by
 * "Open a Trellis file": checked against the request this profile sent and the coach's signing
 * key, then filed with the record. Anything that fails a check is refused in a sentence and
 * changes nothing.
 */
export function VerificationAnswerScreen({ active }: { active: ActiveProgramme }) {
  const opened = useLinkOrFiles(KINDS);
  return (
    <div className="coaching-log stack coaching-single">
      <PageHeader title="Your coach’s answer" />
      <Outcomes key={opened.key} profileId={active.profile.id} opened={opened} />
      <p>
        <Link to={paths.coachingLog}>Back to coaching</Link>
      </p>
    </div>
  );
}

function Outcomes({ profileId, opened }: { profileId: string; opened: LinkOrFiles }) {
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  // Fixed for this component's life: it is keyed by what it opened.
  const [source] = useState(opened);
  useEffect(() => {
    if (source.from === 'waiting') return;
    const effect = { isCurrent: true };
    void takeOnce(profileId, source).then((result) => {
      if (effect.isCurrent) setOutcomes(result);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [source, profileId]);

  if (outcomes === null) {
    return (
      <p className="muted" aria-busy="true">
        Checking the coach’s signature…
      </p>
    );
  }
  return outcomes.map((outcome, index) =>
    outcome.status === 'refused' ? (
      <p key={index} className="alert" role="alert">
        {outcome.fileName !== undefined && <strong>{outcome.fileName}: </strong>}
        {outcome.message}
      </p>
    ) : (
      <Taken key={index} statement={outcome.statement} fileName={outcome.fileName} />
    ),
  );
}

function Taken({
  statement,
  fileName,
}: {
  statement: ReceivedVerification;
  fileName: string | undefined;
}) {
  const on = formatCalendarDate(localCalendarDate(new Date(statement.decidedAt)));
  const to =
    statement.subject.kind === 'session'
      ? coachingSessionPath(statement.subject.id)
      : evidenceSetPath(statement.subject.id);
  return (
    <div className="card stack" role="status">
      {fileName !== undefined && (
        <p>
          <strong>{fileName}</strong>
        </p>
      )}
      {statement.decision === 'confirmed' ? (
        <p className="verification-headline">
          <span aria-hidden="true">✓ </span>Verified by {statement.coachName} on {on}
          {statement.isRepeat ? ' (you already had this answer)' : ''}
        </p>
      ) : (
        <p>
          {statement.coachName} declined on {on}: “{statement.comment}”
        </p>
      )}
      {statement.decision === 'confirmed' && statement.comment !== '' && (
        <p>
          {statement.coachName} wrote: “{statement.comment}”
        </p>
      )}
      <p>
        <Link to={to} className="button">
          Open the record
        </Link>
      </p>
    </div>
  );
}
