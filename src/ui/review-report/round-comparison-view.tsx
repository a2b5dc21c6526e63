import { useId } from 'react';
import { formatAverage } from '@/domain/level-text';
import type {
  BehaviourComparison,
  RoundComparison,
  ScoreChange,
} from '@/domain/review-360/review-report';
import { RATER_GROUP_LABELS, RATER_GROUPS } from '@/domain/review-360/review-round';
import { ScaleKey, ScoreBars } from '@/ui/review-report/score-bars';
import { scaleText } from '@/ui/review-report/score-rows';
import { ScoreTableRegion } from '@/ui/review-report/source-figures';
import {
  changeText,
  listText,
  REPORT_WORDS,
  type ReportAudience,
} from '@/ui/review-report/report-words';
import '@/ui/review-report/review-report.css';

interface RoundComparisonViewProps {
  comparison: RoundComparison;
  /** Whose side the self row is named from ("You" or "Self"); the delegate's unless told. */
  audience?: ReportAudience;
}

interface ChangeRow extends ScoreChange {
  key: string;
  name: string;
}

function changeRows(behaviour: BehaviourComparison, selfName: string): ChangeRow[] {
  return [
    ...(behaviour.self ? [{ key: 'self', name: selfName, ...behaviour.self }] : []),
    ...behaviour.groups.map(({ group, ...change }) => ({
      key: group,
      name: RATER_GROUP_LABELS[group],
      ...change,
    })),
  ];
}

/**
 * The start round beside the end round, per behaviour: self and each group shown in both rounds
 * (compareRounds leaves every other group out, and "all raters" too, whose mix of groups can
 * differ between rounds). A group missing from a behaviour had too few ratings in one round.
 */
export function RoundComparisonView({
  comparison,
  audience = 'delegate',
}: RoundComparisonViewProps) {
  const words = REPORT_WORDS[audience];
  const compared = comparison.comparedGroups.map((group) => RATER_GROUP_LABELS[group]);
  const notCompared = RATER_GROUPS.filter(
    (group) => !comparison.comparedGroups.includes(group),
  ).map((group) => RATER_GROUP_LABELS[group].toLowerCase());
  return (
    <div className="review-report stack">
      <div className="card review-report-section">
        <p>
          <strong>Start:</strong> {comparison.startTitle} · <strong>End:</strong>{' '}
          {comparison.endTitle}
        </p>
        <p className="muted">
          {compared.length === 0
            ? 'No rater group was shown in both rounds, so only self ratings are compared.'
            : `Compared: ${listText([words.selfRatings, ...compared.map((name) => name.toLowerCase())])}.`}{' '}
          {notCompared.length > 0 &&
            `Not compared: ${listText(notCompared)} — not shown in both rounds.`}{' '}
          “All raters” is not compared: it can mix different groups in each round.
        </p>
        <ScaleKey scale={comparison.scale} />
        <ul className="score-legend" aria-hidden="true">
          <li>
            <span className="score-swatch" data-tone="start" /> Start (upper bar)
          </li>
          <li>
            <span className="score-swatch" data-tone="end" /> End (lower bar)
          </li>
        </ul>
      </div>
      {comparison.behaviours.map((behaviour) => (
        <BehaviourChange
          key={behaviour.behaviourId}
          behaviour={behaviour}
          comparison={comparison}
          selfName={words.self}
        />
      ))}
    </div>
  );
}

function BehaviourChange({
  behaviour,
  comparison,
  selfName,
}: {
  behaviour: BehaviourComparison;
  comparison: RoundComparison;
  selfName: string;
}) {
  const headingId = useId();
  const rows = changeRows(behaviour, selfName);
  const summary =
    rows.length === 0
      ? `${behaviour.name}: nothing to compare.`
      : `${behaviour.name}, average level at the start and the end ${scaleText(comparison.scale)}: ${rows
          .map(
            (row) =>
              `${row.name} ${formatAverage(row.start)} then ${formatAverage(row.end)} (${changeText(row.start, row.end)})`,
          )
          .join('; ')}.`;
  return (
    <section className="card review-behaviour" aria-labelledby={headingId}>
      <h3 id={headingId}>{behaviour.name}</h3>
      {rows.length === 0 ? (
        <p className="muted">Nothing to compare: too few ratings in one of the rounds.</p>
      ) : (
        <div className="score-figures">
          <ScoreBars
            summary={summary}
            scale={comparison.scale}
            rows={rows.map((row) => ({
              key: row.key,
              name: row.name,
              bars: [
                { tone: 'start', value: row.start },
                { tone: 'end', value: row.end },
              ],
            }))}
          />
          <ScoreTableRegion label={`${behaviour.name}: average level at the start and the end`}>
            <table className="score-table">
              <caption className="visually-hidden">
                {behaviour.name}: average level at the start and the end
              </caption>
              <thead>
                <tr>
                  <th scope="col">Who</th>
                  <th scope="col" className="number-cell">
                    Start
                  </th>
                  <th scope="col" className="number-cell">
                    End
                  </th>
                  <th scope="col" className="number-cell">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} data-tone={row.key === 'self' ? 'self' : 'group'}>
                    <th scope="row">{row.name}</th>
                    <td className="number-cell">{formatAverage(row.start)}</td>
                    <td className="number-cell">{formatAverage(row.end)}</td>
                    <td className="number-cell">{changeText(row.start, row.end)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScoreTableRegion>
        </div>
      )}
    </section>
  );
}
