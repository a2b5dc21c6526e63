import { useEffect, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import { decodeVerification } from '@/domain/coaching/verification';
import { describeStorageFailure } from '@/domain/storage-errors';
import { receiveVerification, type ReceivedVerification } from '@/db/coaching-log';
import { coachingSessionPath, evidenceSetPath } from '@/ui/coaching-links';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link, useHash } from '@/ui/router';
import './coaching-log.css';

type Outcome =
  | { status: 'reading' }
  | { status: 'refused'; message: string }
  | { status: 'taken'; statement: ReceivedVerification };

/** One check per link and page load: React may run an effect twice. */
const receipts = new Map<string, Promise<Outcome>>();

async function take(profileId: string, hash: string): Promise<Outcome> {
  const decoded = await decodeVerification(hash);
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

/**
 * The coach's signed answer opened as a link (`/verified#…`): checked against the request this
 * profile sent and the coach's signing key, then filed with the record. Anything that fails a
 * check is refused in a sentence and changes nothing.
 */
export function VerificationAnswerScreen({ active }: { active: ActiveProgramme }) {
  const hash = useHash();
  const profileId = active.profile.id;
  const [outcome, setOutcome] = useState<Outcome>({ status: 'reading' });
  useEffect(() => {
    const effect = { isCurrent: true };
    const key = `${profileId}${hash}`;
    let receipt = receipts.get(key);
    if (!receipt) {
      receipt = take(profileId, hash);
      receipts.set(key, receipt);
    }
    void receipt.then((result) => {
      if (effect.isCurrent) setOutcome(result);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [hash, profileId]);

  return (
    <div className="coaching-log stack coaching-single">
      <PageHeader title="Your coach’s answer" />
      {outcome.status === 'reading' && (
        <p className="muted" aria-busy="true">
          Checking the coach’s signature…
        </p>
      )}
      {outcome.status === 'refused' && (
        <p className="alert" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome.status === 'taken' && <Taken statement={outcome.statement} />}
      <p>
        <Link to={paths.coachingLog}>Back to coaching</Link>
      </p>
    </div>
  );
}

function Taken({ statement }: { statement: ReceivedVerification }) {
  const on = formatCalendarDate(localCalendarDate(new Date(statement.decidedAt)));
  const to =
    statement.subject.kind === 'session'
      ? coachingSessionPath(statement.subject.id)
      : evidenceSetPath(statement.subject.id);
  return (
    <div className="card stack" role="status">
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
