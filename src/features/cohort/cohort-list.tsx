import { useLiveQuery } from 'dexie-react-hooks';
import { formatCalendarDate } from '@/domain/calendar-date';
import { profileLabel, type Profile } from '@/domain/profile';
import { listCohorts } from '@/db/cohorts';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { NewCohortForm } from '@/features/cohort/new-cohort-form';

/** The facilitator's cohorts, newest programme first, and a form for a new one. */
export function CohortList({ facilitator }: { facilitator: Profile }) {
  const cohorts = useLiveQuery(() => listCohorts(facilitator.id), [facilitator.id]);

  return (
    <div className="stack">
      <PageHeader title="Your cohorts">
        <p className="muted">
          {profileLabel(facilitator)}
          {facilitator.school === '' ? '' : ` · ${facilitator.school}`}
        </p>
      </PageHeader>
      <div className="cohort-columns">
        <section className="card stack" aria-labelledby="cohort-list-heading">
          <h2 id="cohort-list-heading">Cohorts</h2>
          {cohorts === undefined ? (
            <p aria-busy="true">Reading your cohorts…</p>
          ) : cohorts.length === 0 ? (
            <EmptyState title="No cohorts yet">
              <p>Make one with the programme, its dates and the delegates’ names.</p>
            </EmptyState>
          ) : (
            <ul className="cohort-list">
              {cohorts.map((cohort) => (
                <li key={cohort.id}>
                  <Link to={`${paths.cohorts}?cohort=${cohort.id}`} className="cohort-list-link">
                    {cohort.programmeName}
                  </Link>
                  <span className="muted">
                    {formatCalendarDate(cohort.startDate)} – {formatCalendarDate(cohort.endDate)} ·{' '}
                    {cohort.framework.name} · {cohort.names.length.toString()}{' '}
                    {cohort.names.length === 1 ? 'delegate' : 'delegates'}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <NewCohortForm facilitatorId={facilitator.id} />
      </div>
    </div>
  );
}
