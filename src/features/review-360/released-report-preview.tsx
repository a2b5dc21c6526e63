import { useEffect, useState } from 'react';
import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import { describeStorageFailure } from '@/domain/storage-errors';
import { decodeReleasedReport } from '@/domain/review-360/review-exchange';
import type { ReleasedReport, ReviewRound } from '@/domain/review-360/review-round';
import { findRoundAnywhere, reviewReportFor, storeReleasedReport } from '@/db/review-rounds';
import { Link, navigate } from '@/ui/router';
import { ReviewReportView } from '@/ui/review-report/review-report-view';
import { roundHref } from '@/features/review-360/review-hrefs';

type Preview =
  | { status: 'reading' }
  | { status: 'refused'; message: string }
  | { status: 'ready'; released: ReleasedReport; round: ReviewRound; replaces: boolean }
  | { status: 'kept'; round: ReviewRound };

/** What the text holds, checked against this device's rounds; nothing is written. */
async function previewOf(
  text: string,
  roundId: string | undefined,
  activeProfileId: string,
): Promise<Preview> {
  const decoded = await decodeReleasedReport(text, roundId);
  if (!decoded.ok) return { status: 'refused', message: decoded.message };
  const round = await findRoundAnywhere(decoded.value.report.roundId);
  if (!round) {
    return {
      status: 'refused',
      message:
        'This report is for a review round that is not on this device, so it was not kept. Open it on the device and profile that set up the round.',
    };
  }
  if (round.profileId !== activeProfileId) {
    return {
      status: 'refused',
      message: `This report is for “${round.title}”, a review in another profile on this device. Switch to that profile, then open the report again.`,
    };
  }
  const earlier = round.coach ? await reviewReportFor(round.id) : undefined;
  return { status: 'ready', released: decoded.value, round, replaces: earlier !== undefined };
}

interface ReleasedReportPreviewProps {
  activeProfileId: string;
  /** The link, its fragment, or the file's text. */
  text: string;
  /** Given when opened from a round's page: a report for another round is refused. */
  roundId?: string;
  /** Opened from a link: once kept, the page moves on to the round's report. */
  isPage: boolean;
}

/**
 * The report a coach released, shown before it is kept: for which round, from whom, and the
 * report itself. Nothing is stored until "Keep this report"; a bad, altered or foreign report is
 * refused in a sentence and changes nothing.
 */
export function ReleasedReportPreview({
  activeProfileId,
  text,
  roundId,
  isPage,
}: ReleasedReportPreviewProps) {
  const [preview, setPreview] = useState<Preview>({ status: 'reading' });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const effect = { isCurrent: true };
    void previewOf(text, roundId, activeProfileId).then((next) => {
      if (effect.isCurrent) setPreview(next);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [text, roundId, activeProfileId]);

  async function keep(released: ReleasedReport) {
    setFailure(null);
    try {
      const stored = await storeReleasedReport(released);
      if (!stored.ok) {
        setPreview({ status: 'refused', message: stored.message });
        return;
      }
      setPreview({ status: 'kept', round: stored.value.round });
      if (isPage) navigate(roundHref(stored.value.round.id, 'report'), { replace: true });
    } catch (error) {
      setFailure(
        describeStorageFailure(error) ??
          'The report could not be kept, so nothing was stored. Please try again.',
      );
    }
  }

  if (preview.status === 'reading') {
    return (
      <p className="muted" aria-busy="true">
        Reading the report…
      </p>
    );
  }
  if (preview.status === 'refused') {
    return (
      <p className="alert" role="alert">
        {preview.message}
      </p>
    );
  }
  if (preview.status === 'kept') {
    return (
      <p role="status" className="review360-done">
        ✓ Report kept.{' '}
        <Link to={roundHref(preview.round.id, 'report')}>See it with “{preview.round.title}”</Link>
      </p>
    );
  }

  const { released, round, replaces } = preview;
  return (
    <div className="stack review360-released">
      <div className="card stack">
        <p>
          The report for <strong>“{round.title}”</strong>
          {released.coachName.trim() === '' ? '' : `, released by ${released.coachName}`} on{' '}
          {formatCalendarDate(localCalendarDate(new Date(released.releasedAt)))}.
          {replaces ? ' Keeping it replaces the report you kept before.' : ''}
        </p>
        {failure && (
          <p className="alert" role="alert">
            {failure}
          </p>
        )}
        <div className="cluster">
          <button
            type="button"
            className="button button-primary"
            onClick={() => void keep(released)}
          >
            Keep this report
          </button>
        </div>
      </div>
      <ReviewReportView report={released.report} audience="delegate" />
    </div>
  );
}
