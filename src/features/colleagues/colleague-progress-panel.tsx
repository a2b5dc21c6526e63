import { lazy, Suspense, useId, useMemo } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { colleagueProgress, observationsOfColleague } from '@/domain/colleague-progress';
import { levelOf, scaleRange } from '@/domain/framework';
import type { Colleague } from '@/domain/colleague';
import type { Observation } from '@/domain/observation';
import { shortWeekLabel, weekLabel } from '@/domain/programme-weeks';
import { EmptyState } from '@/ui/empty-state';
import { focusSkillsOf } from '@/features/colleagues/focus-skills';

// Recharts loads only when there is a chart to draw (docs/design.md#heavy-things-load-late).
const ColleagueProgressChart = lazy(() =>
  import('@/features/colleagues/colleague-progress-chart').then((module) => ({
    default: module.ColleagueProgressChart,
  })),
);

/**
 * A colleague's focus skills over the programme weeks, as observed: a chart and the same numbers
 * as a table, shown together: the table holds every number (and is what a screen reader reads).
 */
export function ColleagueProgressPanel({
  active,
  colleague,
  observations,
}: {
  active: ActiveProgramme;
  colleague: Colleague;
  observations: Observation[];
}) {
  const headingId = useId();
  const captionId = useId();
  const skills = focusSkillsOf(active, colleague.focusSkillIds);
  const progress = useMemo(
    () =>
      colleagueProgress(
        observationsOfColleague(
          observations.filter((observation) => observation.status === 'complete'),
          colleague.id,
        ),
        colleague.focusSkillIds,
      ),
    [observations, colleague],
  );
  const range = scaleRange(active.framework.scale);
  const series = skills.map((skill) => ({
    id: skill.id,
    name: skill.statement,
    levels: progress.levels.get(skill.id) ?? [],
  }));
  const firstLast = series
    .map((line) => {
      const rated = line.levels.filter((level): level is number => level !== null);
      const [first] = rated;
      const last = rated.at(-1);
      return first === undefined || last === undefined ? null : { name: line.name, first, last };
    })
    .filter((line) => line !== null);
  const summary =
    firstLast.length === 0
      ? 'No ratings yet.'
      : firstLast
          .map((line) =>
            line.first === line.last
              ? `${line.name}: ${line.last.toString()}`
              : `${line.name}: from ${line.first.toString()} to ${line.last.toString()}`,
          )
          .join('; ');

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="progress-panel-header">
        <h2 id={headingId}>{colleague.name}’s progress</h2>
      </div>
      {progress.weeks.length === 0 ? (
        <EmptyState title="Nothing to chart yet">
          <p>Finished observations of {colleague.name}’s lessons show here, week by week.</p>
        </EmptyState>
      ) : (
        <>
          <figure className="colleague-chart">
            <div role="img" aria-label={`Focus skills as observed over the weeks. ${summary}`}>
              <Suspense fallback={<div className="colleague-chart-placeholder" />}>
                <ColleagueProgressChart
                  weeks={progress.weeks.map((week) => ({
                    label: shortWeekLabel(week),
                    name: weekLabel(week),
                  }))}
                  series={series}
                  range={range}
                />
              </Suspense>
            </div>
            <ul className="colleague-chart-legend">
              {series.map((line, index) => (
                <li key={line.id}>
                  <span className="legend-swatch" data-series={index % 6} aria-hidden="true" />
                  {line.name}
                </li>
              ))}
            </ul>
          </figure>
          <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table>
              <caption id={captionId}>Focus skills as observed, by programme week</caption>
              <thead>
                <tr>
                  <th scope="col">Focus skill</th>
                  {progress.weeks.map((week) => (
                    <th key={week} scope="col">
                      {weekLabel(week)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.map((line) => (
                  <tr key={line.id}>
                    <th scope="row">{line.name}</th>
                    {line.levels.map((level, index) => (
                      <td key={index}>
                        {level === null
                          ? '–'
                          : `${level.toString()} ${levelOf(active.framework.scale, level)?.label ?? ''}`}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
