import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { chartedAreas, scaleRange } from '@/domain/framework';
import {
  areaAveragesByWeek,
  biggestGains,
  compareAreas,
  furthestFromTarget,
  skillProgress,
  skillWeekGrid,
} from '@/domain/progress';
import { areaTrends, progressHeadline, ratedWeeksUpTo } from '@/domain/progress-summary';
import { currentWeek, programmeWeeks, shortWeekLabel, weekLabel } from '@/domain/programme-weeks';
import { enquiriesBetweenRatings } from '@/domain/enquiry';
import { listEnquiries } from '@/db/enquiries';
import { listRatings } from '@/db/ratings';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { AreaAveragesChart } from '@/features/progress/area-averages-chart';
import { AreaAveragesTable } from '@/features/progress/area-averages-table';
import { AreaComparisonChart } from '@/features/progress/area-comparison-chart';
import { AreaComparisonTable } from '@/features/progress/area-comparison-table';
import { BiggestGainsList } from '@/features/progress/biggest-gains-list';
import { ChartLegend } from '@/features/progress/chart-legend';
import { comparisonSeries, seriesColour, seriesDash } from '@/features/progress/chart-colours';
import { ChartPanel } from '@/features/progress/chart-panel';
import { ProgressHeadline } from '@/features/progress/progress-headline';
import { formatAverage } from '@/domain/level-text';
import { radarLayout } from '@/features/progress/radar-layout';
import { ShareProgressCard } from '@/features/progress/share-progress-card';
import { SkillsWeekGrid } from '@/features/progress/skills-week-grid';
import { TargetGapsList } from '@/features/progress/target-gaps-list';
import { TriedByWeekList } from '@/features/progress/tried-by-week-list';
import { DrawnInTurn } from '@/ui/drawn-in-turn';
import { CoachingCard } from '@/ui/coaching-card';
import { Review360Card } from '@/ui/review-360-card';
import { WeekSelect } from '@/ui/week-select';
import { LoadingText } from '@/ui/loading-text';
import './progress.css';

const PHONE_WIDTH = 480;

function lineChartHeight(width: number): number {
  return width < PHONE_WIDTH ? 240 : 320;
}

function trendText(name: string, first: number, last: number): string {
  if (last > first) return `${name} rose from ${formatAverage(first)} to ${formatAverage(last)}`;
  if (last < first) return `${name} fell from ${formatAverage(first)} to ${formatAverage(last)}`;
  return `${name} stayed at ${formatAverage(last)}`;
}

/**
 * The progress dashboard: how the ratings have moved from the baseline up to a week (this week unless
 * the user looks back). Everything is derived from the rating events, read live from the database.
 */
