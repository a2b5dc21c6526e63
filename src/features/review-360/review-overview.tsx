import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import {
  allStatements,
  isLevelOn,
  isRoundClosed,
  NOT_SEEN,
  RATER_GROUP_LABELS,
  RATER_GROUPS,
  type CoachIdentity,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { answerCounts } from '@/db/review-rounds';
import { PageHeader } from '@/ui/page-header';
import { Link } from '@/ui/router';
import { CoachCard } from '@/features/review-360/coach-card';
import { newRoundHref, roundHref } from '@/features/review-360/review-hrefs';
import { closingText, roundKindText } from '@/features/review-360/review-text';

interface ReviewOverviewProps {
  active: ActiveProgramme;
  rounds: ReviewRound[];
  coach: CoachIdentity | null;
}

/** The rounds (newest first), what to do next, and the coach the answers go to. */
export function ReviewOverview({ active, rounds, coach }: ReviewOverviewProps) {
  const startRounds = rounds.filter((round) => round.kind === 'start');
  const comparedStarts = new Set(rounds.map((round) => round.comparedWithRoundId));
  const canEnd = startRounds.some((round) => !comparedStarts.has(round.id));

  return (
    <div className="stack">
      <PageHeader title="360° leadership review">
        <p>
          A 360° review asks the people you work with — your line manager, peers, the people you
          lead and others — to rate your leadership on the same statements you rate yourself on.
          Their answers are pooled and anonymous, so you see how others experience your leadership
          beside how you see it, never who said what.
        </p>
      </PageHeader>

      {rounds.length === 0 ? (
        <section
          className="card stack review360-first-round"
          aria-labelledby="review-first-heading"
        >
          <div>
            <h2 id="review-first-heading">Start with a start round</h2>
            <p>
              Rate yourself, send each group of raters its link, and read the report once enough
              have answered. At the end of the programme an end round asks again and shows what
              changed.
            </p>
          </div>
          <p>
            <Link to={newRoundHref('start')} className="button button-primary">
              Set up a start round
            </Link>
          </p>
        </section>
      ) : (
        <section aria-label="Your rounds" className="stack">
          {canEnd && (
            <section className="card review360-next" aria-labelledby="review-end-heading">
              <h2 id="review-end-heading">Ready for the end of the programme?</h2>
              <p>
                An end round asks the same people the same statements again, and compares what they
                say with the start round.
              </p>
              <Link to={newRoundHref('end')} className="button button-primary">
                Set up an end round
              </Link>
            </section>
          )}
          <ul className="stacked-list review360-round-list">
            {rounds.map((round) => (
              <li key={round.id}>
                <RoundSummary round={round} rounds={rounds} />
              </li>
            ))}
          </ul>
          <p>
            <Link to={newRoundHref('start')}>Set up another round</Link>
          </p>
        </section>
      )}

      <CoachCard profileId={active.profile.id} coach={coach} />
    </div>
  );
}

function RoundSummary({ round, rounds }: { round: ReviewRound; rounds: ReviewRound[] }) {
  const counts = useLiveQuery(() => answerCounts(round.id), [round.id]);
  const statements = allStatements(round.behaviours);
  const selfDone = statements.filter((statement) => {
    const rating = round.selfRatings[statement.id];
    return rating === NOT_SEEN || isLevelOn(round.scale, rating);
  }).length;
  const isClosed = isRoundClosed(round, new Date());
  const startRound =
    round.comparedWithRoundId === undefined
      ? undefined
      : rounds.find((candidate) => candidate.id === round.comparedWithRoundId);
  const total = counts ? RATER_GROUPS.reduce((sum, group) => sum + counts[group], 0) : undefined;

  return (
    <article className="card review360-round-summary" aria-labelledby={`round-${round.id}`}>
      <h2 id={`round-${round.id}`}>
        <Link to={roundHref(round.id)}>{round.title}</Link>
      </h2>
      <p className="muted">
        {roundKindText(round)}
        {startRound ? `, compared with “${startRound.title}”` : ''} · {closingText(round, isClosed)}
        {round.coach ? ` · Answers go to ${round.coach.name}` : ''}
      </p>
      <dl className="review360-round-facts">
        <div>
          <dt>You rated</dt>
          <dd>
            {selfDone} of {statements.length} statements
          </dd>
        </div>
        <div>
          <dt>Answers</dt>
          <dd>
            {counts === undefined || total === undefined
              ? '…'
              : total === 0
                ? 'None yet'
                : RATER_GROUPS.filter((group) => counts[group] > 0)
                    .map((group) => `${RATER_GROUP_LABELS[group]} ${counts[group].toString()}`)
                    .join(' · ')}
          </dd>
        </div>
      </dl>
      <p className="cluster">
        <Link to={roundHref(round.id)} className="button">
          Open <span className="visually-hidden">“{round.title}”</span>
        </Link>
        <Link to={roundHref(round.id, 'report')} className="button button-quiet">
          Report
        </Link>
      </p>
    </article>
  );
}
