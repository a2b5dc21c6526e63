import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { activeAreas, type Area } from '@/domain/framework';
import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import {
  breakOn,
  currentWeek,
  inBreakText,
  weekLabel,
  weekStartDate,
} from '@/domain/programme-weeks';
import { listRatings } from '@/db/ratings';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { AreaConfirm } from '@/features/audit/area-confirm';
import { AreaNav } from '@/features/audit/area-nav';
import { focusElement } from '@/features/audit/focus-element';
import {
  SkillCard,
  type SkillActionLink,
  type SkillEnquiryLink,
} from '@/features/audit/skill-card';
import { countRated, weekAudit } from '@/features/audit/week-audit';
import { useDrawnInSteps } from '@/ui/use-drawn-in-steps';
import { useSkillEnquiryLinks } from '@/features/audit/use-skill-enquiry-links';
import { useSkillActionLinks } from '@/features/audit/use-skill-action-links';
import { WeekSelect } from '@/ui/week-select';
import { LoadingText } from '@/ui/loading-text';
import './audit.css';

const areaHeadingId = (areaId: string) => `area-${areaId}`;
const NO_ENQUIRIES: readonly SkillEnquiryLink[] = [];
const NO_ACTIONS: readonly SkillActionLink[] = [];
const skillCardId = (skillId: string) => `skill-${skillId}`;
const PROGRESS_ID = 'audit-progress';
/** Cards drawn before the rest: more than a phone or a laptop shows above the fold. */
const FIRST_SCREENFUL_CARDS = 4;
/** Cards added in each later step: few enough that each step is a short task on a slow phone. */
const CARDS_PER_STEP = 3;

/**
 * The self-audit: rate every skill of the framework for a programme week. Each choice appends a
 * rating event the moment it is made; what is shown is derived from those events, so re-rating
 * adds to the history and never overwrites it.
 */
