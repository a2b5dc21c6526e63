import { scaleRange, type RatingScale } from '@/domain/framework';
import {
  groupSummaries,
  isCellShown,
  shuffleComments,
  thresholdsFor,
} from '@/domain/review-360/anonymity';
import {
  ALL_RATERS,
  isLevelOn,
  latestAnswers,
  type BehaviourRow,
  type RankedStatement,
  type RaterAnswer,
  type RaterGroup,
  type ReviewGap,
  type ReviewReport,
  type ReviewRound,
  type ScoreCell,
  type ScoreSource,
  type StatementRow,
} from '@/domain/review-360/review-round';

/**
 * The 360° report, built from a round and the answers gathered for it:
 *
 *     buildReviewReport(round, answers): ReviewReport
 *     compareRounds(startReport, endReport): RoundComparison
 *
 * The report holds only figures that may be shown, so the UI and every export can show all of it.
 * A group below its threshold appears only as `{ group, answered, withheld: true }`; a group's
 * figure for a statement exists only when at least its threshold of raters rated that statement
 * ("Not seen" is left out); "all raters" pools only the ratings behind shown cells, and a
 * behaviour's figure is the mean of its shown statement cells. So no figure depends on a withheld
 * answer, and none can be subtracted from another to reveal one. Self sits beside the others and is
 * never averaged with them. Comments come only from shown groups, pooled and shuffled, with no name
 * or group beside them.
 */

/** How many statements the strengths and the development areas each list. */
export const RANKED_STATEMENT_COUNT = 3;

/** A gap is flagged when self and all raters differ by at least this share of the scale's range. */
export const GAP_SHARE_OF_RANGE = 1 / 3;

const TOLERANCE = 1e-9;

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

interface Rated {
  responseId: string;
  level: number;
}

function cell(source: ScoreSource, ratings: readonly Rated[]): ScoreCell {
  return { source, average: mean(ratings.map((rating) => rating.level)), ratedBy: ratings.length };
}

export function buildReviewReport(
  round: ReviewRound,
  answers: readonly RaterAnswer[],
): ReviewReport {
  // One answer per response id, in an order that does not depend on arrival.
  const current = latestAnswers(answers.filter((answer) => answer.roundId === round.id)).sort(
    (a, b) => (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0),
  );
  const groups = groupSummaries(round, current);
  const shownGroups: RaterGroup[] = groups
    .filter((summary) => !summary.withheld)
    .map((summary) => summary.group);
  const shownAnswers = current.filter((answer) => shownGroups.includes(answer.group));
  // Each statement looks at each group's answers only: hundreds of answers, dozens of statements.
  const answersOf = new Map(
    shownGroups.map((group) => [group, shownAnswers.filter((answer) => answer.group === group)]),
  );

  const behaviours: BehaviourRow[] = round.behaviours.map((behaviour) => {
    // Per source, the raters behind this behaviour's shown cells and the cells' averages.
    const behaviourRaters = new Map<ScoreSource, Set<string>>();
    const behaviourAverages = new Map<ScoreSource, number[]>();
    const note = (source: ScoreSource, ratings: readonly Rated[], average: number) => {
      const raters = behaviourRaters.get(source) ?? new Set<string>();
      for (const rating of ratings) raters.add(rating.responseId);
      behaviourRaters.set(source, raters);
      behaviourAverages.set(source, [...(behaviourAverages.get(source) ?? []), average]);
    };

    const statements: StatementRow[] = behaviour.statements.map((statement) => {
      const scores: ScoreCell[] = [];
      const pooled: Rated[] = [];
      for (const group of shownGroups) {
        const ratings: Rated[] = [];
        for (const answer of answersOf.get(group) ?? []) {
          const rating = answer.ratings[statement.id];
          if (isLevelOn(round.scale, rating)) {
            ratings.push({ responseId: answer.responseId, level: rating });
          }
        }
        if (ratings.length > 0 && isCellShown(group, ratings.length, round)) {
          const groupCell = cell(group, ratings);
          scores.push(groupCell);
          note(group, ratings, groupCell.average);
          pooled.push(...ratings);
        }
      }
      if (pooled.length > 0) {
        const allCell = cell(ALL_RATERS, pooled);
        scores.push(allCell);
        note(ALL_RATERS, pooled, allCell.average);
      }
      const self = round.selfRatings[statement.id];
      return {
        statementId: statement.id,
        statement: statement.statement,
        self: isLevelOn(round.scale, self) ? self : null,
        scores,
      };
    });

    const sources: ScoreSource[] = [...shownGroups, ALL_RATERS];
    const scores: ScoreCell[] = sources.flatMap((source) => {
      const averages = behaviourAverages.get(source);
      const raters = behaviourRaters.get(source);
      return averages && raters ? [{ source, average: mean(averages), ratedBy: raters.size }] : [];
    });
    const selfLevels = statements.flatMap((row) => (row.self === null ? [] : [row.self]));
    return {
      behaviourId: behaviour.id,
      name: behaviour.name,
      self: selfLevels.length > 0 ? mean(selfLevels) : null,
      scores,
      statements,
    };
  });

  return {
    roundId: round.id,
    kind: round.kind,
    ...(round.comparedWithRoundId === undefined
      ? {}
      : { comparedWithRoundId: round.comparedWithRoundId }),
    title: round.title,
    closesOn: round.closesOn,
    scale: round.scale,
    thresholds: thresholdsFor(round),
    groups,
    behaviours,
    gaps: gapsOf(behaviours, round),
    ...rankedStatements(behaviours),
    comments: {
      doWell: shuffleComments(
        shownAnswers.map((answer) => answer.doWell),
        round.id,
      ),
      moreEffective: shuffleComments(
        shownAnswers.map((answer) => answer.moreEffective),
        round.id,
      ),
    },
  };
}

