import { useId, useState } from 'react';
import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import type { StoredVerification } from '@/domain/coaching/stored-verification';
import type { VerifiableContent, VerificationSubject } from '@/domain/coaching/verifiable-content';
import {
  decodeVerification,
  MAX_VERIFICATION_BYTES,
  verificationRequestFileName,
  verificationRequestFileText,
  verificationRequestLink,
  type VerificationRequest,
} from '@/domain/coaching/verification';
import type { Profile } from '@/domain/profile';
import type { CoachIdentity } from '@/domain/review-360/review-round';
import { describeStorageFailure } from '@/domain/storage-errors';
import {
  NO_COACH_MESSAGE,
  noSigningKeyMessage,
  receiveVerification,
  requestVerification,
} from '@/db/coaching-log';
import { LinkOrFile } from '@/ui/link-or-file';
import { ShareLinkPanel, type ShareableFile } from '@/ui/share-link-panel';
import { VerifiableContentView } from '@/ui/verifiable-content-view';
import { useSubjectVerification } from '@/features/coaching-log/use-subject-verification';

interface VerificationPanelProps {
  profile: Profile;
  subject: VerificationSubject;
  content: VerifiableContent;
  rows: readonly StoredVerification[];
  coach: CoachIdentity | undefined;
  /** "this session", "this evidence set". */
  what: string;
}

type Sending = { link: string; file: ShareableFile; coachName: string };

function dayOf(instant: string): string {
  return formatCalendarDate(localCalendarDate(new Date(instant)));
}

async function sendingFor(request: VerificationRequest): Promise<Sending> {
  const [link, text] = await Promise.all([
    verificationRequestLink(window.location.origin, request),
    verificationRequestFileText(request),
  ]);
  return {
    link,
    file: { name: verificationRequestFileName(request), text },
    coachName: request.coachName,
  };
}

/**
 * The coach's verification of one record: where it stands ("Verified by … on …", "changed since it
 * was verified" with what changed, declined with the coach's reason, waiting), asking for it (the
 * content exactly as the coach will see it, then a link, QR code, file or share sheet), and taking
 * in the coach's answer when it comes back as a file or a pasted link.
 */
