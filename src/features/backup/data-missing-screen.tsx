import { requestStoragePersistence } from '@/pwa/storage-persistence';
import { useState } from 'react';
import { RestoreCard } from '@/ui/restore-card';
import { formatDateTime } from '@/domain/text';
import './backup.css';

interface DataMissingScreenProps {
  /** When this browser first held real work (src/db/device-markers.ts). */
  existedSince: string;
  onStartAfresh: () => void;
}

/**
 * Shown instead of the first-run screen when this browser held real work before and the database
 * is now empty: the browser cleared it (Safari does after a week unused, or "clear site data").
 * Restoring a backup is the first thing offered; starting afresh needs a second, deliberate step.
 */
export function DataMissingScreen({ existedSince, onStartAfresh }: DataMissingScreenProps) {
  const [isConfirmingFresh, setIsConfirmingFresh] = useState(false);
  return (
    <main className="data-missing stack" id="main">
      <header className="page-header">
        <h1>Your Trellis data is no longer in this browser</h1>
        <p>
          This browser held your Trellis work (since {formatDateTime(existedSince)}), but its
          storage is now empty. Browsers clear a site’s storage when someone chooses “clear site
          data”, when the device runs short of space, or — Safari — after seven days without a visit
          unless Trellis is installed to the home screen.
        </p>
        <p>
          <strong>If you have a backup file, restore it now</strong> and everything in it comes
          back. Backups are usually in your Downloads folder, named “trellis-backup-…”.
        </p>
      </header>
      <RestoreCard onRestored={() => void requestStoragePersistence()} />
      <section className="card" aria-labelledby="data-missing-fresh">
        <h2 id="data-missing-fresh">No backup?</h2>
        <p>
          You can set Trellis up again. If you find a backup later, restore it from Settings →
          Backup and restore and choose “Merge”.
        </p>
        {isConfirmingFresh ? (
          <div className="cluster data-missing-actions">
            <button type="button" className="button button-primary" onClick={onStartAfresh}>
              Yes, set up again
            </button>
            <button type="button" className="button" onClick={() => setIsConfirmingFresh(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setIsConfirmingFresh(true)}>
            Start again without a backup
          </button>
        )}
      </section>
    </main>
  );
}
