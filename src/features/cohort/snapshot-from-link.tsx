import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { checkParsedSnapshot } from '@/domain/cohort/check-snapshots';
import type { Snapshot } from '@/domain/cohort/snapshot';
import { decodeSnapshotLink } from '@/domain/cohort/snapshot-exchange';
import type { Decoded } from '@/domain/observation-exchange';
import type { Profile } from '@/domain/profile';
import { addSnapshots, listCohorts } from '@/db/cohorts';
import { paths } from '@/ui/paths';
import { navigate } from '@/ui/router';

type Added =
  { status: 'idle' } | { status: 'done'; message: string } | { status: 'failed'; message: string };

/**
 * A snapshot a delegate sent as a link (`/cohorts#…`): read from the fragment, which never left
 * this device, then added to the cohort the facilitator picks, as a file would be.
 */
export function SnapshotFromLink({ hash, facilitator }: { hash: string; facilitator: Profile }) {
  const [decoded, setDecoded] = useState<Decoded<Snapshot> | null>(null);
  const cohorts = useLiveQuery(() => listCohorts(facilitator.id), [facilitator.id]);
  const [cohortId, setCohortId] = useState('');
  const [added, setAdded] = useState<Added>({ status: 'idle' });

  useEffect(() => {
    const effect = { isCurrent: true };
    void decodeSnapshotLink(hash).then((result) => {
      if (effect.isCurrent) setDecoded(result);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [hash]);

  const chosen = cohorts?.find((cohort) => cohort.id === cohortId) ?? cohorts?.[0];

  async function add() {
    if (!decoded?.ok || !chosen) return;
    const checked = checkParsedSnapshot(decoded.value, chosen.framework, new Date().toISOString());
    if (!checked.ok) {
      setAdded({ status: 'failed', message: checked.message });
      return;
    }
    try {
      const [outcome] = await addSnapshots(chosen.id, [checked.member]);
      setAdded({
        status: 'done',
        message:
          outcome?.kind === 'already-have'
            ? `You already had this snapshot from ${decoded.value.delegate.name}.`
            : outcome?.kind === 'older'
              ? `You have a newer snapshot from ${decoded.value.delegate.name}, so it stays.`
              : `${decoded.value.delegate.name}’s snapshot is in ${chosen.programmeName}.`,
      });
      // The link has done its work: the address no longer carries it, and the cohort opens.
      navigate(`${paths.cohorts}?cohort=${chosen.id}`, { replace: true });
    } catch {
      setAdded({ status: 'failed', message: 'The snapshot could not be stored. Try again.' });
    }
  }

  if (added.status === 'done') {
    return (
      <p role="status" className="card cohort-link-notice">
        ✓ {added.message}
      </p>
    );
  }
  if (decoded === null) return <p aria-busy="true">Reading the snapshot in the link…</p>;
  if (!decoded.ok) {
    return (
      <p role="alert" className="alert cohort-link-notice">
        {decoded.message}
      </p>
    );
  }
  return (
    <section className="card stack cohort-link-notice" aria-labelledby="cohort-link-heading">
      <h2 id="cohort-link-heading">A snapshot from {decoded.value.delegate.name}</h2>
      {cohorts && cohorts.length === 0 ? (
        <p>Make the cohort it belongs to first, then open the link again.</p>
      ) : (
        <div className="cluster">
          <label>
            Add it to{' '}
            <select value={chosen?.id ?? ''} onChange={(event) => setCohortId(event.target.value)}>
              {cohorts?.map((cohort) => (
                <option key={cohort.id} value={cohort.id}>
                  {cohort.programmeName}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button-primary" onClick={() => void add()}>
            Add the snapshot
          </button>
        </div>
      )}
      {added.status === 'failed' && (
        <p className="alert" role="alert">
          {added.message}
        </p>
      )}
    </section>
  );
}
