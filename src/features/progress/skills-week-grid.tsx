import { memo, useEffect, useMemo, useRef } from 'react';
import type { RatingScale } from '@/domain/framework';
import type { SkillWeekCell, SkillWeekRow } from '@/domain/progress';
import { weekLabel } from '@/domain/programme-weeks';
import { levelName } from '@/domain/level-text';
import { WeekAbbr } from '@/features/progress/week-abbr';
import { useDrawnInSteps } from '@/ui/use-drawn-in-steps';

interface SkillsWeekGridProps {
  rows: readonly SkillWeekRow[];
  weeks: readonly number[];
  scale: RatingScale;
}

function groupByArea(rows: readonly SkillWeekRow[]): SkillWeekRow[][] {
  const groups: SkillWeekRow[][] = [];
  for (const row of rows) {
    const group = groups.at(-1);
    if (group?.[0]?.area.id === row.area.id) group.push(row);
    else groups.push([row]);
  }
  return groups;
}

function cellTitle(cell: SkillWeekCell, scale: RatingScale): string | undefined {
  if (cell.level === null) return undefined;
  const how = cell.isRatedThisWeek ? 'rated' : 'carried forward';
  return `${levelName(scale, cell.level)}, ${how} in ${weekLabel(cell.week)}`;
}

function GridCell({ cell, scale }: { cell: SkillWeekCell; scale: RatingScale }) {
  if (cell.level === null) {
    return (
      <td className="grid-cell" data-state="unrated">
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">Not rated</span>
      </td>
    );
  }
  const state = cell.isRatedThisWeek ? 'rated' : 'carried';
  const movement = cell.change > 0 ? 'rise' : cell.change < 0 ? 'fall' : undefined;
  return (
    <td
      className="grid-cell"
      data-state={state}
      data-movement={movement}
      title={cellTitle(cell, scale)}
    >
      <span className="grid-level">{cell.level}</span>
      {movement === 'rise' && (
        <span className="grid-change">
          <span aria-hidden="true">▲{cell.change}</span>
          <span className="visually-hidden">, up {cell.change}</span>
        </span>
      )}
      {movement === 'fall' && (
        <span className="grid-change">
          <span aria-hidden="true">▼{-cell.change}</span>
          <span className="visually-hidden">, down {-cell.change}</span>
        </span>
      )}
      {state === 'carried' && <span className="visually-hidden">, carried forward</span>}
    </td>
  );
}

/** One area's rows. A memo, so drawing the next area does not draw the ones before again. */
const AreaRows = memo(function AreaRows({
  group,
  columnCount,
  scale,
}: {
  group: readonly SkillWeekRow[];
  columnCount: number;
  scale: RatingScale;
}) {
  const area = group[0]?.area;
  if (!area) return null;
  return (
    <tbody>
      <tr className="grid-area-row">
        <th scope="rowgroup" colSpan={columnCount}>
          <span>{area.name}</span>
        </th>
      </tr>
      {group.map((row) => (
        <tr key={row.skill.id}>
          <th scope="row" className="grid-skill" title={row.skill.statement}>
            <span className="grid-skill-text">{row.skill.statement}</span>
          </th>
          {row.cells.map((cell) => (
            <GridCell key={cell.week} cell={cell} scale={scale} />
          ))}
        </tr>
      ))}
    </tbody>
  );
});

/**
 * Every skill's level in force, week by week. A rating made that week is emphasised, a rise or a fall
 * is marked, and a level carried forward from an earlier week is muted. The skill column stays put
 * while the weeks scroll sideways on a phone.
 */
export function SkillsWeekGrid({ rows, weeks, scale }: SkillsWeekGridProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const lastWeek = weeks.at(-1) ?? 0;
  const groups = useMemo(() => groupByArea(rows), [rows]);
  // One area's rows per frame: the first layout of the whole grid (over a thousand elements with
  // the example data) was one long task, most of it shaping the text.
  const drawnGroups = useDrawnInSteps(true, groups.length, { first: 1, step: 1 });
  // Opens on the latest weeks, the ones a delegate looks for; earlier weeks are a scroll away.
  // Scrolled when the grid first comes near the screen, not as it is committed: reading its width
  // then forced the whole dashboard's layout at once, while the grid usually opens below the
  // charts, out of view.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const showLatestWeeks = () => {
      scroller.scrollLeft = scroller.scrollWidth;
    };
    if (typeof IntersectionObserver === 'undefined') {
      showLatestWeeks();
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      showLatestWeeks();
      observer.disconnect();
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [lastWeek]);
  return (
    <>
      <ul className="grid-key" aria-label="Key">
        <li>
          <span className="grid-key-sample" data-state="rated">
            3
          </span>{' '}
          rated that week
        </li>
        <li>
          <span className="grid-key-sample" data-state="carried">
            3
          </span>{' '}
          carried forward
        </li>
        <li>
          <span className="grid-key-sample" data-movement="rise" aria-hidden="true">
            ▲
          </span>{' '}
          rose
        </li>
        <li>
          <span className="grid-key-sample" data-movement="fall" aria-hidden="true">
            ▼
          </span>{' '}
          fell
        </li>
      </ul>
      <div
        ref={scrollerRef}
        className="table-wrap skills-grid-wrap"
        tabIndex={0}
        aria-label="Levels by skill and week"
        role="region"
        aria-busy={drawnGroups < groups.length || undefined}
      >
        <table className="skills-grid">
          <caption className="visually-hidden">
            Level in force for each skill, from {weekLabel(weeks[0] ?? 0)} to{' '}
            {weekLabel(weeks.at(-1) ?? 0)}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="grid-skill">
                Skill
              </th>
              {weeks.map((week) => (
                <th key={week} scope="col" className="grid-week">
                  <WeekAbbr week={week} />
                </th>
              ))}
            </tr>
          </thead>
          {groups.slice(0, drawnGroups).map((group) => (
            <AreaRows
              key={group[0]?.area.id}
              group={group}
              columnCount={weeks.length + 1}
              scale={scale}
            />
          ))}
        </table>
      </div>
    </>
  );
}
