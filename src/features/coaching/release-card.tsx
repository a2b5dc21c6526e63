import { useEffect, useRef, useState } from 'react';
import { releaseReport } from '@/db/coaching';
import type { CoachedRound } from '@/domain/review-360/stored';
import { formatDateTime } from '@/domain/text';
import { ShareLinkPanel } from '@/ui/share-link-panel';

type ReleaseState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'released'; link: string; fileText: string; fileName: string }
  | { status: 'failed'; message: string };

/**
 * "Release the report to <delegate>": the report as the coach sees it, never an answer, as a
 * link, QR code, file or share sheet. Made on the click and not kept: releasing again sends the
 * report as it is then.
 */
export function ReleaseCard({ round }: { round: CoachedRound }) {
  const [state, setState] = useState<ReleaseState>({ status: 'idle' });
  const delegate = round.delegateName;
  const panel = useRef<HTMLDivElement>(null);
  const isReleased = state.status === 'released';

  // The link appears below the card: bring it into view, as the next thing to do is send it.
  useEffect(() => {
    if (isReleased) panel.current?.scrollIntoView({ block: 'start' });
  }, [isReleased]);

  async function release() {
    setState({ status: 'working' });
    try {
      const released = await releaseReport(round.id, window.location.origin);
      setState({ status: 'released', ...released });
    } catch (error) {
      setState({
        status: 'failed',
        message: error instanceof Error ? error.message : 'The report could not be released.',
      });
    }
  }

  return (
    <>
      <section className="card stack coaching-release" aria-labelledby="coaching-release-title">
        <div>
          <h2 id="coaching-release-title">Release the report to {delegate}</h2>
          <p>
            {delegate} sees the report as it is shown here. Groups below their threshold stay
            withheld, with only their number of answers shown; comments are shuffled and never say
            who wrote them. No rater’s own answer leaves this device.
          </p>
          {round.releasedAt !== undefined && (
            <p className="muted">
              You released it on {formatDateTime(round.releasedAt)}. Releasing again sends the
              report as it is now.
            </p>
          )}
        </div>
        <div>
          <button
            type="button"
            className={isReleased ? 'button' : 'button button-primary'}
            disabled={state.status === 'working'}
            onClick={() => void release()}
          >
            {state.status === 'working' ? 'Releasing…' : `Release the report to ${delegate}`}
          </button>
        </div>
        <p role="status" className="coaching-status">
          {isReleased && `Released. Send ${delegate} the link or the file below.`}
        </p>
        {state.status === 'failed' && (
          <p className="alert" role="alert">
            {state.message}
          </p>
        )}
      </section>
      {state.status === 'released' && (
        <div ref={panel} className="coaching-release-panel">
          <ShareLinkPanel
            title={`The report for ${delegate}`}
            intro={`Send ${delegate} this link, or the file if the link is too long for a message. Opening it in Trellis adds the report to their 360° review.`}
            link={state.link}
            file={{ name: state.fileName, text: state.fileText }}
            shareTitle={`Your 360° report: ${round.round.title}`}
            linkLabel="Link to the report"
            whyLong="a report carries every statement and comment"
          />
        </div>
      )}
    </>
  );
}