export function ProgressScreen({ active }: { active: ActiveProgramme }) {
  const { profile, programme, framework } = active;
  const thisWeek = currentWeek(programme);
  const [chosenWeek, setChosenWeek] = useState(thisWeek);
  // The programme can be shortened in Settings while this screen is open.
  const week = Math.min(chosenWeek, programme.lengthWeeks);

  // One query for both, so the dashboard is drawn once when they arrive, not once per result.
  const stored = useLiveQuery(async () => {
    const [ratings, journal] = await Promise.all([
      listRatings(profile.id, framework.id),
      listEnquiries(profile.id),
    ]);
    return { ratings, journal };
  }, [profile.id, framework.id]);
  const events = stored?.ratings;
  const enquiries = stored?.journal;
  // Archived skills that have ratings stay in the charts: archiving hides from new audits only.
  // Keyed by the rated skills, not the events, so a new rating does not redraw every chart.
  const ratedSkillKey = useMemo(
    () =>
      [...new Set((events ?? []).filter((e) => e.kind === 'self').map((e) => e.skillId))]
        .sort()
        .join(' '),
    [events],
  );
  const areas = useMemo(
    () => chartedAreas(framework, new Set(ratedSkillKey.split(' '))),
    [framework, ratedSkillKey],
  );
  const levelRange = useMemo(() => scaleRange(framework.scale), [framework.scale]);
  const weeks = useMemo(
    () => programmeWeeks(programme).filter((candidate) => candidate <= week),
    [programme, week],
  );
  const dashboard = useMemo(() => {
    if (!events) return undefined;
    const progress = skillProgress(framework, events, week);
    const byWeek = areaAveragesByWeek(framework, events, weeks);
    return {
      ratedWeeks: ratedWeeksUpTo(events, week),
      firstRatedWeek: ratedWeeksUpTo(events, Infinity)[0],
      byWeek,
      lineData: byWeek.map((row) => ({
        label: shortWeekLabel(row.week),
        weekName: weekLabel(row.week),
        averages: row.averages,
      })),
      comparison: compareAreas(framework, events, week),
      grid: skillWeekGrid(framework, events, weeks),
      headline: progressHeadline(progress),
      gains: biggestGains(progress),
      gaps: furthestFromTarget(progress),
      hasTargets: progress.some((entry) => entry.target !== null),
    };
  }, [events, framework, week, weeks]);
  const triedSteps = useMemo(
    () =>
      events && enquiries && dashboard
        ? enquiriesBetweenRatings(enquiries, events, dashboard.ratedWeeks, framework)
        : [],
    [events, enquiries, dashboard, framework],
  );

  const skillCount = areas.reduce((total, area) => total + area.skills.length, 0);

  const header = (
    <PageHeader title="Progress">
      <p>
        How your ratings have moved from your baseline to {weekLabel(week)}. Everything here comes
        from the ratings you make on the Audit screen.
      </p>
      <p>
        <Link to={paths.presentation} className="button button-primary">
          Build your end-of-programme presentation
        </Link>
      </p>
    </PageHeader>
  );

  if (areas.length === 0) {
    return (
      <div className="progress">
        {header}
        <EmptyState title="No skills to show">
          <p>
            Every skill in {framework.name} has been archived. Restore or add skills in{' '}
            <Link to={paths.settings}>Settings</Link>.
          </p>
        </EmptyState>
      </div>
    );
  }

  if (!dashboard) {
    return (
      <div className="progress">
        {header}
        <LoadingText>Loading your progress…</LoadingText>
      </div>
    );
  }

  const { ratedWeeks, firstRatedWeek, byWeek, lineData, comparison, grid, headline, gains, gaps } =
    dashboard;
  const hasRatings = ratedWeeks.length > 0;
  const areaNames = new Map(areas.map((area) => [area.id, area.name]));

  const noRatings =
    firstRatedWeek === undefined ? (
      <EmptyState title="No ratings yet">
        <p>
          Rate your skills on the <Link to={paths.audit}>Audit screen</Link> — a baseline and one
          later week draw the first lines.
        </p>
      </EmptyState>
    ) : (
      <EmptyState title={`Nothing rated by ${weekLabel(week)}`}>
        <p>
          Your first ratings are for {weekLabel(firstRatedWeek)}. Choose that week or a later one
          above to see them.
        </p>
      </EmptyState>
    );

  const lineSummary = [
    `Line chart of the average level in each area from ${weekLabel(weeks[0] ?? 0)} to ${weekLabel(week)}, on a scale of ${levelRange.min} to ${levelRange.max}.`,
    ...areaTrends(
      areas.map((area) => area.id),
      byWeek,
    ).flatMap((trend) =>
      trend.first && trend.last
        ? [
            `${trendText(areaNames.get(trend.areaId) ?? '', trend.first.average, trend.last.average)}.`,
          ]
        : [],
    ),
  ].join(' ');

  const radarSummary = [
    `Radar chart of the average level in each area at baseline, in ${weekLabel(week)} and at target.`,
    ...comparison.flatMap((area) =>
      area.latest === null
        ? []
        : [
            `${area.areaName}: ${area.baseline === null ? '' : `baseline ${formatAverage(area.baseline)}, `}latest ${formatAverage(area.latest)}${area.target === null ? '' : `, target ${formatAverage(area.target)}`}.`,
          ],
    ),
  ].join(' ');

  const lineEmpty = !hasRatings ? (
    noRatings
  ) : ratedWeeks.length === 1 ? (
    <EmptyState title="One week rated so far">
      <p>
        Your ratings so far are all for {weekLabel(ratedWeeks[0] ?? 0)}. Rate your skills again in a
        later week on the <Link to={paths.audit}>Audit screen</Link> — a second week draws the
        trend.
      </p>
    </EmptyState>
  ) : undefined;

  return (
    <div className="progress">
      {header}

      <section className="card progress-toolbar" aria-label="Week shown">
        <WeekSelect
          label="Show progress up to"
          span={programme}
          week={week}
          thisWeek={thisWeek}
          onChange={setChosenWeek}
        />
      </section>

      {hasRatings && <ProgressHeadline headline={headline} skillCount={skillCount} />}

      <ChartPanel
        title="Area averages by week"
        empty={lineEmpty}
        summary={lineSummary}
        heightFor={lineChartHeight}
        chart={({ width, height }) => (
          <>
            <AreaAveragesChart
              data={lineData}
              areas={areas}
              levelRange={levelRange}
              width={width}
              height={height}
            />
            <ChartLegend
              items={areas.map((area, index) => ({
                key: area.id,
                name: area.name,
                colour: seriesColour(index),
                dash: seriesDash(index),
              }))}
            />
          </>
        )}
        table={(captionId) => (
          <AreaAveragesTable
            areas={areas}
            byWeek={byWeek}
            levelRange={levelRange}
            captionId={captionId}
          />
        )}
      />

      {/* Below the first chart, one part per frame: drawn at once, these parts made one long
          task, most of it the browser's first layout, and the top of the page waited for it. */}
      <DrawnInTurn
        pending="Drawing the rest of your progress…"
        parts={[
          hasRatings && (
            <section className="card progress-section" aria-labelledby="progress-tried-heading">
              <h2 id="progress-tried-heading">What you tried, by week</h2>
              <p className="muted">
                From your journal: what ran between one round of ratings and the next, and which of
                the skills it targeted moved.
              </p>
              <TriedByWeekList
                steps={triedSteps}
                hasEnquiries={(enquiries?.length ?? 0) > 0}
                scale={framework.scale}
              />
            </section>
          ),
          <ChartPanel
            title="Baseline, latest and target by area"
            empty={
              hasRatings ? undefined : firstRatedWeek === undefined ? (
                <EmptyState title="Nothing to compare yet">
                  <p>
                    Your first ratings become your baseline. Later ones show how far each area has
                    come, and the targets you set show where it is heading.
                  </p>
                </EmptyState>
              ) : (
                noRatings
              )
            }
            summary={radarSummary}
            heightFor={(width) =>
              radarLayout(
                width,
                areas.map((area) => area.name),
              ).height
            }
            isWideOnPhone
            chart={({ width, height }) => (
              <>
                <AreaComparisonChart
                  data={comparison}
                  levelRange={levelRange}
                  width={width}
                  height={height}
                />
                <ChartLegend
                  items={comparisonSeries.map((series) => ({
                    key: series.key,
                    name: series.name,
                    colour: series.colour,
                    dash: series.dash,
                  }))}
                />
              </>
            )}
            table={(captionId) => (
              <AreaComparisonTable comparison={comparison} week={week} captionId={captionId} />
            )}
          />,
          <section className="card progress-section" aria-labelledby="progress-grid-heading">
            <h2 id="progress-grid-heading">Skills by week</h2>
            {hasRatings ? (
              <SkillsWeekGrid rows={grid} weeks={weeks} scale={framework.scale} />
            ) : (
              <p className="muted">
                Each skill&rsquo;s level, week by week, shows here once you have rated it.
              </p>
            )}
          </section>,
          <div className="progress-highlights">
            <section className="card progress-section" aria-labelledby="progress-gains-heading">
              <h2 id="progress-gains-heading">Biggest gains</h2>
              <BiggestGainsList gains={gains} scale={framework.scale} />
            </section>
            <section className="card progress-section" aria-labelledby="progress-gaps-heading">
              <h2 id="progress-gaps-heading">Furthest from target</h2>
              <TargetGapsList
                gaps={gaps}
                hasTargets={dashboard.hasTargets}
                scale={framework.scale}
              />
            </section>
          </div>,
          <ShareProgressCard active={active} />,
          <Review360Card profileId={profile.id} />,
          <CoachingCard profileId={profile.id} />,
        ]}
      />
    </div>
  );
}