function allRatersOf(row: StatementRow): number | undefined {
  return row.scores.find((score) => score.source === ALL_RATERS)?.average;
}

/**
 * Blind spots (self above all raters by at least a third of the scale's range) and hidden
 * strengths (self below by as much), largest difference first.
 */
function gapsOf(behaviours: readonly BehaviourRow[], round: ReviewRound): ReviewGap[] {
  const { min, max } = scaleRange(round.scale);
  const flagAt = (max - min) * GAP_SHARE_OF_RANGE - TOLERANCE;
  const gaps: ReviewGap[] = [];
  for (const behaviour of behaviours) {
    for (const row of behaviour.statements) {
      const allRaters = allRatersOf(row);
      if (row.self === null || allRaters === undefined) continue;
      const difference = allRaters - row.self;
      if (Math.abs(difference) < flagAt) continue;
      gaps.push({
        kind: difference < 0 ? 'blind-spot' : 'hidden-strength',
        statementId: row.statementId,
        statement: row.statement,
        behaviourName: behaviour.name,
        self: row.self,
        allRaters,
        difference,
      });
    }
  }
  // Array.prototype.sort is stable: equal gaps keep the round's statement order.
  return gaps.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
}

/** Top and bottom statements by all raters' average; none is listed as both. */
function rankedStatements(behaviours: readonly BehaviourRow[]): {
  strengths: RankedStatement[];
  developmentAreas: RankedStatement[];
} {
  const rated: RankedStatement[] = behaviours.flatMap((behaviour) =>
    behaviour.statements.flatMap((row) => {
      const allRaters = allRatersOf(row);
      return allRaters === undefined
        ? []
        : [
            {
              statementId: row.statementId,
              statement: row.statement,
              behaviourName: behaviour.name,
              allRaters,
            },
          ];
    }),
  );
  const strengths = [...rated]
    .sort((a, b) => b.allRaters - a.allRaters)
    .slice(0, RANKED_STATEMENT_COUNT);
  const strengthIds = new Set(strengths.map((statement) => statement.statementId));
  const developmentAreas = rated
    .filter((statement) => !strengthIds.has(statement.statementId))
    .sort((a, b) => a.allRaters - b.allRaters)
    .slice(0, RANKED_STATEMENT_COUNT);
  return { strengths, developmentAreas };
}

// ─── Start vs end ───────────────────────────────────────────────────────────────────────────────

export interface ScoreChange {
  start: number;
  end: number;
  /** end − start */
  change: number;
}

export interface BehaviourComparison {
  behaviourId: string;
  name: string;
  self: ScoreChange | null;
  groups: (ScoreChange & { group: RaterGroup })[];
}

export interface RoundComparison {
  startRoundId: string;
  endRoundId: string;
  startTitle: string;
  endTitle: string;
  /** The end round's scale, which the figures of both rounds are read on. */
  scale: RatingScale;
  /** The groups shown in both rounds: the only ones compared. */
  comparedGroups: RaterGroup[];
  behaviours: BehaviourComparison[];
}

function changeOf(start: number, end: number): ScoreChange {
  return { start, end, change: end - start };
}

/**
 * Per behaviour (present in both rounds) and per group shown in both rounds, the start and end
 * figures. "All raters" is not compared: it pools whichever groups were shown in each round, so its
 * change would mix a change in who answered with a change in what they saw.
 */
export function compareRounds(startReport: ReviewReport, endReport: ReviewReport): RoundComparison {
  const shownIn = (report: ReviewReport) =>
    new Set(report.groups.filter((summary) => !summary.withheld).map((summary) => summary.group));
  const shownAtStart = shownIn(startReport);
  const comparedGroups = [...shownIn(endReport)].filter((group) => shownAtStart.has(group));

  const behaviours = endReport.behaviours.flatMap((end): BehaviourComparison[] => {
    const start = startReport.behaviours.find(
      (candidate) => candidate.behaviourId === end.behaviourId,
    );
    if (!start) return [];
    const groups = comparedGroups.flatMap((group) => {
      const before = start.scores.find((score) => score.source === group);
      const after = end.scores.find((score) => score.source === group);
      return before && after ? [{ group, ...changeOf(before.average, after.average) }] : [];
    });
    return [
      {
        behaviourId: end.behaviourId,
        name: end.name,
        self: start.self !== null && end.self !== null ? changeOf(start.self, end.self) : null,
        groups,
      },
    ];
  });
  return {
    startRoundId: startReport.roundId,
    endRoundId: endReport.roundId,
    startTitle: startReport.title,
    endTitle: endReport.title,
    scale: endReport.scale,
    comparedGroups,
    behaviours,
  };
}
