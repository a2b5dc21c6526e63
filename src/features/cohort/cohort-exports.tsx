import { useState } from 'react';
import type { CohortAggregate } from '@/domain/cohort/aggregate';
import type { Cohort } from '@/domain/cohort/cohort';
import { profileLabel, type Profile } from '@/domain/profile';
import { downloadBlob, downloadTextFile } from '@/ui/download-text-file';

/**
 * The cohort as a spreadsheet (one row per delegate × skill × week) and as a short deck for the
 * final session or the provider's report, both made on the click and never stored. The CSV and
 * deck builders, and pptxgenjs, load only then.
 */
export function CohortExports({
  cohort,
  aggregate,
  facilitator,
}: {
  cohort: Cohort;
  aggregate: CohortAggregate;
  facilitator: Profile;
}) {
  const [busy, setBusy] = useState<'csv' | 'deck' | null>(null);
  const [problem, setProblem] = useState('');

  async function downloadCsv() {
    setBusy('csv');
    setProblem('');
    try {
      const { cohortCsv, cohortFileStem } = await import('@/domain/cohort/cohort-csv');
      const members = aggregate.sharing.flatMap((row) => (row.member ? [row.member] : []));
      downloadTextFile(
        `${cohortFileStem(cohort.programmeName)}.csv`,
        cohortCsv(cohort, members),
        'text/csv;charset=utf-8',
      );
    } catch {
      setProblem('The spreadsheet could not be made. Reload the page and try again.');
    } finally {
      setBusy(null);
    }
  }

  async function downloadDeck() {
    setBusy('deck');
    setProblem('');
    try {
      const [{ buildCohortDeck }, { cohortFileStem }, { buildPptxDeck }] = await Promise.all([
        import('@/domain/cohort/cohort-deck'),
        import('@/domain/cohort/cohort-csv'),
        import('@/ui/deck/pptx-deck'),
      ]);
      const deck = buildCohortDeck(cohort, aggregate, profileLabel(facilitator));
      downloadBlob(`${cohortFileStem(cohort.programmeName)}.pptx`, await buildPptxDeck(deck));
    } catch {
      setProblem('The deck could not be made. Reload the page and try again.');
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card stack" aria-labelledby="cohort-exports-heading">
      <h2 id="cohort-exports-heading">Take the cohort elsewhere</h2>
      <p className="muted">
        Every shared rating as a spreadsheet (one row per delegate, skill and week), or a short
        PowerPoint deck of the cohort’s figures — no delegate named or ranked in it.
      </p>
      <div className="cluster">
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void downloadCsv()}
        >
          {busy === 'csv' ? 'Making the spreadsheet…' : 'Download the cohort (CSV)'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void downloadDeck()}
        >
          {busy === 'deck' ? 'Making the deck…' : 'Download the cohort deck (PowerPoint)'}
        </button>
      </div>
      {problem !== '' && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
