import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { getReviewCoach, listReviewRounds } from '@/db/review-rounds';
import { LoadingText } from '@/ui/loading-text';
import { paths } from '@/ui/paths';
import { Link, useSearch } from '@/ui/router';
import { ReviewOverview } from '@/features/review-360/review-overview';
import { RoundSetUp } from '@/features/review-360/round-set-up';
import { RoundView } from '@/features/review-360/round-view';
import { isRoundPart } from '@/features/review-360/review-hrefs';
import './review-360.css';

/**
 * The delegate's 360° review: the rounds and the coach (`/360`), setting up a round
 * (`?new=start|end`), and one round (`?round=<id>&part=…`): rating yourself, the raters' links,
 * the answers that came back, the report and the round's settings. Read live, so an answer added
 * in another tab shows here at once.
 */
export function Review360Screen({ active }: { active: ActiveProgramme }) {
  const search = new URLSearchParams(useSearch());
  const profileId = active.profile.id;
  const loaded = useLiveQuery(async () => {
    const [rounds, coach] = await Promise.all([
      listReviewRounds(profileId),
      getReviewCoach(profileId),
    ]);
    return { rounds, coach: coach ?? null };
  }, [profileId]);

  if (loaded === undefined) {
    return (
      <div className="review360">
        <LoadingText>Loading your 360° review…</LoadingText>
      </div>
    );
  }
  const { rounds, coach } = loaded;

  const newKind = search.get('new');
  if (newKind === 'start' || newKind === 'end') {
    return (
      <div className="review360">
        <RoundSetUp
          key={newKind}
          active={active}
          rounds={rounds}
          coach={coach}
          initialKind={newKind}
        />
      </div>
    );
  }

  const roundId = search.get('round');
  if (roundId !== null) {
    const round = rounds.find((candidate) => candidate.id === roundId);
    const part = search.get('part');
    return (
      <div className="review360">
        {round ? (
          <RoundView
            key={round.id}
            active={active}
            round={round}
            rounds={rounds}
            part={isRoundPart(part) ? part : undefined}
          />
        ) : (
          <div className="stack">
            <p role="alert" className="alert">
              This round is no longer here: it may have been deleted.
            </p>
            <p>
              <Link to={paths.review360}>See your 360° review rounds</Link>
            </p>
          </div>
        )}
      </div>
    );
  }

  return (
    <div className="review360">
      <ReviewOverview active={active} rounds={rounds} coach={coach} />
    </div>
  );
}
