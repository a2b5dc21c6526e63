import { useEffect, useState } from 'react';
import { coachIdentityOf } from '@/db/coaching';
import { coachLink } from '@/domain/review-360/review-exchange';
import type { CoachKeys } from '@/domain/review-360/stored';
import { ShareLinkPanel } from '@/ui/share-link-panel';

/**
 * "Add me as your coach": the coach's link (name and public key only) as a QR code, a copy and
 * the share sheet. Made again when the name changes.
 */
export function CoachLinkCard({ coach }: { coach: CoachKeys }) {
  const [made, setMade] = useState<{ rev: number; link: string } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const effect = { isCurrent: true };
    coachLink(window.location.origin, coachIdentityOf(coach)).then(
      (link) => {
        if (effect.isCurrent) setMade({ rev: coach.rev, link });
      },
      () => {
        if (effect.isCurrent) setFailed(true);
      },
    );
    return () => {
      effect.isCurrent = false;
    };
  }, [coach]);

  if (failed) {
    return (
      <p className="alert" role="alert">
        Your coach link could not be made in this browser. Reload Trellis and try again.
      </p>
    );
  }
  if (made?.rev !== coach.rev) {
    return (
      <section className="card" aria-busy="true">
        <h2>Add me as your coach</h2>
        <p>Making your link…</p>
      </section>
    );
  }
  return (
    <ShareLinkPanel
      title="Add me as your coach"
      intro={`Send this link to each delegate you coach. When they open it in Trellis, the 360° reviews they start from then on encrypt raters’ answers to you. They see your key’s fingerprint as they add you: check together that it matches the one under “Your coach’s key”.`}
      link={made.link}
      shareTitle={`Add ${coach.name} as your coach`}
      linkLabel="Your coach link"
    />
  );
}
