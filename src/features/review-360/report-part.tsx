import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewRound } from '@/domain/review-360/review-round';
import { reviewComparisonFor, reviewReportFor } from '@/db/review-rounds';
import { EmptyState } from '@/ui/empty-state';
import { LoadingText } from '@/ui/loading-text';
import { Link } from '@/ui/router';
import { ReviewReportView } from '@/ui/review-report/review-report-view';
import { RoundComparisonView } from '@/ui/review-report/round-comparison-view';
import { roundHref } from '@/features/review-360/review-hrefs';

/**
 * The round's report: with a coach, the one they released; without, the one this device builds
 * from the answers, thresholds applied. An end round adds the comparison with its start round once
 * both have a report. Figures come only from the report model, never from answers here.
 */
export function ReportPart({
  round,
  startRound,
}: {
  round: ReviewRound;
  startRound: ReviewRound | undefined;
}) {
  const loaded = useLiveQuery(async () => {
    const [report, comparison] = await Promise.all([
      reviewReportFor(round.id),
      round.kind === 'end' ? reviewComparisonFor(round.id) : Promise.resolve(undefined),
    ]);
    return { report: report ?? null, comparison: comparison ?? null };
  }, [round.id, round.kind]);

  if (loaded === undefined) return <LoadingText>Loading the report…</LoadingText>;
  const { report, comparison } = loaded;

  return (
    <div className="stack review-report-part">
      {report === null ? (
        <EmptyState title="No report yet">
          {round.coach ? (
            <p>
              {round.coach.name} draws your report from the sealed answers and releases it to you.
              Send {round.coach.name} the answers, then open the report they send back — both are on
              the <Link to={roundHref(round.id, 'answers')}>Answers</Link> tab.
            </p>
          ) : (
            <p>
              The report appears here as answers arrive. Send your raters their links from{' '}
              <Link to={roundHref(round.id, 'invite')}>Ask raters</Link>.
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <p className="muted">
            {round.coach
              ? `The report ${round.coach.name} released to you.`
              : 'Built on this device from the answers received. A group with fewer answers than its number is withheld: only its count is shown.'}
          </p>
          <ReviewReportView report={report} audience="delegate" />
        </>
      )}
      {round.kind === 'end' && (
        <section className="stack" aria-labelledby="review-comparison-heading">
          <h2 id="review-comparison-heading">
            Start and end{startRound ? `: “${startRound.title}” and “${round.title}”` : ''}
          </h2>
          {comparison ? (
            <RoundComparisonView comparison={comparison} />
          ) : (
            <EmptyState title="Nothing to compare yet">
              <p>
                The comparison appears once both rounds have a report
                {startRound ? (
                  <>
                    {' '}
                    (<Link to={roundHref(startRound.id, 'report')}>the start round’s</Link> and this
                    one’s)
                  </>
                ) : null}
                .
              </p>
            </EmptyState>
          )}
        </section>
      )}
    </div>
  );
}
