import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  coachedAnswersRevision,
  coachedAnswersState,
  coachReport,
  getCoachedRound,
} from '@/db/coaching';
import { formatCalendarDate } from '@/domain/calendar-date';
import { compareRounds, type RoundComparison } from '@/domain/review-360/review-report';
import { isRoundClosed, type ReviewReport } from '@/domain/review-360/review-round';
import { plural } from '@/domain/text';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { ReviewReportView } from '@/ui/review-report/review-report-view';
import { RoundComparisonView } from '@/ui/review-report/round-comparison-view';
import { Link } from '@/ui/router';
import { StatusLine } from '@/ui/status-line';
import { closingText, groupCounts, ROUND_KIND_LABELS } from '@/features/coaching/coaching-text';
import { ReleaseCard } from '@/features/coaching/release-card';

type Drawn =
  | { report: ReviewReport; unreadable: number; comparison: RoundComparison | undefined }
  | { failed: true };

/**
 * The report last drawn for each round in this page's life, with the answers' revision it was
 * drawn from. Coming back to a round shows it at once rather than opening and building it again;
 * the answers themselves are opened once per page too (db/coaching.ts). Memory only.
 */
const lastDrawn = new Map<string, { revision: string; drawn: Drawn }>();

/** The round's report and, for an end round whose start round is here too, the two compared. */
async function draw(roundId: string, startRoundId: string | undefined): Promise<Drawn | undefined> {
  const [end, start] = await Promise.all([
    coachReport(roundId),
    startRoundId === undefined ? undefined : coachReport(startRoundId),
  ]);
  if (!end) return undefined;
  const { unreadable, ...report } = end;
  return { report, unreadable, comparison: start && compareRounds(start, report) };
}

/**
 * One review the coach holds: the report drawn from its sealed answers (opened in memory only),
 * what could not be opened, and releasing it. The report is drawn again whenever an answer is
 * added or replaced; not in the live query itself, as opening answers is Web Crypto.
 */
export function CoachedRoundView({ roundId }: { roundId: string }) {
  const stored = useLiveQuery(async () => {
    const round = await getCoachedRound(roundId);
    if (!round) return { status: 'missing' as const };
    const startId = round.round.comparedWithRoundId;
    const [{ counts, revision: answers }, start, startAnswers] = await Promise.all([
      coachedAnswersState(roundId),
      startId === undefined ? undefined : getCoachedRound(startId),
      startId === undefined ? '' : coachedAnswersRevision(startId),
    ]);
    // The delegate's rounds and their answers, not the stored rows, which releasing changes too.
    const revision = [round.round.rev, answers, start?.round.rev, startAnswers].join('|');
    return { status: 'ready' as const, round, counts, revision };
  }, [roundId]);
  const revision = stored?.status === 'ready' ? stored.revision : undefined;
  const startRoundId =
    stored?.status === 'ready' ? stored.round.round.comparedWithRoundId : undefined;
  // While a changed round is drawn again, the last report stays on screen rather than flickering.
  const [drawn, setDrawn] = useState<Drawn | null>(() => lastDrawn.get(roundId)?.drawn ?? null);

  useEffect(() => {
    if (revision === undefined) return;
    // Drawn from these very answers already, and on screen since the first render.
    if (lastDrawn.get(roundId)?.revision === revision) return;
    const effect = { isCurrent: true };
    draw(roundId, startRoundId).then(
      (result) => {
        if (!result) return;
        lastDrawn.set(roundId, { revision, drawn: result });
        if (effect.isCurrent) setDrawn(result);
      },
      () => {
        if (effect.isCurrent) setDrawn({ failed: true });
      },
    );
    return () => {
      effect.isCurrent = false;
    };
  }, [roundId, startRoundId, revision]);

  const back = (
    <p>
      <Link to={paths.coaching}>← All the reviews you coach</Link>
    </p>
  );
  if (stored === undefined) return <p aria-busy="true">Opening the review…</p>;
  if (stored.status === 'missing') {
    return (
      <div className="stack">
        {back}
        <h1>This review is not on this device</h1>
        <p>
          It may have been opened on another device. Open the delegate’s answers file here first.
        </p>
      </div>
    );
  }

  const { round, counts } = stored;
  const isClosed = isRoundClosed(round.round, new Date());
  const answered = groupCounts(counts).reduce((sum, { count }) => sum + count, 0);
  return (
    <div className="coaching-round-view stack">
      {back}
      <PageHeader title={`${round.delegateName}: ${round.round.title}`}>
        <p>
          {ROUND_KIND_LABELS[round.round.kind]} · {closingText(round.round.closesOn, isClosed)} ·{' '}
          {plural(answered, 'answer', 'answers')} from raters
        </p>
      </PageHeader>
      {!isClosed && (
        <StatusLine tone="neutral" sign="i">
          This review takes answers until {formatCalendarDate(round.round.closesOn)}. More may
          arrive: open the delegate’s next file here to add them.
        </StatusLine>
      )}
      {drawn === null && <p aria-busy="true">Opening the answers…</p>}
      {drawn !== null && 'failed' in drawn && (
        <p className="alert" role="alert">
          The answers could not be opened on this device just now. Reload Trellis and try again.
        </p>
      )}
      {drawn !== null && 'report' in drawn && (
        <>
          {drawn.unreadable > 0 && (
            <StatusLine tone="warning" sign="!">
              {plural(drawn.unreadable, 'answer', 'answers')} could not be opened on this device
              (changed or damaged on the way, or encrypted to another key), so{' '}
              {drawn.unreadable === 1 ? 'it is' : 'they are'} left out of the report. Ask the
              delegate to send their answers file again.
            </StatusLine>
          )}
          <ReviewReportView report={drawn.report} audience="coach" />
          {drawn.comparison && (
            <section className="stack" aria-labelledby="coaching-comparison-title">
              <h2 id="coaching-comparison-title">Start and end compared</h2>
              <RoundComparisonView comparison={drawn.comparison} audience="coach" />
            </section>
          )}
          <ReleaseCard round={round} />
        </>
      )}
    </div>
  );
}
