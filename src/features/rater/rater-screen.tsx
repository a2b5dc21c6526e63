import { useEffect, useState } from 'react';
import { formatCalendarDate } from '@/domain/calendar-date';
import {
  decodeReviewRequest,
  MAX_REVIEW_REQUEST_BYTES,
  raterInvitation,
  requestPrivacyLines,
  requestWorkload,
} from '@/domain/review-360/review-exchange';
import { allStatements, isRoundClosed, type ReviewRequest } from '@/domain/review-360/review-round';
import type { OutgoingReviewAnswer } from '@/domain/review-360/stored';
import { formatDateTime, plural } from '@/domain/text';
import {
  getOutgoingReviewAnswer,
  markReviewAnswerSent,
  openOutgoingReviewAnswer,
  saveRaterDraft,
} from '@/db/outgoing-review-answers';
import { NoProfilePage } from '@/ui/no-profile-page';
import { SaveStatus } from '@/ui/save-status';
import { openedText, useLinkOrFiles, type LinkOrFiles } from '@/ui/use-link-or-files';
import { RaterForm } from '@/features/rater/rater-form';
import { statementAnchor } from '@/features/rater/statement-anchor';
import { SendAnswer } from '@/features/rater/send-answer';
import { useRaterAutosave } from '@/features/rater/use-rater-autosave';
import './rater.css';

type Opened =
  | { status: 'opening' }
  | { status: 'refused'; message: string }
  | { status: 'ready'; outgoing: OutgoingReviewAnswer };

/**
 * A rater's phone opening a 360° review request link (`/review#…`), or the request's file with
 * "Open a Trellis file": the form straight away — no account, no profile, no set-up, and offline
 * once Trellis has been opened once (the request is in the link's fragment, the app from the
 * service worker). The answer is kept on this phone (outgoingReviewAnswers) as it is written, and
 * the same request opened again edits it.
 */
export function RaterScreen() {
  const opened = useLinkOrFiles(['review-request']);
  return (
    <NoProfilePage purpose="360° feedback">
      <OpenedRequest key={opened.key} source={opened} />
    </NoProfilePage>
  );
}

