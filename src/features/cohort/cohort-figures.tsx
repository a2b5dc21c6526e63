import {
  formatLevel,
  SMALL_COHORT,
  type CohortAggregate,
  type SkillMove,
  type Spread,
} from '@/domain/cohort/aggregate';
import type { SnapshotFramework } from '@/domain/cohort/snapshot';
import { skillsOf } from '@/domain/cohort/cohort';
import { plural } from '@/domain/text';
import { Badge } from '@/ui/badge';
import { LongList } from '@/features/cohort/long-list';

/**
 * The cohort's figures, each with how many delegates it comes from; a figure from fewer than
 * three is marked "few delegates". Areas and skills are in framework order or ordered by how they
 * moved; delegates are never ordered by their figures.
 */
function FewDelegates({ spread }: { spread: Spread | null }) {
  return spread?.isSmall ? <Badge tone="attention">few delegates</Badge> : null;
}

function spreadLabel(spread: Spread): string {
  return `±${formatLevel(spread.sd)} (${formatLevel(spread.min)}–${formatLevel(spread.max)})`;
}

/** Where a level sits along the scale, as a share of its width. */
function at(value: number, min: number, max: number): string {
  return `${(((value - min) / (max - min || 1)) * 100).toFixed(1)}%`;
}

function RangeBar({
  spread,
  min,
  max,
  tone,
}: {
  spread: Spread;
  min: number;
  max: number;
  tone: 'baseline' | 'now';
}) {
  return (
    <span className={`cohort-range cohort-range-${tone}`} aria-hidden="true">
      <span
        className="cohort-range-span"
        style={{
          left: at(spread.min, min, max),
          right: `calc(100% - ${at(spread.max, min, max)})`,
        }}
      />
      <span className="cohort-range-mean" style={{ left: at(spread.mean, min, max) }} />
    </span>
  );
}

export function AreaTable({
  aggregate,
  framework,
}: {
  aggregate: CohortAggregate;
  framework: SnapshotFramework;
}) {
  const scale = { min: framework.scale[0]?.value ?? 1, max: framework.scale.at(-1)?.value ?? 4 };
  return (
    <section className="card stack" aria-labelledby="cohort-areas-heading">
      <h2 id="cohort-areas-heading">Areas at baseline and now</h2>
      <p className="muted">
        Each delegate’s own mean for the area, then the cohort’s mean of those, with the spread (±
        one standard deviation, and the lowest to the highest). The bars show the range and the
        mean, baseline above now.
      </p>
      <div className="cohort-table-wrap">
        <table className="cohort-table">
          <caption className="visually-hidden">Cohort area averages at baseline and now</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Baseline</th>
              <th scope="col">Now</th>
              <th scope="col">Spread now</th>
              <th scope="col">Delegates</th>
              <th scope="col" className="cohort-range-head">
                <span className="visually-hidden">Range</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {aggregate.areas.map((area) => (
              <tr key={area.areaId}>
                <th scope="row">{area.name}</th>
                <td>{area.baseline ? formatLevel(area.baseline.mean) : '—'}</td>
                <td>{area.now ? formatLevel(area.now.mean) : '—'}</td>
                <td>{area.now ? spreadLabel(area.now) : '—'}</td>
                <td>
                  {(area.now?.n ?? 0).toString()} <FewDelegates spread={area.now} />
                </td>
                <td className="cohort-range-cell">
                  {area.baseline && <RangeBar spread={area.baseline} {...scale} tone="baseline" />}
                  {area.now && <RangeBar spread={area.now} {...scale} tone="now" />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;
}

function MoveList({ moves, title }: { moves: readonly SkillMove[]; title: string }) {
  return (
    <div className="stack">
      <h3>{title}</h3>
      {moves.length === 0 ? (
        <p className="muted">Not enough ratings yet: a skill needs two weeks rated.</p>
      ) : (
        <ol className="cohort-moves">
          {moves.map((move) => (
            <li key={move.skillId}>
              <span className="cohort-move-statement">{move.statement}</span>
              <span className="muted">
                {move.areaName} · {signed(move.change.mean)} on average, from{' '}
                {plural(move.change.n, 'delegate', 'delegates')}{' '}
                <FewDelegates spread={move.change} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function SkillMoves({ aggregate }: { aggregate: CohortAggregate }) {
  return (
    <section className="card stack" aria-labelledby="cohort-moves-heading">
      <h2 id="cohort-moves-heading">Skills that moved most and least</h2>
      <p className="muted">
        The change from each delegate’s first rating of a skill to their latest, averaged over those
        who rated it in two or more weeks.
      </p>
      <div className="cohort-columns-even">
        <MoveList moves={aggregate.mostMoved} title="Moved most" />
        <MoveList moves={aggregate.leastMoved} title="Moved least" />
      </div>
    </section>
  );
}

export function LearningThreeReach({ aggregate }: { aggregate: CohortAggregate }) {
  const { delegates, colleagues, observations } = aggregate.learningThree;
  return (
    <section className="card stack" aria-labelledby="cohort-l3-heading">
      <h2 id="cohort-l3-heading">Learning 3 reach</h2>
      {delegates === 0 ? (
        <p className="muted">No delegate has shared their Learning 3 trio yet.</p>
      ) : (
        <>
          <dl className="cohort-figures">
            <div>
              <dt>Delegates who shared it</dt>
              <dd>{delegates.toString()}</dd>
            </div>
            <div>
              <dt>Colleagues involved</dt>
              <dd>{colleagues.toString()}</dd>
            </div>
            <div>
              <dt>Lessons observed</dt>
              <dd>{observations.toString()}</dd>
            </div>
          </dl>
          {delegates < SMALL_COHORT && (
            <p className="muted">
              <Badge tone="attention">few delegates</Badge> From fewer than{' '}
              {SMALL_COHORT.toString()} delegates.
            </p>
          )}
        </>
      )}
    </section>
  );
}

export function TechniqueBank({
  aggregate,
  framework,
}: {
  aggregate: CohortAggregate;
  framework: SnapshotFramework;
}) {
  const statements = new Map(skillsOf(framework).map((skill) => [skill.id, skill.statement]));
  return (
    <section className="card stack" aria-labelledby="cohort-techniques-heading">
      <h2 id="cohort-techniques-heading">Techniques that worked</h2>
      {aggregate.techniques.length === 0 ? (
        <p className="muted">No delegate has shared an effective technique yet.</p>
      ) : (
        <>
          <p className="muted">
            Marked effective in delegates’ journals, from{' '}
            {plural(aggregate.shared.techniques, 'delegate', 'delegates')}.
          </p>
          <LongList
            items={aggregate.techniques}
            keyOf={(entry) => entry.technique}
            label="Techniques"
            rowHeight={72}
            className="cohort-techniques"
            renderItem={(entry) => (
              <div className="cohort-technique">
                <span className="cohort-technique-name">{entry.technique}</span>
                <span className="muted">
                  {entry.delegates > 1
                    ? `Effective for ${entry.delegates.toString()} delegates`
                    : 'Effective for 1 delegate'}
                  {entry.skillIds.length > 0 &&
                    ` · ${entry.skillIds
                      .map((id) => statements.get(id) ?? id)
                      .slice(0, 3)
                      .join('; ')}`}
                </span>
              </div>
            )}
          />
        </>
      )}
    </section>
  );
}
