import { useLiveQuery } from 'dexie-react-hooks';
import { answerCountsAsCoach, listCoachedRounds } from '@/db/coaching';
import type { CoachKeys } from '@/domain/review-360/stored';
import { PageHeader } from '@/ui/page-header';
import { CoachKeyCard } from '@/features/coaching/coach-key-card';
import { CoachLinkCard } from '@/features/coaching/coach-link-card';
import { CoachedRoundList, type RoundWithCounts } from '@/features/coaching/coached-round-list';
import { OpenAnswersCard } from '@/features/coaching/open-answers-card';

async function roundsWithCounts(): Promise<RoundWithCounts[]> {
  const rounds = await listCoachedRounds();
  return Promise.all(
    rounds.map(async (round) => ({ round, counts: await answerCountsAsCoach(round.id) })),
  );
}

/**
 * A coach's workspace once set up: opening what delegates send, the reviews they coach, and the
 * link delegates add them from. Until the first review arrives the link comes first, as sending
 * it is the first thing to do.
 */
export function CoachWorkspace({ coach }: { coach: CoachKeys }) {
  const rounds = useLiveQuery(roundsWithCounts, []);
  if (rounds === undefined) return <p aria-busy="true">Opening the reviews you coach…</p>;

  // Keyed, so moving a column keeps what it holds (the sentence saying what a file just added).
  const reviews = (
    <div className="stack" key="reviews">
      <OpenAnswersCard />
      <CoachedRoundList rounds={rounds} />
    </div>
  );
  const identity = (
    <div className="stack" key="identity">
      <CoachLinkCard coach={coach} />
      <CoachKeyCard coach={coach} />
    </div>
  );
  return (
    <div className="coaching-workspace">
      <PageHeader title="Coaching workspace">
        <p>
          You coach as {coach.name}. Delegates send you their 360° answers, encrypted so that only
          this device can open them; you see each report and release it when you choose.
        </p>
      </PageHeader>
      <div className="coaching-columns">
        {rounds.length > 0 ? [reviews, identity] : [identity, reviews]}
      </div>
    </div>
  );
}