/** One request, opened: refused with the reason, or its answer on this phone to edit. */
function OpenedRequest({ source }: { source: LinkOrFiles }) {
  const [opened, setOpened] = useState<Opened>({ status: 'opening' });
  const what = source.from === 'files' ? 'file' : 'link';

  useEffect(() => {
    const effect = { isCurrent: true };
    void (async () => {
      const read = await openedText(source, MAX_REVIEW_REQUEST_BYTES, 'feedback request file');
      if (read === null) return;
      const decoded = read.ok ? await decodeReviewRequest(read.text, new Date()) : read;
      if (!decoded.ok) {
        if (effect.isCurrent) setOpened({ status: 'refused', message: decoded.message });
        return;
      }
      const outgoing = await openOutgoingReviewAnswer(decoded.value);
      if (effect.isCurrent) setOpened({ status: 'ready', outgoing });
    })().catch(() => {
      if (effect.isCurrent) {
        setOpened({
          status: 'refused',
          message: 'This phone could not keep your answer (its storage is not available).',
        });
      }
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [source]);

  if (opened.status === 'opening') return <p aria-busy="true">Opening the request…</p>;
  if (opened.status === 'refused') {
    return (
      <div className="stack">
        <h1>This feedback {what} cannot be opened</h1>
        <p className="alert" role="alert">
          {opened.message}
        </p>
        <p className="muted">
          Nothing was saved on this phone. If you need a new {what}, ask the person who sent you
          this one.
        </p>
      </div>
    );
  }
  return <RaterAnswerEditor initial={opened.outgoing} />;
}

/** Why the answer was not sent yet, shown by the Send button. */
type SendProblem =
  | { kind: 'empty' }
  | { kind: 'unanswered'; count: number; firstId: string }
  | { kind: 'refused'; message: string };

function RaterAnswerEditor({ initial }: { initial: OutgoingReviewAnswer }) {
  const { request } = initial;
  const [showing, setShowing] = useState<OutgoingReviewAnswer | null>(null);
  const [problem, setProblem] = useState<SendProblem | null>(null);
  const {
    draft,
    change,
    errors,
    saveState,
    flush,
    whenWritten,
    sentAt,
    isChangedSinceSent,
    follow,
  } = useRaterAutosave(initial);

  const statements = allStatements(request.behaviours);
  const unanswered = statements.filter((statement) => draft.ratings[statement.id] === undefined);
  const answeredCount = statements.length - unanswered.length;

  /** Writes what is typed now, then marks it ready to send and shows it as a link. */
  async function send() {
    flush();
    // Let the flushed save land before the answer is taken from the stored row.
    await whenWritten();
    const now = new Date();
    if (isRoundClosed(request, now)) {
      setProblem({
        kind: 'refused',
        message: `This review closed on ${formatCalendarDate(request.closesOn)}, so it no longer takes answers.`,
      });
      return;
    }
    try {
      follow(await saveRaterDraft(initial.id, draft, now));
      const sent = await markReviewAnswerSent(initial.id, now);
      follow(sent);
      setProblem(null);
      setShowing(sent);
    } catch {
      setProblem({
        kind: 'refused',
        message: 'Your answer could not be saved on this phone, so it was not sent. Try again.',
      });
    }
  }

  function askToSend() {
    const hasComment = draft.doWell.trim() !== '' || draft.moreEffective.trim() !== '';
    if (answeredCount === 0 && !hasComment) {
      setProblem({ kind: 'empty' });
      return;
    }
    const [first] = unanswered;
    if (first) {
      setProblem({ kind: 'unanswered', count: unanswered.length, firstId: first.id });
      return;
    }
    void send();
  }

  async function showAgain() {
    flush();
    await whenWritten();
    const stored = await getOutgoingReviewAnswer(initial.id);
    if (stored?.sentAt !== undefined) setShowing(stored);
    else askToSend();
  }

  if (showing) {
    return (
      <SendAnswer
        sent={showing}
        onEdit={() => {
          setShowing(null);
        }}
      />
    );
  }

  return (
    <div className="stack">
      <RequestIntro request={request} />
      {sentAt !== undefined && (
        <div className="rater-notice" role="note">
          <p>
            Your answer was ready to send on {formatDateTime(sentAt)}. If you change anything, send
            it again: the new answer replaces the earlier one.
          </p>
          <button type="button" className="button" onClick={() => void showAgain()}>
            Show my answer to send
          </button>
        </div>
      )}
      {isChangedSinceSent && (
        <p className="rater-notice" role="note">
          You have changed your answer since you sent it. Send it again to replace the earlier one.
        </p>
      )}
      <RaterForm
        request={request}
        draft={draft}
        onChange={(changes, options) => {
          setProblem(null);
          change(changes, options);
        }}
        errors={errors}
        onLeaveField={flush}
      />
      <div className="rater-progress">
        <p>
          <strong>
            {answeredCount.toString()} of {statements.length.toString()}
          </strong>{' '}
          answered
        </p>
        <SaveStatus state={saveState} />
      </div>
      <section className="rater-send stack" aria-labelledby="rater-send-heading">
        <h2 id="rater-send-heading">Send your answer</h2>
        <p className="muted">
          When you are done, Trellis gives you your answer as a link, a QR code or a file to send to{' '}
          {request.coach
            ? `${request.delegateName} or ${request.coach.name}`
            : request.delegateName}
          .
        </p>
        <button type="button" className="button button-primary" onClick={askToSend}>
          Send my answer
        </button>
        {problem && (
          <SendProblemNote
            problem={problem}
            onSendAnyway={() => void send()}
            onAnswerFirst={(statementId) => goToStatement(statementId)}
          />
        )}
      </section>
    </div>
  );
}

/** Scrolls to a statement and puts focus on its first level, so a keyboard or reader follows. */
function goToStatement(statementId: string) {
  const target = document.getElementById(statementAnchor(statementId));
  target?.scrollIntoView({ block: 'center' });
  target?.querySelector('input')?.focus({ preventScroll: true });
}

function SendProblemNote({
  problem,
  onSendAnyway,
  onAnswerFirst,
}: {
  problem: SendProblem;
  onSendAnyway: () => void;
  onAnswerFirst: (statementId: string) => void;
}) {
  if (problem.kind === 'empty') {
    return (
      <p className="alert" role="alert">
        Rate at least one statement, or write a comment, before sending.
      </p>
    );
  }
  if (problem.kind === 'refused') {
    return (
      <p className="alert" role="alert">
        {problem.message}
      </p>
    );
  }
  return (
    <div className="rater-notice" role="alert">
      <p>
        {plural(problem.count, 'statement has', 'statements have')} no answer yet. If you send now,{' '}
        {problem.count === 1 ? 'it counts' : 'they count'} as “Not seen” and{' '}
        {problem.count === 1 ? 'is' : 'are'} left out of every average.
      </p>
      <div className="cluster">
        <button type="button" className="button" onClick={() => onAnswerFirst(problem.firstId)}>
          Answer {problem.count === 1 ? 'it' : 'them'} first
        </button>
        <button type="button" className="button button-primary" onClick={onSendAnyway}>
          Send anyway
        </button>
      </div>
    </div>
  );
}

function RequestIntro({ request }: { request: ReviewRequest }) {
  const workload = requestWorkload(request);
  const levels = request.scale.levels.length;
  return (
    <>
      <header className="page-header">
        <h1>Feedback for {request.delegateName}</h1>
        <p>{raterInvitation(request)}</p>
      </header>
      <section className="card rater-intro" aria-labelledby="rater-intro-heading">
        <h2 id="rater-intro-heading">Before you start</h2>
        <ul>
          <li>
            You will rate {plural(workload.statements, 'statement', 'statements')} in{' '}
            {plural(workload.behaviours, 'behaviour', 'behaviours')}, each on a {levels.toString()}
            -point scale or “Not seen”, and may add two comments: about{' '}
            {plural(workload.minutes, 'minute', 'minutes')}.
          </li>
          <li>
            Please answer by <strong>{formatCalendarDate(request.closesOn)}</strong>.
          </li>
          <li>
            Your answer is saved on this phone as you go, even with no signal; nothing leaves it
            until you send it.
          </li>
        </ul>
        <h3>Who sees your answers</h3>
        <ul>
          {requestPrivacyLines(request).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
