import { useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { isFacilitator, profileLabel } from '@/domain/profile';
import { listActions, listSessions } from '@/db/coaching-log';
import { listObservations } from '@/db/observations';
import { listRatings } from '@/db/ratings';
import { downloadTextFile } from '@/ui/download-text-file';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';

/**
 * Ways to take the progress elsewhere: every rating and observation as a spreadsheet file, and the
 * one-page update for a coach. The data is read when the button is pressed, so the file holds what
 * is stored at that moment; the CSV builder loads only then, keeping it out of this screen's chunk.
 */
export function ShareProgressCard({ active }: { active: ActiveProgramme }) {
  const { profile, programme, framework } = active;
  const [problem, setProblem] = useState('');

  async function downloadRatings() {
    setProblem('');
    try {
      const [{ ratingsCsv, ratingsCsvFileName }, events, observations, sessions, actions] =
        await Promise.all([
          import('@/domain/ratings-csv'),
          listRatings(profile.id, framework.id),
          listObservations(profile.id),
          listSessions(profile.id),
          listActions(profile.id),
        ]);
      const name = profile.displayName === '' ? profileLabel(profile) : profile.displayName;
      const csv = ratingsCsv({
        framework,
        programme,
        delegateName: name,
        events,
        observations,
        coaching: { sessions, actions },
      });
      downloadTextFile(ratingsCsvFileName(name), csv, 'text/csv;charset=utf-8');
    } catch {
      setProblem('The ratings could not be read. Reload the page and try again.');
    }
  }

  return (
    <section className="card progress-section share-progress" aria-labelledby="share-heading">
      <h2 id="share-heading">Share your progress</h2>
      <p className="muted">
        Every rating, target, observation and coaching session as a spreadsheet file (CSV), a
        one-page update to print or save as PDF, or a snapshot for your facilitator’s view of the
        cohort.
      </p>
      <div className="cluster">
        <button type="button" className="button" onClick={() => void downloadRatings()}>
          Download ratings (CSV)
        </button>
        <Link to={paths.progressUpdate} className="button button-quiet">
          Progress update for your coach
        </Link>
        {/* A facilitator's profile has no progress of its own to share with a facilitator. */}
        {!isFacilitator(profile) && (
          <Link to={paths.shareSnapshot} className="button button-quiet">
            Share with my facilitator
          </Link>
        )}
      </div>
      {problem !== '' && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
