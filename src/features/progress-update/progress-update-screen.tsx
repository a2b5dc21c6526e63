import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { projectSummaryLine } from '@/domain/improvement-project/project';
import { presentedProject } from '@/db/improvement-projects';
import type { ActiveProgramme } from '@/domain/active-programme';
import { addDays, localCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import { enquiryTitle, enquiryWeeksLabel, statusLabel } from '@/domain/enquiry';
import { scaleRange } from '@/domain/framework';
import { formatAverage, levelName } from '@/domain/level-text';
import { cutAtWord } from '@/domain/text';
import { profileLabel } from '@/domain/profile';
import { BASELINE_WEEK, currentWeek, weekLabel, weekStartDate } from '@/domain/programme-weeks';
import { ratedWeeks } from '@/domain/rating';
import { coachingShortLine, coachingSummaryLine } from '@/domain/coaching/coaching-summary';
import { listColleagues } from '@/db/colleagues';
import { listEnquiries } from '@/db/enquiries';
import { listObservations } from '@/db/observations';
import { listRatings } from '@/db/ratings';
import { reviewResults } from '@/db/review-rounds';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { WeekSelect } from '@/ui/week-select';
import { LoadingText } from '@/ui/loading-text';
import { useCoachingSummary } from '@/ui/use-coaching-summary';
import { progressUpdate } from '@/features/progress-update/progress-update-data';
import './progress-update.css';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "23 Nov 2026" — a calendar date has no zone, so it is formatted in UTC. */
function formatDay(date: CalendarDate): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/**
 * A one-page progress update for a coach or headteacher, for any week: headline numbers, area
 * averages, the biggest gains with their evidence, what is furthest from target, what is being tried
 * and the Learning 3 trio. Printed (or saved as PDF) from the browser on one A4 page, so long notes
 * are cut at a word; the full text is in the app.
 */
export function ProgressUpdateScreen({ active }: { active: ActiveProgramme }) {
  const { profile, programme, framework } = active;
  const thisWeek = currentWeek(programme);
  const [chosenWeek, setChosenWeek] = useState<number | null>(null);

  const events = useLiveQuery(
    () => listRatings(profile.id, framework.id),
    [profile.id, framework.id],
  );
  const enquiries = useLiveQuery(() => listEnquiries(profile.id), [profile.id]);
  const colleagues = useLiveQuery(() => listColleagues(profile.id), [profile.id]);
  const observations = useLiveQuery(() => listObservations(profile.id), [profile.id]);
  const results = useLiveQuery(() => reviewResults(profile.id), [profile.id]);
  const project = useLiveQuery(() => presentedProject(profile.id), [profile.id]);

  const latestRated = events ? ratedWeeks(events).at(-1) : undefined;
  // Opens on the latest week with ratings: that is the news a coach asks about.
  const week = Math.min(chosenWeek ?? latestRated ?? thisWeek, programme.lengthWeeks);
  const levelRange = useMemo(() => scaleRange(framework.scale), [framework.scale]);
  // Up to the day before the next week starts, so a break counts with the week before it; the
  // last week takes in every later day, as weekForDate has it.
  const coaching = useCoachingSummary(
    profile.id,
    week >= programme.lengthWeeks ? undefined : addDays(weekStartDate(programme, week + 1), -1),
  );
  const coachingLine = coaching && coachingSummaryLine(coaching);

  const update = useMemo(
    () =>
      events && enquiries && colleagues && observations && results
        ? progressUpdate(framework, events, enquiries, colleagues, observations, week, {
            span: programme,
            results,
          })
        : undefined,
    [framework, events, enquiries, colleagues, observations, results, week, programme],
  );

  const header = (
    <PageHeader title="Progress update">
      <p>
        A one-page summary of your progress for your coach or headteacher. Choose the week, then
        print it or save it as a PDF.
      </p>
    </PageHeader>
  );

  if (!update) {
    return (
      <div className="report">
        {header}
        <LoadingText>Loading your progress…</LoadingText>
      </div>
    );
  }

  const { headline, areas, gains, gaps, tryingNow, nextSteps } = update;
  // The person's own name, also for the example ("Jordan Ellis"): this page is about someone.
  const name = profile.displayName === '' ? profileLabel(profile) : profile.displayName;
  const span = levelRange.max - levelRange.min;
  const barWidth = (value: number | null) =>
    value === null || span <= 0 ? '0%' : `${Math.round(((value - levelRange.min) / span) * 100)}%`;
  const weekWhen =
    week === BASELINE_WEEK
      ? `before ${formatDay(programme.startDate)}`
      : `from ${formatDay(weekStartDate(programme, week))}`;

  return (
    <div className="report">
      <div className="report-controls">
        {header}
        <section className="card report-toolbar" aria-label="Week and printing">
          <WeekSelect
            label="Progress up to"
            span={programme}
            week={week}
            thisWeek={thisWeek}
            onChange={setChosenWeek}
          />
          <div className="cluster">
            <button
              type="button"
              className="button button-primary"
              disabled={headline.skillsRated === 0}
              onClick={() => window.print()}
            >
              Print or save as PDF
            </button>
            <Link to={paths.progress} className="button button-quiet">
              Back to Progress
            </Link>
          </div>
        </section>
      </div>

      {headline.skillsRated === 0 ? (
        <EmptyState
          title={
            latestRated === undefined ? 'Nothing rated yet' : `Nothing rated by ${weekLabel(week)}`
          }
        >
          <p>
            {latestRated === undefined ? (
              <>
                Rate your skills on the <Link to={paths.audit}>Audit screen</Link> — the update
                fills in from your ratings.
              </>
            ) : (
              `Your latest ratings are for ${weekLabel(latestRated)}. Choose that week above.`
            )}
          </p>
        </EmptyState>
      ) : (
        <article className="report-page card" aria-labelledby="report-title">
          <header className="report-header">
            <h2 id="report-title">
              Progress update: {name}
              {profile.school === '' ? '' : `, ${profile.school}`}
            </h2>
            <p className="report-meta">
              {programme.name} · {weekLabel(week)} of {programme.lengthWeeks} ({weekWhen}) ·{' '}
              {framework.name} · {formatDay(localCalendarDate())}
            </p>
          </header>

          <dl className="report-numbers">
            <div>
              <dt>Skills rated</dt>
              <dd>{headline.skillsRated}</dd>
            </div>
            <div>
              <dt>Average level, baseline → now</dt>
              <dd>
                {formatAverage(headline.averageBaseline)} → {formatAverage(headline.averageLatest)}
                <span className="report-unit"> of {levelRange.max}</span>
              </dd>
            </div>
            <div>
              <dt>Skills that rose</dt>
              <dd>
                {headline.skillsRose}
                {headline.skillsFell > 0 && (
                  <span className="report-unit"> ({headline.skillsFell} fell)</span>
                )}
              </dd>
            </div>
          </dl>

          <section aria-labelledby="report-areas-heading">
            <h3 id="report-areas-heading">Areas: baseline and now</h3>
            <div className="table-wrap">
              <table className="report-areas">
                <thead>
                  <tr>
                    <th scope="col">Area</th>
                    <th scope="col" className="report-number">
                      Baseline
                    </th>
                    <th scope="col" className="report-number">
                      Now
                    </th>
                    <th scope="col" className="report-bar-column">
                      <span className="report-key report-key-baseline" aria-hidden="true" />
                      baseline <span className="report-key report-key-now" aria-hidden="true" />
                      now
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {areas.map((area) => (
                    <tr key={area.areaId}>
                      <th scope="row">{area.areaName}</th>
                      <td className="report-number">{formatAverage(area.baseline)}</td>
                      <td className="report-number">{formatAverage(area.latest)}</td>
                      <td className="report-bar-column" aria-hidden="true">
                        <span className="report-bar report-bar-baseline">
                          <span style={{ width: barWidth(area.baseline) }} />
                        </span>
                        <span className="report-bar report-bar-now">
                          <span style={{ width: barWidth(area.latest) }} />
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <div className="report-columns">
            <section aria-labelledby="report-gains-heading">
              <h3 id="report-gains-heading">Biggest gains</h3>
              {gains.length === 0 ? (
                <p className="muted">No skill has risen above its baseline yet.</p>
              ) : (
                <ol className="report-list">
                  {gains.map((gain) => (
                    <li key={gain.skill.id}>
                      <strong>{gain.skill.statement}</strong>{' '}
                      <span className="report-change">
                        {levelName(framework.scale, gain.baseline)} →{' '}
                        {levelName(framework.scale, gain.latest)}
                      </span>
                      {gain.latestNote.trim() !== '' && (
                        <span className="report-evidence">“{cutAtWord(gain.latestNote, 160)}”</span>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </section>

            <section aria-labelledby="report-gaps-heading">
              <h3 id="report-gaps-heading">Furthest from target</h3>
              {gaps.length === 0 ? (
                <p className="muted">No skill is below a target you have set.</p>
              ) : (
                <ol className="report-list">
                  {gaps.map((gap) => (
                    <li key={gap.skill.id}>
                      <strong>{gap.skill.statement}</strong>{' '}
                      <span className="report-change">
                        now {levelName(framework.scale, gap.latest)}, target{' '}
                        {levelName(framework.scale, gap.target ?? gap.latest)}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </div>

          <div className="report-columns">
            {/* Coaching goes under what is being tried, the shorter column, so the page still
                fits one A4 sheet. */}
            <div className="stack report-stack">
              <section aria-labelledby="report-trying-heading">
                <h3 id="report-trying-heading">What I’m trying now</h3>
                {tryingNow.length === 0 ? (
                  <p className="muted">No enquiry in the journal ran in {weekLabel(week)}.</p>
                ) : (
                  <ul className="report-list">
                    {tryingNow.map((enquiry) => (
                      <li key={enquiry.id}>
                        <strong>{cutAtWord(enquiryTitle(enquiry), 140)}</strong>{' '}
                        <span className="report-change">
                          {enquiryWeeksLabel(enquiry)} · {statusLabel(enquiry.status)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              {coaching !== undefined && coachingLine !== undefined && (
                <section aria-labelledby="report-coaching-heading" className="report-run-in">
                  <h3 id="report-coaching-heading">Coaching:</h3>{' '}
                  <p className="report-review">{coachingShortLine(coaching)}</p>
                </section>
              )}
            </div>

            {/* The 360° line shares the column with the trio, so the page still fits one A4 sheet. */}
            <div className="stack report-stack">
              <section aria-labelledby="report-trio-heading">
                <h3 id="report-trio-heading">Learning 3</h3>
                {update.colleagues.length === 0 ? (
                  <p className="muted">No colleagues in your trio yet.</p>
                ) : (
                  <ul className="report-list">
                    {update.colleagues.map(({ colleague, observations: count, latestWeek }) => (
                      <li key={colleague.id}>
                        <strong>{colleague.name}</strong>
                        {colleague.subjectOrPhase === ''
                          ? ''
                          : ` (${colleague.subjectOrPhase})`}:{' '}
                        {count === 0
                          ? 'not observed yet'
                          : `${count} ${count === 1 ? 'observation' : 'observations'}, latest in ${weekLabel(latestWeek ?? 0)}`}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              {update.review !== undefined && (
                <section aria-labelledby="report-review-heading">
                  <h3 id="report-review-heading">360° review</h3>
                  <p className="report-review">{update.review}</p>
                </section>
              )}
              {project && (
                <section aria-labelledby="report-project-heading" className="report-run-in">
                  <h3 id="report-project-heading">Improvement project:</h3>{' '}
                  <p className="report-review">{cutAtWord(projectSummaryLine(project), 240)}</p>
                </section>
              )}
            </div>
          </div>

          <section aria-labelledby="report-next-heading">
            <h3 id="report-next-heading">Next steps</h3>
            {nextSteps.length === 0 ? (
              <p className="muted">Set targets or write next steps in your journal.</p>
            ) : (
              <ul className="report-list">
                {nextSteps.map((step) => (
                  <li key={step}>{cutAtWord(step, 200)}</li>
                ))}
              </ul>
            )}
          </section>
        </article>
      )}
    </div>
  );
}
