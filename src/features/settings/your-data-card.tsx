import { useLiveQuery } from 'dexie-react-hooks';
import { formatDateTime } from '@/domain/text';
import { backupReminder, REMIND_AFTER_DAYS } from '@/db/backup-reminder';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { StatusLine } from '@/ui/status-line';
import { useLastTookIn } from '@/ui/use-device-markers';

/**
 * When the last backup was made and, gently, whether one is due: only when real work has changed
 * since, and that change is more than a week old (src/db/backup-reminder.ts).
 */
export function YourDataCard() {
  const reminder = useLiveQuery(() => backupReminder().catch(() => undefined), []);
  const tookIn = useLastTookIn();
  return (
    <section className="card settings-card" aria-labelledby="settings-your-data">
      <h2 id="settings-your-data">Your data</h2>
      <p>
        Everything you do in Trellis is saved in this browser only. A backup file keeps it safe if
        the browser clears its storage, and moves it to another device.
      </p>
      {reminder !== undefined && (
        <StatusLine
          tone={reminder.isDue ? 'warning' : reminder.lastBackupAt ? 'good' : 'neutral'}
          sign={reminder.isDue ? '!' : reminder.lastBackupAt ? '✓' : 'i'}
          testId="backup-reminder"
        >
          {reminder.lastBackupAt === undefined
            ? 'No backup has been made on this device yet.'
            : `Last backup: ${formatDateTime(reminder.lastBackupAt)}.`}{' '}
          {reminder.isDue &&
            `Some of your work is more than ${REMIND_AFTER_DAYS.toString()} days old and not in a backup yet — a good moment to make one.`}
        </StatusLine>
      )}
      <StatusLine tone="neutral" sign="⇄" testId="last-took-in">
        {tookIn === undefined
          ? 'This device has not taken in a backup or another device’s data yet.'
          : `This device last took in another device’s data (or a backup) on ${formatDateTime(tookIn.at)}: a file made ${formatDateTime(tookIn.madeAt)}.`}
      </StatusLine>
      <p className="settings-actions">
        <Link to={paths.backup} className="button button-primary">
          Back up or restore
        </Link>
        <Link to={paths.sendToDevice} className="button">
          Send everything to my other device
        </Link>
      </p>
      <p>
        A file or link someone sent you — an observation, a framework, a 360° answer, a coach’s
        verification — opens where it belongs from one place. You can also drop it anywhere in
        Trellis.
      </p>
      <p className="settings-actions">
        <Link to={paths.open} className="button">
          Open a Trellis file
        </Link>
      </p>
    </section>
  );
}
