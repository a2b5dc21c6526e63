import { isRoundClosed, type RaterGroup } from '@/domain/review-360/review-round';
import type { CoachedRound } from '@/domain/review-360/stored';
import { formatDateTime } from '@/domain/text';
import { EmptyState } from '@/ui/empty-state';
import { Link } from '@/ui/router';
import { roundHref } from '@/features/coaching/coaching-links';
import { closingText, groupCounts, ROUND_KIND_LABELS } from '@/features/coaching/coaching-text';

export interface RoundWithCounts {
  round: CoachedRound;
  counts: Record<RaterGroup, number>;
}

/** Every review this coach holds: whose, which, when it closes, answers per group, released or not. */
export function CoachedRoundList({ rounds }: { rounds: readonly RoundWithCounts[] }) {
  const now = new Date();
  return (
    <section className="card" aria-labelledby="coaching-rounds-title">
      <h2 id="coaching-rounds-title">Reviews you coach</h2>
      {rounds.length === 0 ? (
        <EmptyState title="No reviews yet">
          <p>
            Once a delegate who added you as their coach sends you their answers, open the file here
            and their review appears in this list.
          </p>
        </EmptyState>
      ) : (
        <ul className="stacked-list coaching-rounds">
          {rounds.map(({ round, counts }) => (
            <li key={round.id} className="coaching-round">
              <h3>
                <Link to={roundHref(round.id)}>
                  {round.delegateName}: {round.round.title}
                </Link>
              </h3>
              <p className="muted">
                {ROUND_KIND_LABELS[round.round.kind]} ·{' '}
                {closingText(round.round.closesOn, isRoundClosed(round.round, now))}
              </p>
              <ul className="coaching-counts" aria-label="Answers per group">
                {groupCounts(counts).map(({ group, label, count }) => (
                  <li key={group}>
                    {label} <strong>{count}</strong>
                  </li>
                ))}
              </ul>
              <p className="coaching-released" data-released={round.releasedAt !== undefined}>
                {round.releasedAt === undefined
                  ? 'Report not released yet'
                  : `Report released ${formatDateTime(round.releasedAt)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
