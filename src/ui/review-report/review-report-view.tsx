import { useId, useMemo, useState, type ReactNode } from 'react';
import { scaleRange } from '@/domain/framework';
import { formatAverage } from '@/domain/level-text';
import {
  RATER_GROUP_LABELS,
  type BehaviourRow,
  type RaterGroup,
  type RankedStatement,
  type ReviewGap,
  type ReviewReport,
  type StatementRow,
} from '@/domain/review-360/review-round';
import { GAP_SHARE_OF_RANGE } from '@/domain/review-360/review-report';
import { ScaleKey } from '@/ui/review-report/score-bars';
import { useDrawnInSteps } from '@/ui/use-drawn-in-steps';
import { ScoreTableRegion, SourceFigures } from '@/ui/review-report/source-figures';
import { sourceRows } from '@/ui/review-report/score-rows';
import {
  groupSummaryText,
  listText,
  REPORT_WORDS,
  type ReportAudience,
  type ReportWords,
} from '@/ui/review-report/report-words';
import '@/ui/review-report/review-report.css';

interface ReviewReportViewProps {
  report: ReviewReport;
  audience: ReportAudience;
}

/**
 * A 360° report as the delegate or their coach reads it. It shows the report as the domain built
 * it and nothing more: the report holds only figures that may be shown, so the view never works
 * out a figure of its own. Comments have a section of their own at the end, far from any score
 * and with no name or group beside them.
 */
export function ReviewReportView({ report, audience }: ReviewReportViewProps) {
  const words = REPORT_WORDS[audience];
  const shownGroups = report.groups
    .filter((summary) => !summary.withheld)
    .map((summary) => summary.group);
  return (
    <div className="review-report stack">
      <WhoAnswered report={report} words={words} />
      {shownGroups.length === 0 ? (
        <p className="card review-report-nothing">
          No group has reached its threshold yet, so there are no figures or comments to show.
        </p>
      ) : (
        <ReportBody report={report} shownGroups={shownGroups} words={words} />
      )}
    </div>
  );
}

/**
 * The figures and comments, top first: the first behaviour at once, then each later behaviour and
 * each section below in the frame after the one before (useDrawnInSteps). Drawn at once, a report
 * of dozens of statements and hundreds of comments is one long task before anything shows; so
 * the top of the report is on screen sooner, and a tap is answered while the rest is drawn.
 */
function ReportBody({
  report,
  shownGroups,
  words,
}: {
  report: ReviewReport;
  shownGroups: readonly RaterGroup[];
  words: ReportWords;
}) {
  // The same elements on every step, so React skips the parts already drawn.
  const parts = useMemo(
    () => ({
      behaviours: report.behaviours.map((behaviour) => (
        <BehaviourCard
          key={behaviour.behaviourId}
          behaviour={behaviour}
          report={report}
          shownGroups={shownGroups}
          words={words}
        />
      )),
      below: [
        <Gaps key="gaps" report={report} words={words} />,
        <Ranked key="ranked" report={report} />,
        <Comments key="comments" report={report} words={words} />,
      ],
    }),
    [report, shownGroups, words],
  );
  const total = parts.behaviours.length + parts.below.length;
  const drawn = useDrawnInSteps(true, total, { first: 1, step: 1 });
  return (
    <>
      <Section title="Behaviours">
        <ScaleKey scale={report.scale} />
        <div className="stack">{parts.behaviours.slice(0, drawn)}</div>
      </Section>
      {parts.below.slice(0, Math.max(drawn - parts.behaviours.length, 0))}
      {drawn < total && (
        <p className="muted" aria-busy="true">
          Drawing the rest of the report…
        </p>
      )}
    </>
  );
}

