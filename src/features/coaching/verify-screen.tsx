import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import {
  decodeVerificationRequest,
  MAX_VERIFICATION_COMMENT,
  MAX_VERIFICATION_REQUEST_BYTES,
  verificationFileName,
  verificationFileText,
  verificationLink,
  type VerificationDecision,
  type VerificationRequest,
} from '@/domain/coaching/verification';
import type { Decoded } from '@/domain/observation-exchange';
import { shortKeyFingerprint } from '@/domain/review-360/review-crypto';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { decideVerificationAsCoach, ensureCoachSigningKey, getCoachKeys } from '@/db/coaching';
import { FirstFileOnly } from '@/ui/first-file-only';
import { paths } from '@/ui/paths';
import { readFileText } from '@/ui/read-file-text';
import { useLinkOrFiles, type LinkOrFiles } from '@/ui/use-link-or-files';
import { WorkspaceFrame } from '@/ui/workspace-frame';
import { ShareLinkPanel, type ShareableFile } from '@/ui/share-link-panel';
import { VerifiableContentView } from '@/ui/verifiable-content-view';
import { CoachSetUp } from '@/features/coaching/coach-set-up';
import './coaching.css';

type Answer = {
  link: string;
  file: ShareableFile;
  decision: VerificationDecision;
};

/** One decode per link and page load: React may run an effect twice. */
const decodes = new Map<string, Promise<Decoded<VerificationRequest>>>();

function decodeOnce(hash: string): Promise<Decoded<VerificationRequest>> {
  let decoded = decodes.get(hash);
  if (!decoded) {
    decoded = decodeVerificationRequest(hash);
    decodes.set(hash, decoded);
  }
  return decoded;
}

const KINDS: readonly TrellisFileKind[] = ['verification-request'];

/** The request in the link, or in the first file handed over (one request is answered at a time). */
async function readRequest(opened: LinkOrFiles): Promise<Decoded<VerificationRequest>> {
  if (opened.from !== 'files') return decodeOnce(opened.from === 'link' ? opened.hash : '');
  const [file] = opened.files;
  if (!file) return { ok: false, message: 'No file was opened.' };
  const read = await readFileText(file, MAX_VERIFICATION_REQUEST_BYTES, 'request file');
  return read.ok ? decodeVerificationRequest(read.text) : read;
}

/**
 * A delegate's verification request opened on the coach's own device (`/verify#…`, or its file
 * handed over by "Open a Trellis file"), with no profile and no network: exactly what the coach
 * is asked to confirm, then "Confirm" with an optional comment or "Decline" with a reason. The answer is signed with this device's key and
 * goes back as a link, QR code, file or share sheet; nothing of the delegate's is kept here.
 */
export function VerifyScreen() {
  const opened = useLinkOrFiles(KINDS);
  return (
    <WorkspaceFrame title="Coaching workspace" home={paths.coaching} mainClassName="coaching-main">
      {opened.from === 'files' && (
        <FirstFileOnly files={opened.files} className="coaching-verify" />
      )}
      <VerifyRequest key={opened.key} opened={opened} />
    </WorkspaceFrame>
  );
}

