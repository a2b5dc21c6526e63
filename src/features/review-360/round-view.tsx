import type { ActiveProgramme } from '@/domain/active-programme';
import {
  allStatements,
  isLevelOn,
  isRoundClosed,
  NOT_SEEN,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { AnswersPart } from '@/features/review-360/answers-part';
import { ComparePart } from '@/features/review-360/compare-part';
import { InviteRaters } from '@/features/review-360/invite-raters';
import { ReportPart } from '@/features/review-360/report-part';
import {
  ROUND_PART_LABELS,
  ROUND_PARTS,
  roundHref,
  type RoundPart,
} from '@/features/review-360/review-hrefs';
import { closingText, roundKindText } from '@/features/review-360/review-text';
import { RoundSettings } from '@/features/review-360/round-settings';
import { SelfRating } from '@/features/review-360/self-rating';

interface RoundViewProps {
  active: ActiveProgramme;
  round: ReviewRound;
  rounds: ReviewRound[];
  /** The part the URL asks for; without one, what the round most needs next. */
  part: RoundPart | undefined;
}

function selfRatedCount(round: ReviewRound): number {
  return allStatements(round.behaviours).filter((statement) => {
    const rating = round.selfRatings[statement.id];
    return rating === NOT_SEEN || isLevelOn(round.scale, rating);
  }).length;
}

/** A closed round is read; an open one is rated first, then shared. */
function nextPart(round: ReviewRound, isClosed: boolean): RoundPart {
  if (isClosed) return 'report';
  return selfRatedCount(round) < allStatements(round.behaviours).length ? 'self' : 'invite';
}

/** One round: its title, dates and coach, and a tab for each thing done with it. */
export function RoundView({ active, round, rounds, part }: RoundViewProps) {
  const isClosed = isRoundClosed(round, new Date());
  const shown =
    part === 'compare' && round.kind !== 'end' ? 'report' : (part ?? nextPart(round, isClosed));
  const startRound =
    round.comparedWithRoundId === undefined
      ? undefined
      : rounds.find((candidate) => candidate.id === round.comparedWithRoundId);

  return (
    <div className="stack review360-round">
      <p>
        <Link to={paths.review360}>← Your 360° review</Link>
      </p>
      <PageHeader title={round.title}>
        <p>
          {roundKindText(round)}
          {startRound ? `, compared with “${startRound.title}”` : ''} ·{' '}
          {closingText(round, isClosed)}
        </p>
        <p>
          {round.coach
            ? `Answers are encrypted to ${round.coach.name}, your coach.`
            : 'No coach: answers come to this device, and only the report is shown.'}
        </p>
      </PageHeader>
      <nav className="review360-parts" aria-label="This round">
        <ul>
          {ROUND_PARTS.filter((candidate) => candidate !== 'compare' || round.kind === 'end').map(
            (candidate) => (
              <li key={candidate}>
                <Link
                  to={roundHref(round.id, candidate)}
                  aria-current={candidate === shown ? 'page' : undefined}
                >
                  {ROUND_PART_LABELS[candidate]}
                </Link>
              </li>
            ),
          )}
        </ul>
      </nav>
      {shown === 'self' && <SelfRating round={round} />}
      {shown === 'invite' && <InviteRaters active={active} round={round} isClosed={isClosed} />}
      {shown === 'answers' && <AnswersPart active={active} round={round} isClosed={isClosed} />}
      {shown === 'report' && <ReportPart round={round} />}
      {shown === 'compare' && <ComparePart round={round} startRound={startRound} />}
      {shown === 'settings' && <RoundSettings round={round} rounds={rounds} />}
    </div>
  );
}
