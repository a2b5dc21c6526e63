import { useEffect, useState } from 'react';
import { coachIdentityOf } from '@/db/coaching';
import { coachFileName, coachFileText, coachLink } from '@/domain/review-360/review-exchange';
import type { CoachKeys } from '@/domain/review-360/stored';
import { ShareLinkPanel } from '@/ui/share-link-panel';

/**
 * "Add me as your coach": the coach's link (name and public key only) as a QR code, a copy, the
 * share sheet and a file, which "Open a Trellis file" takes on the delegate's device. Made again
 * when the name changes.
 */
export function CoachLinkCard({ coach }: { coach: CoachKeys }) {
  const [made, setMade] = useState<{ rev: number; link: string; fileText: string } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const effect = { isCurrent: true };
    const identity = coachIdentityOf(coach);
    Promise.all([coachLink(window.location.origin, identity), coachFileText(identity)]).then(
      ([link, fileText]) => {
        if (effect.isCurrent) setMade({ rev: coach.rev, link, fileText });
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
      intro={`Send this link, or the file, to each delegate you coach. When they open it in Trellis, the 360° reviews they start from then on encrypt raters’ answers to you. They see your key’s fingerprint as they add you: check together that it matches the one under “Your coach’s key”.`}
      link={made.link}
      file={{ name: coachFileName(), text: made.fileText }}
      shareTitle={`Add ${coach.name} as your coach`}
      linkLabel="Your coach link"
    />
  );
}
