import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';

/** Where a coach finds the coaching workspace on a device that also holds their own programme. */
export function CoachingCard() {
  return (
    <section className="card settings-card" aria-labelledby="settings-coaching">
      <h2 id="settings-coaching">Coaching</h2>
      <p>
        If you coach other delegates through a 360° review, their raters’ answers are encrypted to a
        key kept on this device. Set it up, open delegates’ answers and release their reports in the
        coaching workspace.
      </p>
      <p>
        <Link to={paths.coaching} className="button">
          Coaching workspace
        </Link>
      </p>
    </section>
  );
}
