import { useEffect, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link, useHash } from '@/ui/router';
import { receiveAnswerText, type ReceivedAnswer } from '@/features/review-360/receive-answer';
import { roundHref } from '@/features/review-360/review-hrefs';
import './review-360.css';

/**
 * One receipt per link and page load: React may run the effect twice, and a second store of the
 * same answer would read as "sent again".
 */
const receipts = new Map<string, Promise<ReceivedAnswer>>();

function receiveOnce(hash: string, profileId: string): Promise<ReceivedAnswer> {
  const key = `${profileId}${hash}`;
  let receipt = receipts.get(key);
  if (!receipt) {
    receipt = receiveAnswerText(hash, profileId);
    receipts.set(key, receipt);
  }
  return receipt;
}

/**
 * A rater's answer link opened on the delegate's device (`/review-answer#…`): the answer is
 * stored with its round at once (its rules are checked in the repository's transaction), and the
 * screen says which group it came from and how many of that group have answered — never who.
 */
export function ReviewAnswerScreen({ active }: { active: ActiveProgramme }) {
  // Another answer link opened in this tab changes only the fragment: read it afresh.
  const hash = useHash();
  return <ReceivedFromLink key={hash} active={active} hash={hash} />;
}

function ReceivedFromLink({ active, hash }: { active: ActiveProgramme; hash: string }) {
  const profileId = active.profile.id;
  const [result, setResult] = useState<ReceivedAnswer | null>(null);

  useEffect(() => {
    if (hash.length <= 1) return;
    const effect = { isCurrent: true };
    void receiveOnce(hash, profileId).then((received) => {
      if (effect.isCurrent) setResult(received);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [hash, profileId]);

  return (
    <div className="review360 stack review360-single">
      <PageHeader title="An answer to your 360° review" />
      {hash.length <= 1 ? (
        <p className="alert" role="alert">
          This link holds no answer. Open the whole link the rater sent you, or add their answer
          file on the 360° review screen.
        </p>
      ) : result === null ? (
        <p className="muted" aria-busy="true">
          Adding the answer…
        </p>
      ) : result.ok ? (
        <p role="status" className="card review360-done">
          ✓ {result.message}
        </p>
      ) : (
        <p className="alert" role="alert">
          {result.message}
        </p>
      )}
      <p className="cluster">
        {result?.ok && result.round.profileId === profileId ? (
          <Link to={roundHref(result.round.id, 'answers')} className="button button-primary">
            See the answers to “{result.round.title}”
          </Link>
        ) : (
          <Link to={paths.review360} className="button">
            Go to your 360° review
          </Link>
        )}
      </p>
    </div>
  );
}
