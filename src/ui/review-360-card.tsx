import { useLiveQuery } from 'dexie-react-hooks';
import { formatCalendarDate } from '@/domain/calendar-date';
import { isRoundClosed } from '@/domain/review-360/review-round';
import { listReviewRounds } from '@/db/review-rounds';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';

/**
 * The way into the 360° review from Progress and Programme: what it is when there is no round
 * yet, and the newest round's state when there is.
 */
export function Review360Card({ profileId }: { profileId: string }) {
  const rounds = useLiveQuery(() => listReviewRounds(profileId), [profileId]);
  const latest = rounds?.[0];
  return (
    <section className="card stack" aria-labelledby="review-360-card-heading">
      <div>
        <h2 id="review-360-card-heading">360° leadership review</h2>
        {rounds === undefined ? (
          <p className="muted">…</p>
        ) : latest ? (
          <p>
            “{latest.title}”{' '}
            {isRoundClosed(latest, new Date())
              ? `closed on ${formatCalendarDate(latest.closesOn)}`
              : `is open until ${formatCalendarDate(latest.closesOn)}`}
            .
          </p>
        ) : (
          <p>
            Ask your line manager, peers and the people you lead how they see your leadership, and
            set it beside how you see yourself — at the start of the programme and again at the end.
          </p>
        )}
      </div>
      <p>
        <Link to={paths.review360} className="button">
          {latest ? 'Open your 360° review' : 'Set up a 360° review'}
        </Link>
      </p>
    </section>
  );
}
