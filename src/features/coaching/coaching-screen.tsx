import { useLiveQuery } from 'dexie-react-hooks';
import { getCoachKeys } from '@/db/coaching';
import type { CoachKeys } from '@/domain/review-360/stored';
import { paths } from '@/ui/paths';
import { Link, useSearch } from '@/ui/router';
import { CoachSetUp } from '@/features/coaching/coach-set-up';
import { CoachedRoundView } from '@/features/coaching/coached-round-view';
import { CoachWorkspace } from '@/features/coaching/coach-workspace';
import './coaching.css';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; keys: CoachKeys | undefined }
  | { status: 'unavailable' };

/**
 * The coaching workspace (`/coaching`): Trellis on a coach's own device, with no profile and no
 * programme. Delegates' 360° answers are sealed to the key made here; the coach opens them here
 * to see the thresholded report and releases it when they choose. `?round=<id>` opens one round,
 * so the back button and a bookmark work as they do elsewhere.
 */
export function CoachingScreen() {
  const search = useSearch();
  const roundId = new URLSearchParams(search).get('round');
  const loaded = useLiveQuery<Loaded, Loaded>(
    () =>
      getCoachKeys().then(
        (keys): Loaded => ({ status: 'ready', keys }),
        (): Loaded => ({ status: 'unavailable' }),
      ),
    [],
    { status: 'loading' },
  );

  return (
    <div className="coaching">
      <header className="coaching-header">
        <div className="coaching-header-inner">
          <Link to={paths.audit} className="coaching-brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            Trellis
          </Link>
          <span className="coaching-header-title">Coaching workspace</span>
        </div>
      </header>
      <main id="main" className="app-main coaching-main">
        {loaded.status === 'loading' && <p aria-busy="true">Opening the coaching workspace…</p>}
        {loaded.status === 'unavailable' && (
          <div className="stack">
            <h1>The coaching workspace cannot open</h1>
            <p className="alert" role="alert">
              This browser’s storage is not available, so Trellis cannot keep a coach’s key here.
              Storage is often switched off in a private window: open Trellis in an ordinary one.
            </p>
          </div>
        )}
        {loaded.status === 'ready' &&
          (loaded.keys === undefined ? (
            <CoachSetUp />
          ) : roundId ? (
            <CoachedRoundView key={roundId} roundId={roundId} />
          ) : (
            <CoachWorkspace coach={loaded.keys} />
          ))}
      </main>
    </div>
  );
}
