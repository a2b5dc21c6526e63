import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { aggregateCohort } from '@/domain/cohort/aggregate';
import type { Cohort, StoredSnapshot } from '@/domain/cohort/cohort';
import { formatCalendarDate } from '@/domain/calendar-date';
import type { Profile } from '@/domain/profile';
import { getCohort, listCohortSnapshots } from '@/db/cohorts';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import {
  AreaTable,
  LearningThreeReach,
  SkillMoves,
  TechniqueBank,
} from '@/features/cohort/cohort-figures';
import { CohortExports } from '@/features/cohort/cohort-exports';
import { DelegateDetail } from '@/features/cohort/delegate-detail';
import { OpenSnapshotsCard } from '@/features/cohort/open-snapshots-card';
import { SharingList } from '@/features/cohort/sharing-list';

type Loaded =
  { status: 'loading' } | { status: 'ready'; cohort: Cohort | undefined; rows: StoredSnapshot[] };

/**
 * One cohort: open snapshots, who has shared, and the cohort's figures — area averages at
 * baseline and now with their spread, the skills that moved most and least, Learning 3 reach and
 * the techniques that worked. One delegate's detail opens on a click. The figures are worked out
 * in one pass over the latest snapshot of each delegate whenever the stored snapshots change.
 */
export function CohortDashboard({
  cohortId,
  facilitator,
  incoming,
  onIncomingTaken,
}: {
  cohortId: string;
  facilitator: Profile;
  /** Snapshot files opened with "Open a Trellis file" for this cohort. */
  incoming?: File[] | undefined;
  onIncomingTaken?: () => void;
}) {
  const loaded = useLiveQuery<Loaded, Loaded>(
    async () => ({
      status: 'ready',
      cohort: await getCohort(cohortId),
      rows: await listCohortSnapshots(cohortId),
    }),
    [cohortId],
    { status: 'loading' },
  );
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const cohort = loaded.status === 'ready' ? loaded.cohort : undefined;
  const rows = loaded.status === 'ready' ? loaded.rows : undefined;
  const aggregate = useMemo(
    () => (cohort && rows ? aggregateCohort(cohort, rows) : undefined),
    [cohort, rows],
  );

  if (loaded.status === 'loading') return <p aria-busy="true">Opening the cohort…</p>;
  if (!cohort || !aggregate || !rows) {
    return (
      <div className="stack">
        <h1>This cohort is not on this device</h1>
        <p>
          <Link to={paths.cohorts}>← All your cohorts</Link>
        </p>
      </div>
    );
  }
  const selected = rows.find((row) => row.delegateKey === selectedKey);

  return (
    <div className="stack cohort-dashboard">
      <p className="cohort-back">
        <Link to={paths.cohorts}>← All your cohorts</Link>
      </p>
      <PageHeader title={cohort.programmeName}>
        <p className="muted">
          {formatCalendarDate(cohort.startDate)} – {formatCalendarDate(cohort.endDate)} · rated
          against {cohort.framework.name}
        </p>
      </PageHeader>
      <div className="cohort-columns">
        <SharingList
          aggregate={aggregate}
          listedCount={cohort.names.length}
          selectedKey={selectedKey}
          onSelect={setSelectedKey}
        />
        <OpenSnapshotsCard cohort={cohort} incoming={incoming} onIncomingTaken={onIncomingTaken} />
      </div>
      {selected && (
        <DelegateDetail
          key={selected.id}
          member={selected}
          cohort={cohort}
          onClose={() => setSelectedKey(null)}
        />
      )}
      {aggregate.members.length === 0 ? (
        <section className="card">
          <h2>The cohort’s figures</h2>
          <p className="muted">
            The figures appear here once a delegate’s snapshot is opened. Delegates make one from
            Progress → “Share with my facilitator”.
          </p>
        </section>
      ) : (
        <>
          <AreaTable aggregate={aggregate} framework={cohort.framework} />
          <SkillMoves aggregate={aggregate} />
          <div className="cohort-columns-even">
            <LearningThreeReach aggregate={aggregate} />
            <TechniqueBank aggregate={aggregate} framework={cohort.framework} />
          </div>
          <CohortExports cohort={cohort} aggregate={aggregate} facilitator={facilitator} />
        </>
      )}
    </div>
  );
}
