import { requestStoragePersistence } from '@/pwa/storage-persistence';
import { PageHeader } from '@/ui/page-header';
import { BackupCard } from '@/features/backup/backup-card';
import { RestoreCard } from '@/ui/restore-card';
import './backup.css';

/** Backup and restore: how a teacher keeps ten weeks of work safe from a cleared or lost device. */
export function BackupScreen() {
  return (
    <div className="backup">
      <PageHeader title="Backup and restore">
        <p>
          Your work is kept only in this browser. A backup file is how you keep it safe if the
          browser clears its storage or the device is lost, and how you move to another device.
        </p>
      </PageHeader>
      <div className="backup-columns">
        <BackupCard />
        <RestoreCard
          onRestored={() => void requestStoragePersistence()}
          title="Restore a backup, or take in your other device’s data"
        />
      </div>
    </div>
  );
}
