import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import {
  breakOn,
  breakStatusText,
  currentWeek,
  programmeEndDate,
  programmePhase,
  type ProgrammePhase,
} from '@/domain/programme-weeks';
import { latestRatedWeek } from '@/domain/rating';
import { listRatings } from '@/db/ratings';
import { DrawnInTurn } from '@/ui/drawn-in-turn';
import { PageHeader } from '@/ui/page-header';
import { CoachingCard } from '@/ui/coaching-card';
import { Review360Card } from '@/ui/review-360-card';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { ProgrammeDetailsEditor } from '@/features/programme/programme-details-editor';
import { ProgrammeTimeline } from '@/features/programme/programme-timeline';
import './programme.css';

function weekSummary(phase: ProgrammePhase, week: number, lengthWeeks: number): string {
  if (phase === 'not-started') return `Not started yet · ${lengthWeeks} weeks`;
  if (phase === 'finished') return `Finished · ${lengthWeeks} weeks`;
  return `Week ${week} of ${lengthWeeks}`;
}

/**
 * The programme at a glance (dates, this week, the sessions week by week) and its details, edited
 * in place. Everything shown above the editor reads the stored programme, so a saved change of
 * start date moves "this week" here and in the app header alike.
 */
export function ProgrammeScreen({ active }: { active: ActiveProgramme }) {
  const { profile, programme, framework } = active;
  const phase = programmePhase(programme);
  const pause = phase === 'running' ? breakOn(programme, localCalendarDate()) : undefined;
  const lastRatedWeek = useLiveQuery(
    async () => latestRatedWeek(await listRatings(profile.id, framework.id)),
    [profile.id, framework.id],
  );

  return (
    <div className="programme">
      <PageHeader title={programme.name}>
        <div className="programme-summary">
          <p className="programme-summary-week">
            <span className="badge week-chip" data-phase={pause ? 'break' : phase}>
              {pause
                ? breakStatusText(programme, pause)
                : weekSummary(phase, currentWeek(programme), programme.lengthWeeks)}
            </span>
          </p>
          <dl className="programme-facts">
            <div>
              <dt>Starts</dt>
              <dd>
                <time dateTime={programme.startDate}>
                  {formatCalendarDate(programme.startDate)}
                </time>
              </dd>
            </div>
            <div>
              <dt>Ends</dt>
              <dd>
                <time dateTime={programmeEndDate(programme)}>
                  {formatCalendarDate(programmeEndDate(programme))}
                </time>
              </dd>
            </div>
            <div>
              <dt>Framework</dt>
              <dd>
                {framework.name}{' '}
                <Link to={paths.framework} className="programme-edit-framework">
                  Edit framework
                </Link>
              </dd>
            </div>
          </dl>
        </div>
      </PageHeader>
      <div className="programme-layout">
        <ProgrammeTimeline programme={programme} />
        <Review360Card profileId={profile.id} />
        <CoachingCard profileId={profile.id} />
        {/* Its 20-odd form controls are most of the screen's first layout, and below
            the fold on a phone: drawn in the frame after the weeks. */}
        <DrawnInTurn
          pending="Opening the programme's details…"
          parts={[
            <ProgrammeDetailsEditor
              key="details"
              programme={programme}
              lastRatedWeek={lastRatedWeek ?? null}
            />,
          ]}
        />
      </div>
    </div>
  );
}
