import type { CohortAggregate, SharingRow } from '@/domain/cohort/aggregate';
import { formatDateTime } from '@/domain/text';
import { LongList } from '@/features/cohort/long-list';

function count(value: number): string {
  return value.toLocaleString('en-GB');
}

interface SharingListProps {
  aggregate: CohortAggregate;
  listedCount: number;
  selectedKey: string | null;
  onSelect: (delegateKey: string | null) => void;
}

/**
 * Who has shared and when, and who has not, in the order of the cohort's list of names: never
 * sorted by any figure. A delegate who shared opens their detail on a click.
 */
export function SharingList({ aggregate, listedCount, selectedKey, onSelect }: SharingListProps) {
  const { sharedCount, notSharedCount, sharing } = aggregate;
  const offList = sharing.filter((row) => row.isOffList).length;
  return (
    <section className="card stack cohort-sharing" aria-labelledby="cohort-sharing-heading">
      <h2 id="cohort-sharing-heading">Who has shared</h2>
      <p className="cohort-sharing-summary">
        {listedCount > 0
          ? `${count(sharedCount)} of ${count(listedCount)} on your list have shared; ${count(notSharedCount)} not yet.`
          : 'Add the delegates’ names to the cohort to see who has not shared yet.'}
        {offList > 0 &&
          ` ${count(offList)} who shared ${offList === 1 ? 'is' : 'are'} not on your list.`}
      </p>
      {sharing.length > 0 && (
        <LongList
          items={sharing}
          keyOf={(row) => (row.member ? `m:${row.member.delegateKey}` : `n:${row.name}`)}
          label="Delegates"
          rowHeight={52}
          renderItem={(row) => (
            <SharingRowView row={row} selectedKey={selectedKey} onSelect={onSelect} />
          )}
        />
      )}
    </section>
  );
}

function SharingRowView({
  row,
  selectedKey,
  onSelect,
}: {
  row: SharingRow;
  selectedKey: string | null;
  onSelect: (delegateKey: string | null) => void;
}) {
  const { member } = row;
  if (!member) {
    return (
      <div className="cohort-person is-waiting">
        <span className="cohort-person-name">{row.name}</span>
        <span className="cohort-person-status">Not shared yet</span>
      </div>
    );
  }
  const isSelected = selectedKey === member.delegateKey;
  return (
    <div className="cohort-person">
      <button
        type="button"
        className="cohort-person-name button-link"
        aria-expanded={isSelected}
        onClick={() => onSelect(isSelected ? null : member.delegateKey)}
      >
        {row.name}
      </button>
      <span className="cohort-person-status">
        Shared {formatDateTime(member.takenAt)}
        {row.isOffList ? ' · not on your list' : ''}
        {member.differences.length > 0 ? ' · framework differs' : ''}
      </span>
    </div>
  );
}