function VerifyRequest({ opened }: { opened: LinkOrFiles }) {
  const [request, setRequest] = useState<Decoded<VerificationRequest> | null>(null);
  const keys = useLiveQuery(() => getCoachKeys().then((found) => found ?? null), []);
  // Fixed for this component's life: it is keyed by what it opened.
  const [source] = useState(opened);
  useEffect(() => {
    if (source.from === 'waiting') return;
    const effect = { isCurrent: true };
    void readRequest(source).then((decoded) => {
      if (effect.isCurrent) setRequest(decoded);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [source]);
  // A coach set up before verifications gets their signing key the first time one arrives.
  useEffect(() => {
    if (keys && !keys.signing) void ensureCoachSigningKey();
  }, [keys]);

  if (request === null || keys === undefined) {
    return (
      <p className="muted" aria-busy="true">
        Opening the request…
      </p>
    );
  }
  if (!request.ok) {
    return (
      <div className="stack coaching-set-up">
        <h1>This request cannot be opened</h1>
        <p className="alert" role="alert">
          {request.message}
        </p>
      </div>
    );
  }
  if (keys === null) {
    return (
      <div className="stack">
        <p className="alert" role="note">
          {request.value.delegateName} asks {request.value.coachName} to verify a record, but this
          device is not set up as a coach. Open this request on the device where you set up as a
          coach; if this is that device, its key may be in a backup you can restore.
        </p>
        <CoachSetUp />
      </div>
    );
  }
  if (keys.signing && keys.signing.keyId !== request.value.signingKeyId) {
    return (
      <div className="stack coaching-set-up">
        <h1>This request is for another key</h1>
        <p className="alert" role="alert">
          {request.value.delegateName} asked {request.value.coachName} to verify, with the key whose
          fingerprint is {shortKeyFingerprint(request.value.signingKeyId)}. This device’s key is{' '}
          {shortKeyFingerprint(keys.signing.keyId)}, so it cannot answer for it. Open the request on
          the device where {request.value.coachName} set up as a coach.
        </p>
      </div>
    );
  }
  return <Decide request={request.value} />;
}

function Decide({ request }: { request: VerificationRequest }) {
  const id = useId();
  const [decision, setDecision] = useState<VerificationDecision>('confirmed');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const asked = formatCalendarDate(localCalendarDate(new Date(request.requestedAt)));

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setProblem(null);
    if (decision === 'declined' && comment.trim() === '') {
      setProblem('Say why you are declining, so the delegate knows what to change.');
      return;
    }
    setIsWorking(true);
    try {
      const signed = await decideVerificationAsCoach(
        request,
        decision === 'confirmed' ? { decision, comment } : { decision, reason: comment },
      );
      const [link, text] = await Promise.all([
        verificationLink(window.location.origin, signed),
        verificationFileText(signed),
      ]);
      setAnswer({ link, file: { name: verificationFileName(signed), text }, decision });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The answer could not be signed.');
    } finally {
      setIsWorking(false);
    }
  }

  if (answer) {
    return (
      <div className="stack coaching-verify">
        <h1>
          {answer.decision === 'confirmed' ? 'You verified it' : 'You declined'}: send your answer
          back
        </h1>
        <ShareLinkPanel
          title={`Send your answer to ${request.delegateName}`}
          intro={`Your answer is signed with your key on this device. ${request.delegateName} opens the link or the file in Trellis, which checks your signature before it shows “Verified by ${request.coachName}”.`}
          link={answer.link}
          file={answer.file}
          shareTitle={`Your coaching record: ${answer.decision === 'confirmed' ? 'verified' : 'declined'}`}
          linkLabel="Answer link"
        />
        <p className="muted">Nothing of {request.delegateName}’s record is kept on this device.</p>
      </div>
    );
  }

  return (
    <div className="stack coaching-verify">
      <header className="page-header">
        <h1>{request.delegateName} asks you to verify a record</h1>
        <p>
          Asked on {asked}. Check that this is a true record; your answer is signed with your key,
          so {request.delegateName} can show it but no one can make one in your name.
        </p>
      </header>
      <section className="card">
        <VerifiableContentView content={request.content} headingLevel={2} />
      </section>
      <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="coaching-decision">
          <legend>Your answer</legend>
          <label className="coaching-decision-choice">
            <input
              type="radio"
              name={`${id}-decision`}
              checked={decision === 'confirmed'}
              onChange={() => setDecision('confirmed')}
            />
            Confirm: this is a true record
          </label>
          <label className="coaching-decision-choice">
            <input
              type="radio"
              name={`${id}-decision`}
              checked={decision === 'declined'}
              onChange={() => setDecision('declined')}
            />
            Decline: something here is not right
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-comment`}>
            {decision === 'confirmed' ? 'A comment (optional)' : 'Why you are declining'}
          </label>
          <textarea
            id={`${id}-comment`}
            rows={3}
            maxLength={MAX_VERIFICATION_COMMENT}
            value={comment}
            aria-invalid={problem !== null}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
        {problem && (
          <p className="alert" role="alert">
            {problem}
          </p>
        )}
        <p>
          <button type="submit" className="button button-primary" disabled={isWorking}>
            {isWorking
              ? 'Signing…'
              : decision === 'confirmed'
                ? 'Confirm and sign'
                : 'Decline and sign'}
          </button>
        </p>
      </form>
    </div>
  );
}
