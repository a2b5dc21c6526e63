import { useEffect, useState } from 'react';
import {
  reviewAnswerFileName,
  reviewAnswerFileText,
  reviewAnswerLink,
} from '@/domain/review-360/review-exchange';
import { sealAnswer, ReviewCryptoError } from '@/domain/review-360/review-crypto';
import type { RaterAnswer, ReviewAnswerPayload } from '@/domain/review-360/review-round';
import type { OutgoingReviewAnswer } from '@/domain/review-360/stored';
import { ShareLinkPanel } from '@/ui/share-link-panel';

type Prepared =
  | { status: 'preparing' }
  | { status: 'ready'; link: string; fileText: string }
  | { status: 'failed'; message: string };

/** The answer as it leaves the phone: sealed to the coach's key when the request names a coach. */
async function answerPayload(sent: OutgoingReviewAnswer, answeredAt: string) {
  const answer: RaterAnswer = {
    roundId: sent.roundId,
    group: sent.group,
    responseId: sent.responseId,
    ratings: sent.draft.ratings,
    doWell: sent.draft.doWell,
    moreEffective: sent.draft.moreEffective,
    answeredAt,
  };
  const { coach } = sent.request;
  const payload: ReviewAnswerPayload = coach
    ? { form: 'sealed', sealed: await sealAnswer(answer, coach.publicKeyJwk) }
    : { form: 'plain', answer };
  return payload;
}

/**
 * The answer, ready to go back: a link, QR code, file and share sheet, and where to send it. It is
 * made afresh each time from the stored draft, with its sending time as its answer time, so showing
 * it again gives the same answer (sealed anew: the ciphertext differs, the answer inside does not).
 */
export function SendAnswer({ sent, onEdit }: { sent: OutgoingReviewAnswer; onEdit: () => void }) {
  const [prepared, setPrepared] = useState<Prepared>({ status: 'preparing' });
  const { delegateName, coach } = sent.request;

  useEffect(() => {
    const effect = { isCurrent: true };
    const answeredAt = sent.sentAt ?? new Date().toISOString();
    void (async () => {
      const payload = await answerPayload(sent, answeredAt);
      const [link, fileText] = await Promise.all([
        reviewAnswerLink(window.location.origin, payload),
        reviewAnswerFileText(payload),
      ]);
      if (effect.isCurrent) setPrepared({ status: 'ready', link, fileText });
    })().catch((error: unknown) => {
      if (!effect.isCurrent) return;
      setPrepared({
        status: 'failed',
        message:
          error instanceof ReviewCryptoError
            ? error.message
            : 'Your answer could not be made ready to send on this phone. Try again, or ask for the request link again.',
      });
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [sent]);

  return (
    <div className="stack">
      <header className="page-header">
        <h1>Send your answer</h1>
        <p>
          Thank you. {whereToSend(delegateName, coach?.name)} It goes device to device — no server
          ever sees it.
        </p>
      </header>
      {prepared.status === 'preparing' && <p aria-busy="true">Preparing your answer…</p>}
      {prepared.status === 'failed' && (
        <p className="alert" role="alert">
          {prepared.message}
        </p>
      )}
      {prepared.status === 'ready' && (
        <ShareLinkPanel
          title="Your answer"
          intro={`Scan the code with ${delegateName}’s phone, share the link in a message, or save the file and send that.`}
          link={prepared.link}
          linkLabel="Your answer as a link"
          whyLong="long comments make it long"
          file={{ name: reviewAnswerFileName(), text: prepared.fileText }}
          shareTitle={`Feedback for ${delegateName}`}
        />
      )}
      <div className="cluster">
        <button type="button" className="button" onClick={onEdit}>
          Change my answer
        </button>
      </div>
      <p className="muted">
        Changed something after sending? Send it again: it replaces your earlier answer, as long as
        the review is open.
      </p>
    </div>
  );
}

function whereToSend(delegateName: string, coachName: string | undefined): string {
  return coachName === undefined
    ? `Send it to ${delegateName}: they open the link (or the file) in Trellis on their device.`
    : `Send it to ${delegateName}, or straight to ${coachName}, their coach. It is encrypted: only ${coachName} can open it, and ${delegateName}’s Trellis only passes it on.`;
}