export function AuditScreen({ active }: { active: ActiveProgramme }) {
  const { profile, programme, framework } = active;
  const thisWeek = currentWeek(programme);
  const pause = breakOn(programme, localCalendarDate());
  const [chosenWeek, setChosenWeek] = useState(thisWeek);
  // The programme can be shortened in Settings while this screen is open.
  const week = Math.min(chosenWeek, programme.lengthWeeks);

  const events = useLiveQuery(
    () => listRatings(profile.id, framework.id),
    [profile.id, framework.id],
  );
  const enquiryLinks = useSkillEnquiryLinks(profile.id);
  const actionLinks = useSkillActionLinks(profile.id);
  const areas = useMemo(() => activeAreas(framework), [framework]);
  const audit = useMemo(() => (events ? weekAudit(events, week) : undefined), [events, week]);
  // Read by "Next unrated" when tapped, so the cards' callback stays the same across ratings and
  // a rating re-renders one card, not all of them.
  const ratedNow = useRef<ReadonlyMap<string, unknown>>(new Map());
  useEffect(() => {
    ratedNow.current = audit?.ratedThisWeek ?? new Map();
  }, [audit]);
  const goToNextUnrated = useCallback(
    (fromSkillId: string | null) => {
      const ids = areas.flatMap((area) => area.skills.map((skill) => skill.id));
      const from = fromSkillId === null ? -1 : ids.indexOf(fromSkillId);
      // After this card, then round from the top: a skill skipped earlier is not forgotten.
      const ordered = [...ids.slice(from + 1), ...ids.slice(0, Math.max(from, 0))];
      const next = ordered.find((id) => id !== fromSkillId && !ratedNow.current.has(id));
      focusElement(next === undefined ? PROGRESS_ID : skillCardId(next));
    },
    [areas],
  );
  const skillCount = areas.reduce((total, area) => total + area.skills.length, 0);
  const drawnCount = useDrawnInSteps(audit !== undefined, skillCount, {
    first: FIRST_SCREENFUL_CARDS,
    step: CARDS_PER_STEP,
  });
  const drawnAreas = useMemo(
    () => (drawnCount >= skillCount ? areas : firstCards(areas, drawnCount)),
    [areas, drawnCount, skillCount],
  );

  if (areas.length === 0) {
    return (
      <>
        <PageHeader title="Self-audit" />
        <EmptyState title="No skills to rate">
          <p>
            Every skill in {framework.name} has been archived, so there is nothing to rate yet.
            Restore or add skills to the framework in <Link to={paths.settings}>Settings</Link>.
          </p>
        </EmptyState>
      </>
    );
  }

  const ratedCount = audit
    ? areas.reduce((total, area) => total + countRated(area, audit.ratedThisWeek), 0)
    : 0;

  return (
    <div className="audit">
      <PageHeader title="Self-audit">
        <p>
          Rate each skill for the week you choose. Every choice is saved as you make it, and rating
          again adds to your history: nothing is overwritten.
        </p>
      </PageHeader>

      <section className="card audit-toolbar" aria-label="Week and progress">
        <WeekSelect
          label="Week"
          span={programme}
          week={week}
          thisWeek={thisWeek}
          onChange={setChosenWeek}
        />
        {pause && week === thisWeek && (
          <p className="field-hint">
            Today is {inBreakText(pause)}, which is not a programme week: ratings count for{' '}
            {weekLabel(week)}, the week before it. {weekLabel(pause.weekAfter)} starts on{' '}
            {formatCalendarDate(weekStartDate(programme, pause.weekAfter))}.
          </p>
        )}
        {week > thisWeek && (
          <p className="field-hint">
            {weekLabel(week)} starts on {formatCalendarDate(weekStartDate(programme, week))}.
            Ratings you make now count for that week.
          </p>
        )}
        <div className="audit-progress">
          <p id={PROGRESS_ID} tabIndex={-1}>
            <strong>
              {ratedCount} of {skillCount}
            </strong>{' '}
            skills rated for {weekLabel(week)}
            {ratedCount === skillCount && ': all done.'}
          </p>
          <div className="audit-progress-bar" aria-hidden="true">
            <span style={{ width: `${(ratedCount / skillCount) * 100}%` }} />
          </div>
        </div>
        {audit && ratedCount < skillCount && (
          <button
            type="button"
            className="button audit-next-unrated"
            onClick={() => goToNextUnrated(null)}
          >
            Next unrated <span aria-hidden="true">↓</span>
          </button>
        )}
        {audit && (
          <AreaNav
            items={areas.map((area) => ({
              area,
              headingId: areaHeadingId(area.id),
              ratedCount: countRated(area, audit.ratedThisWeek),
            }))}
          />
        )}
      </section>

      {audit === undefined ? (
        <LoadingText>Loading your ratings…</LoadingText>
      ) : (
        drawnAreas.map((area) => (
          <section key={area.id} className="audit-area" aria-labelledby={areaHeadingId(area.id)}>
            <h2 id={areaHeadingId(area.id)} tabIndex={-1}>
              {area.name}
            </h2>
            {area.summary && <p className="muted audit-area-summary">{area.summary}</p>}
            <div className="audit-cards">
              {area.skills.map((skill) => {
                const rated = audit.ratedThisWeek.get(skill.id);
                const earlier = audit.ratedEarlier.get(skill.id);
                const target = audit.targets.get(skill.id);
                const cardId = skillCardId(skill.id);
                return (
                  <SkillCard
                    key={skill.id}
                    profileId={profile.id}
                    frameworkId={framework.id}
                    scale={framework.scale}
                    skill={skill}
                    cardId={cardId}
                    week={week}
                    ratedLevel={rated?.level ?? null}
                    ratedNote={rated?.note ?? ''}
                    earlierLevel={earlier?.level ?? null}
                    earlierWeek={earlier?.week ?? null}
                    earlierNote={earlier?.note ?? ''}
                    targetLevel={target?.level ?? null}
                    targetWeek={target?.week ?? null}
                    onNextUnrated={goToNextUnrated}
                    enquiries={enquiryLinks.get(skill.id) ?? NO_ENQUIRIES}
                    actions={actionLinks.get(skill.id) ?? NO_ACTIONS}
                  />
                );
              })}
            </div>
            {area.skills.length === areaSkillCount(areas, area.id) && (
              <AreaConfirm
                profileId={profile.id}
                frameworkId={framework.id}
                area={area}
                week={week}
                ratedThisWeek={audit.ratedThisWeek}
                ratedEarlier={audit.ratedEarlier}
              />
            )}
          </section>
        ))
      )}
    </div>
  );
}

/**
 * Every area (so the area links work from the first frame), holding between them only the first
 * `count` skills.
 */
function firstCards(areas: Area[], count: number): Area[] {
  let left = count;
  return areas.map((area) => {
    const skills = area.skills.slice(0, Math.max(left, 0));
    left -= skills.length;
    return { ...area, skills };
  });
}

/** How many active skills an area has (the drawn copy may hold fewer while cards are drawn). */
function areaSkillCount(areas: readonly Area[], areaId: string): number {
  return areas.find((area) => area.id === areaId)?.skills.length ?? 0;
}
