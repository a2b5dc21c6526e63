import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate } from '@/domain/calendar-date';
import { findSkill, levelOf } from '@/domain/framework';
import { agreedNextSteps, directionText, type Observation } from '@/domain/observation';
import { breakOn, inBreakText, weekLabel } from '@/domain/programme-weeks';
import { EmptyState } from '@/ui/empty-state';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';

/** The observations in order, each with its ratings, strengths and the next steps agreed. */
export function ObservationList({
  active,
  observations,
}: {
  active: ActiveProgramme;
  observations: Observation[];
}) {
  const { framework, programme } = active;
  // A lesson in a break (a summer school, a catch-up day) keeps the week it was filed under; the
  // break is said as well, so the date and the week do not seem to disagree.
  const breakOnDate = (date: string) => {
    const pause = breakOn(programme, date);
    return pause ? ` (${inBreakText(pause)})` : '';
  };
  return (
    <section className="card stack" aria-labelledby="observations-heading">
      <h2 id="observations-heading">Observations and next steps</h2>
      {observations.length === 0 ? (
        <EmptyState title="No observations yet">
          <p>Record one, or ask for one with a link.</p>
        </EmptyState>
      ) : (
        <ol className="observation-list">
          {observations.map((observation) => (
            <li key={observation.id} className="observation-item">
              <p className="observation-item-title">
                <strong>{formatCalendarDate(observation.date)}</strong> ·{' '}
                {weekLabel(observation.week)}
                {breakOnDate(observation.date)} · {directionText(observation)}
                {observation.status === 'draft' && <span className="draft-chip">Draft</span>}
                {observation.receivedAt && <span className="received-chip">Received</span>}
              </p>
              {(observation.lessonClass || observation.lessonSubject) && (
                <p className="muted">
                  {[observation.lessonClass, observation.lessonSubject].filter(Boolean).join(', ')}
                </p>
              )}
              <ul className="observation-ratings">
                {observation.ratings
                  .filter((rating) => rating.level !== null)
                  .map((rating) => (
                    <li key={rating.skillId}>
                      {findSkill(framework, rating.skillId)?.skill.statement ?? rating.skillId}:{' '}
                      <strong>
                        {rating.level} {levelOf(framework.scale, rating.level ?? 0)?.label}
                      </strong>
                    </li>
                  ))}
              </ul>
              {observation.strengths.trim() !== '' && (
                <p className="observer-text">
                  <strong>Strengths:</strong> {observation.strengths}
                </p>
              )}
              {agreedNextSteps(observation).length > 0 && (
                <div>
                  <strong>Next steps agreed:</strong>
                  <ul>
                    {agreedNextSteps(observation).map((step, index) => (
                      <li key={index} className="observer-text">
                        {step}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {observation.followUp.trim() !== '' && (
                <p className="observer-text">
                  <strong>Follow-up:</strong> {observation.followUp}
                </p>
              )}
              {!observation.receivedAt && (
                <Link to={`${paths.colleagues}?observation=${observation.id}`}>
                  {observation.status === 'draft' ? 'Continue the draft' : 'Edit'}
                  <span className="visually-hidden">
                    {' '}
                    the observation of {formatCalendarDate(observation.date)}
                  </span>
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
