import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';

/** Where a facilitator finds their cohorts on a device that also holds their own programme. */
export function CohortsCard() {
  return (
    <section className="card settings-card" aria-labelledby="settings-cohorts">
      <h2 id="settings-cohorts">Facilitating a cohort</h2>
      <p>
        If you facilitate a cohort, open the progress snapshots your delegates share with you and
        see where the cohort stands in the cohort workspace. It keeps your cohorts on a
        facilitator’s profile of their own.
      </p>
      <p>
        <Link to={paths.cohorts} className="button">
          Cohort workspace
        </Link>
      </p>
    </section>
  );
}