function Section({
  title,
  className,
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={className ?? 'review-report-section'} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

function WhoAnswered({ report, words }: { report: ReviewReport; words: ReportWords }) {
  const thresholds = report.groups.map(
    (summary) =>
      `${RATER_GROUP_LABELS[summary.group].toLowerCase()} ${report.thresholds[summary.group].toString()}`,
  );
  return (
    <Section title="Who answered" className="card review-report-section">
      <ul className="review-groups">
        {report.groups.map((summary) => (
          <li key={summary.group} data-withheld={summary.withheld || undefined}>
            {groupSummaryText(summary, report.thresholds)}
          </li>
        ))}
      </ul>
      <p className="muted">
        A group’s figures and comments are shown only once enough of it have answered (
        {listText(thresholds)}), and its figure for a statement only when that many rated it.{' '}
        {words.selfNote}
      </p>
    </Section>
  );
}

function BehaviourCard({
  behaviour,
  report,
  shownGroups,
  words,
}: {
  behaviour: BehaviourRow;
  report: ReviewReport;
  shownGroups: readonly RaterGroup[];
  words: ReportWords;
}) {
  const headingId = useId();
  const rows = sourceRows(behaviour.self, behaviour.scores, shownGroups, words.self);
  return (
    <section className="card review-behaviour" aria-labelledby={headingId}>
      <h3 id={headingId}>{behaviour.name}</h3>
      <SourceFigures title={behaviour.name} rows={rows} scale={report.scale} />
      <h4 className="review-statements-title">Statement by statement</h4>
      <div className="review-statements">
        {behaviour.statements.map((statement) => (
          <StatementDetails
            key={statement.statementId}
            statement={statement}
            report={report}
            shownGroups={shownGroups}
            words={words}
          />
        ))}
      </div>
    </section>
  );
}

function StatementDetails({
  statement,
  report,
  shownGroups,
  words,
}: {
  statement: StatementRow;
  report: ReviewReport;
  shownGroups: readonly RaterGroup[];
  words: ReportWords;
}) {
  // A report holds dozens of statements and most are never opened: their charts and tables are
  // drawn on the first opening (and kept), so the report itself is a fraction of the elements.
  const [isDrawn, setIsDrawn] = useState(false);
  const rows = sourceRows(statement.self, statement.scores, shownGroups, words.self);
  const allRaters = rows.at(-1)?.value ?? null;
  return (
    <details
      className="review-statement"
      // Opened other than by its summary (by a script, say): the toggle event comes a task later.
      onToggle={(event) => {
        if (event.currentTarget.open) setIsDrawn(true);
      }}
    >
      {/* A click renders the figures before the browser opens the details: no empty frame. */}
      <summary onClick={() => setIsDrawn(true)}>
        <span className="review-statement-summary">
          <span className="review-statement-text">{statement.statement}</span>
          <span className="review-statement-glance">
            {[
              ...(statement.self === null
                ? []
                : [`${words.self} ${formatAverage(statement.self)}`]),
              allRaters === null
                ? 'Too few ratings to show'
                : `All raters ${formatAverage(allRaters)}`,
            ].join(' · ')}
          </span>
        </span>
      </summary>
      {isDrawn && <SourceFigures title={statement.statement} rows={rows} scale={report.scale} />}
    </details>
  );
}

function Gaps({ report, words }: { report: ReviewReport; words: ReportWords }) {
  const { min, max } = scaleRange(report.scale);
  const flagAt = formatAverage((max - min) * GAP_SHARE_OF_RANGE);
  const blindSpots = report.gaps.filter((gap) => gap.kind === 'blind-spot');
  const hiddenStrengths = report.gaps.filter((gap) => gap.kind === 'hidden-strength');
  return (
    <Section title="Blind spots and hidden strengths" className="card review-report-section">
      <p className="muted">
        Statements where {words.selfRatings} and all raters’ averages differ by {flagAt} levels or
        more, the largest difference first.
      </p>
      <GapTable title="Blind spots" intro={words.blindSpots} gaps={blindSpots} words={words} />
      <GapTable
        title="Hidden strengths"
        intro={words.hiddenStrengths}
        gaps={hiddenStrengths}
        words={words}
      />
    </Section>
  );
}

function GapTable({
  title,
  intro,
  gaps,
  words,
}: {
  title: string;
  intro: string;
  gaps: readonly ReviewGap[];
  words: ReportWords;
}) {
  return (
    <div className="review-gaps">
      <h3>{title}</h3>
      <p className="muted">{intro}</p>
      {gaps.length === 0 ? (
        <p>None.</p>
      ) : (
        <ScoreTableRegion label={title}>
          <table className="score-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Statement</th>
                <th scope="col" className="number-cell">
                  {words.self}
                </th>
                <th scope="col" className="number-cell">
                  All raters
                </th>
                <th scope="col" className="number-cell">
                  Gap
                </th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((gap) => (
                <tr key={gap.statementId}>
                  <th scope="row">
                    {gap.statement}
                    <span className="review-item-behaviour">{gap.behaviourName}</span>
                  </th>
                  <td className="number-cell">{formatAverage(gap.self)}</td>
                  <td className="number-cell">{formatAverage(gap.allRaters)}</td>
                  <td className="number-cell">{formatAverage(Math.abs(gap.difference))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScoreTableRegion>
      )}
    </div>
  );
}

function Ranked({ report }: { report: ReviewReport }) {
  return (
    <Section title="Strengths and development areas" className="card review-report-section">
      <p className="muted">The statements all raters rated highest and lowest.</p>
      <div className="two-up-grid review-pair">
        <RankedList title="Top strengths" statements={report.strengths} />
        <RankedList title="Development areas" statements={report.developmentAreas} />
      </div>
    </Section>
  );
}

function RankedList({
  title,
  statements,
}: {
  title: string;
  statements: readonly RankedStatement[];
}) {
  return (
    <div>
      <h3>{title}</h3>
      {statements.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ol className="review-items">
          {statements.map((statement) => (
            <li key={statement.statementId}>
              <span className="review-item-statement">{statement.statement}</span>
              <span className="review-item-behaviour">{statement.behaviourName}</span>
              <span className="review-item-figures">
                All raters {formatAverage(statement.allRaters)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Comments({ report, words }: { report: ReviewReport; words: ReportWords }) {
  return (
    <Section title="Comments" className="card review-report-section review-comments-section">
      <p className="muted">
        From the groups shown above, in an order that says nothing of who wrote them or when.
      </p>
      <div className="two-up-grid review-pair">
        <CommentList title={words.doWell} comments={report.comments.doWell} />
        <CommentList title={words.moreEffective} comments={report.comments.moreEffective} />
      </div>
    </Section>
  );
}

function CommentList({ title, comments }: { title: string; comments: readonly string[] }) {
  return (
    <div>
      <h3>{title}</h3>
      {comments.length === 0 ? (
        <p className="muted">No comments.</p>
      ) : (
        <ul className="review-comments">
          {comments.map((comment, index) => (
            // The same text can come from two raters; its place in the list is its only identity.
            <li key={index}>{comment}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
