import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ensureCoachSigningKey, getCoachKeys } from '@/db/coaching';
import type { CoachKeys } from '@/domain/review-360/stored';
import { useIncomingFilesStore } from '@/state/incoming-files-store';
import { paths } from '@/ui/paths';
import { Link, useHash, useSearch } from '@/ui/router';
import { WorkspaceFrame } from '@/ui/workspace-frame';
import { CoachSetUp } from '@/features/coaching/coach-set-up';
import { CoachedRoundView } from '@/features/coaching/coached-round-view';
import { CoachWorkspace } from '@/features/coaching/coach-workspace';
import {
  COACH_FILE_KINDS,
  openAnswerAsCoach,
  type OpenedAnswer,
} from '@/features/coaching/open-coach-file';
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
  const hash = useHash();
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

  // A coach set up before verifications gets the key they sign with, so their link carries it.
  const needsSigningKey =
    loaded.status === 'ready' && loaded.keys !== undefined && !loaded.keys.signing;
  useEffect(() => {
    if (needsSigningKey) void ensureCoachSigningKey();
  }, [needsSigningKey]);

  return (
    <WorkspaceFrame title="Coaching workspace" home={paths.audit} mainClassName="coaching-main">
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
      {loaded.status === 'ready' && hash.length > 1 && <AnswerFromLink key={hash} hash={hash} />}
      {loaded.status === 'ready' &&
        (loaded.keys === undefined ? (
          <>
            <FilesWaitingForSetUp />
            <CoachSetUp />
          </>
        ) : roundId ? (
          <CoachedRoundView key={roundId} roundId={roundId} />
        ) : (
          <CoachWorkspace coach={loaded.keys} />
        ))}
    </WorkspaceFrame>
  );
}

/**
 * 360° answers handed over on a device with no coach's key yet: they wait, unread, and open in the
 * workspace once there is a key. They are encrypted to the key of the coach they were sent to, so
 * the way in is that coach's device or its backup; a new key made here cannot open them.
 */
function FilesWaitingForSetUp() {
  const incoming = useIncomingFilesStore((store) => store.incoming);
  if (!incoming || !COACH_FILE_KINDS.includes(incoming.kind)) return null;
  const names = incoming.files.map((file) => `“${file.name}”`).join(', ');
  const isOne = incoming.files.length === 1;
  return (
    <div className="card stack coaching-waiting" role="note" aria-labelledby="coaching-waiting">
      {/* Not a heading: it comes before the page's own. */}
      <p className="coaching-waiting-title" id="coaching-waiting">
        {isOne ? names : `${incoming.files.length.toString()} files`} {isOne ? 'is' : 'are'} waiting
        to open
      </p>
      <p>
        {isOne ? 'It holds' : `${names} hold`} 360° answers encrypted to a coach’s key, and this
        device has no coach’s key yet. If you set up as a coach on another device, open{' '}
        {isOne ? 'it' : 'them'} there, or{' '}
        <Link to={paths.backup}>restore that device’s backup</Link> here and come back:{' '}
        {isOne ? 'it opens' : 'they open'} then.
      </p>
      <p className="muted">
        Setting up as a new coach below makes a new key, which cannot open answers encrypted before
        it existed.
      </p>
    </div>
  );
}

/**
 * One receipt per link and page load: React may run an effect twice, and opening the same answer
 * twice would read as "you already had this answer".
 */
const receipts = new Map<string, Promise<OpenedAnswer>>();

function openOnce(hash: string): Promise<OpenedAnswer> {
  let receipt = receipts.get(hash);
  if (!receipt) {
    receipt = openAnswerAsCoach(hash);
    receipts.set(hash, receipt);
  }
  return receipt;
}

/**
 * A rater's answer link (`/review-answer#…`) opened on a device with no profile comes here: a
 * rater may send a sealed answer straight to the coach, and only this workspace can keep it.
 */
function AnswerFromLink({ hash }: { hash: string }) {
  const [opened, setOpened] = useState<OpenedAnswer | null>(null);
  useEffect(() => {
    const effect = { isCurrent: true };
    void openOnce(hash).then((result) => {
      if (effect.isCurrent) setOpened(result);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [hash]);

  if (opened === null) return <p aria-busy="true">Opening the rater’s answer…</p>;
  return opened.ok ? (
    <p role="status" className="card coaching-answer-notice">
      ✓ {opened.message}
    </p>
  ) : (
    <p role="alert" className="alert coaching-answer-notice">
      {opened.message}
    </p>
  );
}
