import { useEffect, useRef, useState } from 'react';
import type { Area } from '@/domain/framework';
import { weekLabel } from '@/domain/programme-weeks';
import type { RatingEvent } from '@/domain/rating';
import { confirmUnchangedRatings } from '@/db/ratings';
import { SaveStatus } from '@/ui/save-status';
import { useSaveState } from '@/ui/use-save-state';
import { requestPersistenceOnce } from '@/features/audit/request-persistence-once';
import { inWeek } from '@/features/audit/week-text';

interface AreaConfirmProps {
  profileId: string;
  frameworkId: string;
  area: Area;
  week: number;
  ratedThisWeek: ReadonlyMap<string, RatingEvent>;
  ratedEarlier: ReadonlyMap<string, RatingEvent>;
}

/** What the last confirmation did, kept for the week it was made in. */
interface Confirmed {
  week: number;
  count: number;
  /** "in Week 9", "at Baseline", or null when the skills were last rated in different weeks. */
  when: string | null;
}

/**
 * "Same as Week N" at the end of an area: one tap rates every skill of the area not yet rated
 * this week at the level it had before (one event each, appended in one transaction), so a
 * re-rate only needs taps for what changed. It sits after the cards, where a delegate arrives
 * having re-rated the skills that moved.
 */
export function AreaConfirm({
  profileId,
  frameworkId,
  area,
  week,
  ratedThisWeek,
  ratedEarlier,
}: AreaConfirmProps) {
  const { saveState, track } = useSaveState();
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const unchanged = area.skills.flatMap((skill) => {
    const earlier = ratedEarlier.get(skill.id);
    return earlier && !ratedThisWeek.has(skill.id) ? [earlier] : [];
  });
  const earlierWeeks = [...new Set(unchanged.map((event) => event.week))];
  const onlyWeek = earlierWeeks.length === 1 ? (earlierWeeks[0] ?? null) : null;
  const label = onlyWeek !== null ? `Same as ${weekLabel(onlyWeek)}` : 'Same as last rated';
  const shownConfirmation = confirmed?.week === week ? confirmed : null;
  // The button goes once nothing is left to confirm: the focus moves to what it did, so it is
  // read out and the keyboard carries on from here rather than from the top of the page.
  useEffect(() => {
    if (confirmed) doneRef.current?.focus();
  }, [confirmed]);

  if (week === 0 || (unchanged.length === 0 && shownConfirmation === null)) return null;

  function confirm() {
    void track(async () => {
      const added = await confirmUnchangedRatings({
        profileId,
        frameworkId,
        areaId: area.id,
        week,
      });
      setConfirmed({
        week,
        count: added.length,
        when: onlyWeek === null ? null : inWeek(onlyWeek),
      });
      requestPersistenceOnce();
    });
  }

  const skillsText = (count: number) => (count === 1 ? '1 skill' : `${count} skills`);
  return (
    <div className="area-confirm">
      {unchanged.length > 0 && (
        <>
          <button
            type="button"
            className="button"
            aria-describedby={`area-confirm-${area.id}`}
            disabled={saveState.status === 'saving'}
            onClick={confirm}
          >
            {label}
          </button>
          <p className="area-confirm-hint" id={`area-confirm-${area.id}`}>
            Rates the {skillsText(unchanged.length)} of {area.name} not yet rated for{' '}
            {weekLabel(week)} at {unchanged.length === 1 ? 'its' : 'their'} last level.
          </p>
        </>
      )}
      {shownConfirmation && (
        <p className="area-confirm-done" tabIndex={-1} ref={doneRef}>
          <span aria-hidden="true">✓ </span>
          {shownConfirmation.count === 0
            ? `Every skill in ${area.name} already had a rating for ${weekLabel(week)}.`
            : `${skillsText(shownConfirmation.count)} in ${area.name} rated for ${weekLabel(week)} as ${
                shownConfirmation.count === 1 ? 'it was' : 'they were'
              } ${shownConfirmation.when ?? 'when last rated'}.`}
        </p>
      )}
      <SaveStatus
        state={saveState.status === 'failed' ? saveState : { status: 'idle' }}
        className="area-confirm-status"
      />
    </div>
  );
}
