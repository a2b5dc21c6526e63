import { useId, useState } from 'react';
import { enquiryTitle, enquiryWeeksLabel, statusLabel, type RatingStep } from '@/domain/enquiry';
import type { RatingScale } from '@/domain/framework';
import { weekLabel } from '@/domain/programme-weeks';
import { journalEntryPath, journalNewEntryPath } from '@/ui/journal-links';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { levelName } from '@/domain/level-text';
import '@/ui/layout.css';

interface TriedByWeekListProps {
  steps: readonly RatingStep[];
  hasEnquiries: boolean;
  scale: RatingScale;
}

/** The rounds shown before "Show all": enough for the recent story, short on a phone. */
export const LATEST_ROUNDS_SHOWN = 3;

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
  return <TriedSteps steps={steps} scale={scale} />;
}

/**
 * The latest few rounds, with a button that reveals the earlier ones above them: a full
 * programme's journal runs to thousands of pixels on a phone, and the latest rounds matter most.
 * The button stays where it is when pressed, so focus stays on it and the revealed rounds follow
 * it in reading order.
 */
function TriedSteps({ steps, scale }: { steps: readonly RatingStep[]; scale: RatingScale }) {
  const listId = useId();
  const [isShowingAll, setIsShowingAll] = useState(false);
  const hiddenCount = Math.max(0, steps.length - LATEST_ROUNDS_SHOWN);
  const shown = isShowingAll ? steps : steps.slice(hiddenCount);
  return (
    <>
      {hiddenCount > 0 && (
        <p className="tried-show-all">
          <button
            type="button"
            className="button"
            aria-expanded={isShowingAll}
            aria-controls={listId}
            onClick={() => setIsShowingAll((showing) => !showing)}
          >
            {isShowingAll
              ? `Show only the latest ${LATEST_ROUNDS_SHOWN} rounds`
              : `Show all ${steps.length} rounds (${hiddenCount} hidden)`}
          </button>
        </p>
      )}
      <ol className="tried-steps" id={listId}>
        {shown.map((step) => (
          <li key={step.toWeek}>
            <h3>
              {weekLabel(step.fromWeek)} → {weekLabel(step.toWeek)}
              <span className="tried-moved"> · {movedText(step)}</span>
            </h3>
            {step.enquiries.length === 0 ? (
              <p className="muted">Nothing from your journal ran in these weeks.</p>
            ) : (
              <ul className="stacked-list tried-enquiries">
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
    </>
  );
}