export function VerificationPanel({
  profile,
  subject,
  content,
  rows,
  coach,
  what,
}: VerificationPanelProps) {
  const headingId = useId();
  const status = useSubjectVerification(rows, subject, content);
  const [isPreviewing, setIsPreviewing] = useState(false);
  const [sending, setSending] = useState<Sending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const cannotAsk = !coach
    ? NO_COACH_MESSAGE
    : !coach.signing
      ? noSigningKeyMessage(coach.name)
      : null;

  async function ask() {
    setProblem(null);
    try {
      const request = await requestVerification({
        profileId: profile.id,
        delegateName: profile.displayName,
        subject,
        content,
        coach,
      });
      setSending(await sendingFor(request));
      setIsPreviewing(false);
    } catch (error) {
      setProblem(
        describeStorageFailure(error) ??
          (error instanceof Error ? error.message : 'The request could not be made.'),
      );
    }
  }

  async function sendAgain(row: StoredVerification) {
    setSending(await sendingFor(row.request));
  }

  const verified = status?.verified;
  const pending = status?.pending;
  return (
    <section className="card stack verification-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Verification by your coach</h2>
      {status === undefined ? (
        <p className="muted" aria-busy="true">
          Checking…
        </p>
      ) : (
        <>
          {verified && (
            <div
              className="verification-status"
              data-state={verified.changes.length > 0 ? 'changed' : 'verified'}
            >
              <p className="verification-headline">
                <span aria-hidden="true">✓ </span>Verified by {verified.statement.coachName} on{' '}
                {dayOf(verified.statement.decidedAt)}
              </p>
              {verified.statement.comment !== '' && (
                <p>
                  {verified.statement.coachName} wrote: “{verified.statement.comment}”
                </p>
              )}
              {verified.changes.length > 0 && (
                <div role="note" className="verification-changes">
                  <p>
                    <strong>Changed since it was verified.</strong> What{' '}
                    {verified.statement.coachName} verified is kept as it was; ask again to have the
                    changes verified.
                  </p>
                  <ul>
                    {verified.changes.map((change, index) => (
                      <li key={`${change.label}-${index.toString()}`}>
                        <strong>
                          {change.label} {change.kind}
                        </strong>
                        {change.before !== undefined && (
                          <span className="verification-before">Was: {change.before}</span>
                        )}
                        {change.after !== undefined && (
                          <span className="verification-after">Now: {change.after}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          )}
          {status.declined && (
            <p className="alert" role="note">
              {status.declined.statement.coachName} declined on{' '}
              {dayOf(status.declined.statement.decidedAt)}: “{status.declined.statement.comment}”
            </p>
          )}
          {pending && (
            <div className="split-row">
              <p>
                Waiting for {pending.coachName} since {dayOf(pending.requestedAt)}.
              </p>
              {!sending && (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void sendAgain(pending.row)}
                >
                  Show the request again
                </button>
              )}
            </div>
          )}
          {!verified && !pending && !status.declined && (
            <p>
              Ask your coach to confirm that {what} is a true record. They see exactly what is shown
              below on their own device, and sign their answer with their key: Trellis checks it, so
              no one else can make one.
            </p>
          )}
        </>
      )}

      {cannotAsk ? (
        <p className="muted" role="note">
          {cannotAsk}
        </p>
      ) : isPreviewing ? (
        <div className="stack verification-preview">
          <p>This is what {coach?.name} will see and sign. Private notes are not part of it.</p>
          <VerifiableContentView content={content} />
          <div className="cluster">
            <button type="button" className="button button-primary" onClick={() => void ask()}>
              Make the request
            </button>
            <button type="button" className="button" onClick={() => setIsPreviewing(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        !sending && (
          <p>
            <button type="button" className="button" onClick={() => setIsPreviewing(true)}>
              Ask {coach?.name} to verify {verified || status?.declined ? 'it again' : 'it'}
            </button>
          </p>
        )
      )}
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      {sending && (
        <>
          <ShareLinkPanel
            title={`Send the request to ${sending.coachName}`}
            intro={`${sending.coachName} opens it in Trellis on their own device — it works offline — and sends back their signed answer as a link or file. Open that here.`}
            link={sending.link}
            file={sending.file}
            shareTitle="Please verify my coaching record"
            linkLabel="Request link"
            whyLong="long notes make it long"
            headingLevel={3}
          />
          <p>
            <button type="button" className="button button-quiet" onClick={() => setSending(null)}>
              Done sending
            </button>
          </p>
        </>
      )}
      <OpenAnswer profileId={profile.id} />
    </section>
  );
}

/** The coach's answer, as a file or a link pasted in (a link tapped opens `/verified` instead). */
function OpenAnswer({ profileId }: { profileId: string }) {
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  async function take(text: string) {
    const decoded = await decodeVerification(text);
    if (!decoded.ok) {
      setOutcome({ ok: false, message: decoded.message });
      return;
    }
    try {
      const received = await receiveVerification(profileId, decoded.value);
      if (!received.ok) {
        setOutcome({ ok: false, message: received.message });
        return;
      }
      const { decision, coachName, isRepeat } = received.value;
      setOutcome({
        ok: true,
        message: isRepeat
          ? `You already had this answer from ${coachName}.`
          : decision === 'confirmed'
            ? `${coachName} verified it.`
            : `${coachName} declined: their reason is shown above.`,
      });
    } catch (error) {
      setOutcome({
        ok: false,
        message:
          describeStorageFailure(error) ?? 'The answer could not be stored. Please try again.',
      });
    }
  }

  return (
    <details className="verification-open-answer">
      <summary>Open your coach’s answer from a file or a copied link</summary>
      <LinkOrFile
        fileLabel="The answer file"
        fileHint="A file ending .trellis-verification.json, from your coach."
        linkLabel="Or paste the link"
        what="answer file"
        maxBytes={MAX_VERIFICATION_BYTES}
        onText={take}
        onTry={() => setOutcome(null)}
      />
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? '' : 'alert'}>
          {outcome.ok ? '✓ ' : ''}
          {outcome.message}
        </p>
      )}
    </details>
  );
}
