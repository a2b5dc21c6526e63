import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewRound } from '@/domain/review-360/review-round';
import { reviewComparisonFor } from '@/db/review-rounds';
import { EmptyState } from '@/ui/empty-state';
import { LoadingText } from '@/ui/loading-text';
import { Link } from '@/ui/router';
import { RoundComparisonView } from '@/ui/review-report/round-comparison-view';
import { roundHref } from '@/features/review-360/review-hrefs';

/**
 * An end round beside its start round, once both have a report: per behaviour, how each group
 * shown in both rounds moved. A tab of its own, not under the report, because both views name a
 * section after every behaviour.
 */
export function ComparePart({
  round,
  startRound,
}: {
  round: ReviewRound;
  startRound: ReviewRound | undefined;
}) {
  const comparison = useLiveQuery(
    async () => (await reviewComparisonFor(round.id)) ?? null,
    [round.id],
  );
  if (comparison === undefined) return <LoadingText>Loading the comparison…</LoadingText>;
  if (comparison === null) {
    return (
      <section aria-labelledby="review360-compare-heading">
        <h2 id="review360-compare-heading" className="visually-hidden">
          Start and end
        </h2>
        <EmptyState title="Nothing to compare yet">
          <p>
            {startRound ? (
              <>
                The comparison appears once both rounds have a report: “{startRound.title}” (
                <Link to={roundHref(startRound.id, 'report')}>its report</Link>) and this one.
              </>
            ) : (
              'The start round this round was compared with has been deleted.'
            )}
          </p>
        </EmptyState>
      </section>
    );
  }
  return (
    <section className="stack" aria-labelledby="review360-compare-heading">
      <h2 id="review360-compare-heading">How each behaviour moved</h2>
      <RoundComparisonView comparison={comparison} />
    </section>
  );
}
