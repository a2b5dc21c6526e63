import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewRound } from '@/domain/review-360/review-round';
import { reviewReportFor } from '@/db/review-rounds';
import { EmptyState } from '@/ui/empty-state';
import { LoadingText } from '@/ui/loading-text';
import { Link } from '@/ui/router';
import { ReviewReportView } from '@/ui/review-report/review-report-view';
import { roundHref } from '@/features/review-360/review-hrefs';

/**
 * The round's report: with a coach, the one they released; without, the one this device builds
 * from the answers, thresholds applied. Figures come only from the report model, never from
 * answers here.
 */
export function ReportPart({ round }: { round: ReviewRound }) {
  const report = useLiveQuery(async () => (await reviewReportFor(round.id)) ?? null, [round.id]);

  if (report === undefined) return <LoadingText>Loading the report…</LoadingText>;
  if (report === null) {
    return (
      <section aria-labelledby="review360-report-heading">
        <h2 id="review360-report-heading" className="visually-hidden">
          Report
        </h2>
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
      </section>
    );
  }
  return (
    <div className="stack review360-report-part">
      <p className="muted">
        {round.coach
          ? `The report ${round.coach.name} released to you.`
          : 'Built on this device from the answers received.'}
        {round.kind === 'end' && (
          <>
            {' '}
            <Link to={roundHref(round.id, 'compare')}>See it beside the start round</Link>.
          </>
        )}
      </p>
      <ReviewReportView report={report} audience="delegate" />
    </div>
  );
}
