import { useState, type SyntheticEvent } from 'react';
import { requestStoragePersistence } from '@/pwa/storage-persistence';
import { Field } from '@/ui/field';
import { downloadTextFile } from '@/ui/download-text-file';
import { StatusLine } from '@/ui/status-line';
import '@/ui/restore-card.css';
import { formatDateTime, plural } from '@/domain/text';
import { useLastBackup } from '@/ui/use-device-markers';

type BackupState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; fileName: string; records: number; isProtected: boolean }
  | { status: 'failed'; message: string };

const MIN_PASSPHRASE_LENGTH = 8;

/**
 * One click saves everything on this device to a file. With a passphrase, the file is encrypted
 * (see src/domain/backup-crypto.ts). The backup is read back and checked before we say it is done.
 */
export function BackupCard() {
  const lastBackup = useLastBackup();
  const [isProtected, setIsProtected] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirmation?: string }>({});
  const [state, setState] = useState<BackupState>({ status: 'idle' });

  async function saveBackup(event: SyntheticEvent) {
    event.preventDefault();
    if (isProtected) {
      const nextErrors: typeof errors = {};
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
        nextErrors.passphrase = `Use at least ${MIN_PASSPHRASE_LENGTH.toString()} characters`;
      } else if (confirmation !== passphrase) {
        nextErrors.confirmation = 'The two passphrases are not the same';
      }
      setErrors(nextErrors);
      if (Object.keys(nextErrors).length > 0) return;
    }
    setState({ status: 'working' });
    try {
      const { makeBackup, noteBackupSaved } = await import('@/db/backup');
      const backup = await makeBackup(isProtected ? { passphrase } : {});
      downloadTextFile(backup.fileName, backup.text);
      noteBackupSaved(backup);
      // The passphrase is not needed again here; do not leave it sitting in the form.
      setPassphrase('');
      setConfirmation('');
      setState({
        status: 'done',
        fileName: backup.fileName,
        records: Object.values(backup.counts).reduce((sum, count) => sum + count, 0),
        isProtected: backup.isProtected,
      });
      void requestStoragePersistence();
    } catch (error) {
      setState({
        status: 'failed',
        message: error instanceof Error ? error.message : 'The backup could not be made',
      });
    }
  }

  return (
    <section className="card backup-card" aria-labelledby="backup-make">
      <h2 id="backup-make">Make a backup</h2>
      <p>
        Saves everything Trellis holds on this device — every profile, programme, framework and
        rating — to one file in your downloads. Keep it somewhere safe that is not this device: your
        school drive, email to yourself, or a USB stick.
      </p>
      <p className="backup-last" data-testid="last-backup">
        {lastBackup === undefined
          ? 'No backup has been made on this device yet.'
          : `Last backup: ${formatDateTime(lastBackup)}.`}
      </p>
      <form onSubmit={(event) => void saveBackup(event)} noValidate>
        <div className="backup-option">
          <input
            id="backup-protect"
            type="checkbox"
            checked={isProtected}
            onChange={(event) => {
              setIsProtected(event.target.checked);
              setErrors({});
            }}
          />
          <label htmlFor="backup-protect">Protect the file with a passphrase</label>
        </div>
        {isProtected && (
          <div className="backup-passphrase">
            <Field
              label="Passphrase"
              hint="Anyone with the file and the passphrase can read it. If you forget the passphrase, nobody can open the backup — not even Trellis."
              error={errors.passphrase}
            >
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={passphrase}
                  onChange={(event) => setPassphrase(event.target.value)}
                />
              )}
            </Field>
            <Field label="Passphrase again" error={errors.confirmation}>
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={confirmation}
                  onChange={(event) => setConfirmation(event.target.value)}
                />
              )}
            </Field>
          </div>
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={state.status === 'working'}
        >
          {state.status === 'working' ? 'Making and checking the backup…' : 'Save a backup'}
        </button>
      </form>
      <div role="status" className="backup-result">
        {state.status === 'done' && (
          <StatusLine tone="good" sign="✓">
            <strong>Backup saved and checked:</strong> {state.fileName} holds{' '}
            {plural(state.records, 'record', 'records')}
            {state.isProtected ? ', protected with your passphrase' : ''}. Look for it in your
            downloads.
          </StatusLine>
        )}
      </div>
      {state.status === 'failed' && (
        <p className="alert" role="alert">
          {state.message}. Nothing has been changed; please try again.
        </p>
      )}
    </section>
  );
}
