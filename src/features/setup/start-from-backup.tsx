import { lazy, Suspense } from 'react';
import type { RestoreResult } from '@/db/backup';
import { requestStoragePersistence } from '@/pwa/storage-persistence';
import { paths } from '@/ui/paths';
import { navigate } from '@/ui/router';

// The restore card (and the backup code it loads) is fetched only when someone starts from a
// backup: a new visitor's welcome does not wait for it (docs/design.md#heavy-things-load-late).
const RestoreCard = lazy(() =>
  import('@/ui/restore-card').then((module) => ({ default: module.RestoreCard })),
);

interface StartFromBackupProps {
  /** A backup file dropped on the welcome screen, opened as soon as it arrives. */
  droppedFile: File | undefined;
  onBack: () => void;
  /** Opens the restored profile: the one worked on last (src/db/backup.ts). */
  onSetUp: (profileId: string) => void;
}

/**
 * A new phone or a second device: bring in the backup made on the old or other device, with the
 * same checked preview and passphrase as Settings, then carry on with the profile worked on last
 * (or, for a coach's backup, in the coaching workspace).
 */
export function StartFromBackup({ droppedFile, onBack, onSetUp }: StartFromBackupProps) {
  function restored(result: RestoreResult) {
    void requestStoragePersistence();
    if (result.profileToOpen !== undefined) {
      onSetUp(result.profileToOpen);
      return;
    }
    // A coach's backup holds no profile, only their keys: they carry on in the coaching workspace
    // rather than being left on the welcome. (Loaded late, like the restore itself.)
    void import('@/db/device-roles')
      .then(({ readDeviceRoles }) => readDeviceRoles())
      .then((roles) => {
        if (roles.isCoach) navigate(paths.coaching);
      });
  }

  return (
    <section className="setup-restore stack" aria-labelledby="setup-restore-title">
      <div className="card">
        <h1 id="setup-restore-title" tabIndex={-1}>
          Start from a backup
        </h1>
        <p>
          Choose the backup file made on your old or other device — it is named “trellis-backup-…”.
          You will see what it holds before anything is stored, and if it is protected you will be
          asked for its passphrase.
        </p>
        <button type="button" className="button" onClick={onBack}>
          ← Back
        </button>
      </div>
      <Suspense fallback={<p aria-busy="true">Opening…</p>}>
        <RestoreCard title="Your backup file" file={droppedFile} onRestored={restored} />
      </Suspense>
    </section>
  );
}
