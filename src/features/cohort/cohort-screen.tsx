import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Profile } from '@/domain/profile';
import { getFacilitatorProfile } from '@/db/cohorts';
import { paths } from '@/ui/paths';
import { Link, navigate, useHash, useSearch } from '@/ui/router';
import { useIncomingFiles } from '@/ui/use-incoming-files';
import { WorkspaceFrame } from '@/ui/workspace-frame';
import { CohortDashboard } from '@/features/cohort/cohort-dashboard';
import { CohortList } from '@/features/cohort/cohort-list';
import { FacilitatorSetUp } from '@/features/cohort/facilitator-set-up';
import { SnapshotFromLink } from '@/features/cohort/snapshot-from-link';
import { WaitingSnapshots } from '@/features/cohort/waiting-snapshots';
import './cohort.css';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; facilitator: Profile | undefined }
  | { status: 'unavailable' };

/**
 * The cohort workspace (`/cohorts`): Trellis on a facilitator's device, on their facilitator
 * profile (which has no programme). Cohorts, the snapshots delegates chose to share, and the
 * cohort's dashboard; `?cohort=<id>` opens one cohort. Snapshot files opened with "Open a Trellis
 * file" wait here for their cohort, then open on its dashboard as files chosen there do. Drawn outside the delegate's frame, as the
 * coaching workspace is, since a facilitator's device may hold no delegate at all.
 */
export function CohortScreen() {
  const search = useSearch();
  const hash = useHash();
  const cohortId = new URLSearchParams(search).get('cohort');
  const loaded = useLiveQuery<Loaded, Loaded>(
    () =>
      getFacilitatorProfile().then(
        (facilitator): Loaded => ({ status: 'ready', facilitator }),
        (): Loaded => ({ status: 'unavailable' }),
      ),
    [],
    { status: 'loading' },
  );
  const [waiting, setWaiting] = useState<File[] | null>(null);
  const [toOpen, setToOpen] = useState<{ cohortId: string; files: File[] } | null>(null);

  useIncomingFiles(['progress-snapshot'], ({ files }) => {
    if (files.length > 0) setWaiting(files);
  });

  function openIn(chosenId: string) {
    if (!waiting) return;
    setToOpen({ cohortId: chosenId, files: waiting });
    setWaiting(null);
    navigate(`${paths.cohorts}?cohort=${chosenId}`);
  }

  return (
    <WorkspaceFrame
      title="Cohorts"
      home={paths.cohorts}
      action={
        loaded.status === 'ready' &&
        loaded.facilitator && (
          <Link to={`${paths.backup}?from=cohorts`} className="workspace-header-link">
            Back up
          </Link>
        )
      }
      mainClassName="cohort-main"
    >
      {loaded.status === 'loading' && <p aria-busy="true">Opening your cohorts…</p>}
      {loaded.status === 'unavailable' && (
        <div className="stack">
          <h1>Your cohorts cannot open</h1>
          <p className="alert" role="alert">
            This browser’s storage is not available, so Trellis cannot keep a cohort here. Storage
            is often switched off in a private window: open Trellis in an ordinary one.
          </p>
        </div>
      )}
      {loaded.status === 'ready' &&
        (loaded.facilitator === undefined ? (
          <FacilitatorSetUp />
        ) : (
          <>
            {hash.length > 1 && (
              <SnapshotFromLink key={hash} hash={hash} facilitator={loaded.facilitator} />
            )}
            {waiting && (
              <WaitingSnapshots
                files={waiting}
                facilitator={loaded.facilitator}
                onOpenIn={openIn}
                onPutAside={() => setWaiting(null)}
              />
            )}
            {cohortId ? (
              <CohortDashboard
                key={cohortId}
                cohortId={cohortId}
                facilitator={loaded.facilitator}
                incoming={toOpen?.cohortId === cohortId ? toOpen.files : undefined}
                onIncomingTaken={() => setToOpen(null)}
              />
            ) : (
              <CohortList facilitator={loaded.facilitator} />
            )}
          </>
        ))}
    </WorkspaceFrame>
  );
}
