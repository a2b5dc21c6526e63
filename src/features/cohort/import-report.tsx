import type { CohortMember } from '@/domain/cohort/cohort';
import { formatDateTime, plural } from '@/domain/text';
import type { AddOutcome } from '@/db/cohorts';
import { LongList } from '@/features/cohort/long-list';

export type ReportLine =
  | { ok: true; fileName: string; member: CohortMember; outcome: AddOutcome }
  | { ok: false; fileName: string; message: string };

function outcomeText(member: CohortMember, outcome: AddOutcome): string {
  const who = member.delegate.name;
  const taken = formatDateTime(member.takenAt);
  switch (outcome.kind) {
    case 'added':
      return `${who}: added (shared ${taken}).`;
    case 'replaced':
      return `${who}: replaces the snapshot shared ${formatDateTime(outcome.previousTakenAt)} with the one shared ${taken}.`;
    case 'already-have':
      return `${who}: you already had this snapshot, so nothing changed.`;
    case 'older':
      return `${who}: this snapshot (${taken}) is older than the one you have (${formatDateTime(outcome.keptTakenAt)}), so the newer one stays.`;
  }
}

/** What each file did, one line per file, refused files first so they are not missed. */
export function ImportReport({ lines }: { lines: readonly ReportLine[] }) {
  const refused = lines.filter((line) => !line.ok);
  const taken = lines.flatMap((line) => (line.ok ? [line] : []));
  const changed = taken.filter(
    (line) => line.outcome.kind === 'added' || line.outcome.kind === 'replaced',
  ).length;
  return (
    <div className="cohort-report stack" aria-label="What each file did">
      <p className="cohort-report-summary" role="status">
        {plural(lines.length, 'file', 'files')} opened: {changed.toLocaleString('en-GB')} added or
        updated{refused.length > 0 ? `, ${refused.length.toLocaleString('en-GB')} refused` : ''}.
      </p>
      {refused.length > 0 && (
        <ul className="cohort-report-list" aria-label="Files refused">
          {refused.map((line, index) => (
            <li key={`${line.fileName}-${index.toString()}`} className="cohort-report-refused">
              <span className="cohort-report-file">{line.fileName}</span>
              <span>{line.message}</span>
            </li>
          ))}
        </ul>
      )}
      {taken.length > 0 && (
        <LongList
          items={taken}
          keyOf={(line) => `${line.fileName}:${line.member.snapshotId}`}
          label="Files taken in"
          rowHeight={44}
          className="cohort-report-list"
          renderItem={(line) => (
            <div className="cohort-report-taken">
              <span>✓ {outcomeText(line.member, line.outcome)}</span>
              {line.member.differences.map((difference) => (
                <span key={difference} className="muted">
                  {difference}
                </span>
              ))}
            </div>
          )}
        />
      )}
    </div>
  );
}
