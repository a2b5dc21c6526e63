import { enquiryTitle, enquiryWeeksLabel, statusLabel, type RatingStep } from '@/domain/enquiry';
import type { RatingScale } from '@/domain/framework';
import { weekLabel } from '@/domain/programme-weeks';
import { journalEntryPath, journalNewEntryPath } from '@/ui/journal-links';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { levelName } from '@/features/progress/progress-text';

interface TriedByWeekListProps {
  steps: readonly RatingStep[];
  hasEnquiries: boolean;
  scale: RatingScale;
}

function movedText(step: RatingStep): string {
  const parts = [
    step.rose > 0 ? `${step.rose} ${step.rose === 1 ? 'skill' : 'skills'} rose` : null,
    step.fell > 0 ? `${step.fell} fell` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? 'no rating changed' : parts.join(', ');
}

/**
 * Beside the chart, the journal's side of the story: between each round of ratings and the next,
 * the enquiries that ran and which of the skills they targeted moved. Text, not chart marks, so it
 * reads the same on a phone, with a screen reader and in "Show as table".
 */
export function TriedByWeekList({ steps, hasEnquiries, scale }: TriedByWeekListProps) {
  if (!hasEnquiries) {
    return (
      <p className="muted">
        Nothing in your <Link to={paths.journal}>journal</Link> yet. Note what you try in your
        teaching and it shows here, next to the weeks your ratings moved.{' '}
        <Link to={journalNewEntryPath()}>Write an enquiry</Link>
      </p>
    );
  }
  if (steps.length === 0) {
    return (
      <p className="muted">
        Once you have rated in two different weeks, this shows what you tried in between.
      </p>
    );
  }
  return (
    <ol className="tried-steps">
      {steps.map((step) => (
        <li key={step.toWeek}>
          <h3>
            {weekLabel(step.fromWeek)} → {weekLabel(step.toWeek)}
            <span className="tried-moved"> · {movedText(step)}</span>
          </h3>
          {step.enquiries.length === 0 ? (
            <p className="muted">Nothing from your journal ran in these weeks.</p>
          ) : (
            <ul className="tried-enquiries">
              {step.enquiries.map(({ enquiry, changes }) => (
                <li key={enquiry.id}>
                  <p className="tried-title">
                    <Link to={journalEntryPath(enquiry.id)}>{enquiryTitle(enquiry)}</Link>
                  </p>
                  <p className="tried-meta">
                    {enquiryWeeksLabel(enquiry)} · {statusLabel(enquiry.status)}
                    {enquiry.effective ? ' · Effective' : ''}
                  </p>
                  {changes.length > 0 ? (
                    <ul className="tried-changes">
                      {changes.map((change) => (
                        <li key={change.skillId}>
                          {change.statement}:{' '}
                          <span className="tried-levels">
                            {levelName(scale, change.from)} → {levelName(scale, change.to)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="tried-meta">
                      {enquiry.skillIds.length === 0
                        ? 'No skills chosen for it yet.'
                        : 'The skills it targets kept their rating here.'}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
