import { useState } from 'react';
import type { CoachIdentity } from '@/domain/review-360/review-round';
import { removeReviewCoach } from '@/db/review-rounds';
import { shortFingerprint } from '@/features/review-360/review-text';

interface CoachCardProps {
  profileId: string;
  coach: CoachIdentity | null;
}

/** How to add a coach: the coach's own device makes the link (Trellis's Coaching screen). */
export function HowToAddCoach() {
  return (
    <p className="muted">
      To add a coach, ask them to open Trellis on their own device, choose “Set up as a coach” on
      its Coaching screen, and send you their “Add me as your coach” link. Open that link here,
      before you set up the round.
    </p>
  );
}

/** Whom new rounds' answers are sealed to, or that there is no coach and what that means. */
export function CoachCard({ profileId, coach }: CoachCardProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove() {
    setProblem(null);
    try {
      await removeReviewCoach(profileId);
      setIsConfirming(false);
    } catch {
      setProblem('The coach could not be removed. Please try again.');
    }
  }

  return (
    <section className="card stack review360-coach" aria-labelledby="review-coach-heading">
      <h2 id="review-coach-heading">Your coach</h2>
      {coach ? (
        <>
          <p>
            Answers will be encrypted to <strong>{coach.name}</strong>{' '}
            <span className="muted">(key {shortFingerprint(coach.keyId)})</span>. Only {coach.name}{' '}
            can read raters’ answers; you see the report {coach.name} releases to you. This applies
            to rounds you set up from now on.
          </p>
          {isConfirming ? (
            <div className="stack" role="alert">
              <p>
                Remove {coach.name}? Rounds already set up keep {coach.name}; new rounds send their
                answers to this device instead.
              </p>
              <div className="cluster">
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => void remove()}
                >
                  Yes, remove {coach.name}
                </button>
                <button type="button" className="button" onClick={() => setIsConfirming(false)}>
                  Keep {coach.name}
                </button>
              </div>
            </div>
          ) : (
            <p>
              <button type="button" className="button" onClick={() => setIsConfirming(true)}>
                Remove coach
              </button>
            </p>
          )}
        </>
      ) : (
        <>
          <p>
            No coach added: answers come to this device and only the report is shown — never one
            person’s answers.
          </p>
          <HowToAddCoach />
        </>
      )}
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
