import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import type { CheckedBackup, RestoreMode, RestorePreview, RestoreResult } from '@/db/backup';
import { MAX_BACKUP_BYTES } from '@/domain/backup-format';
import { Field } from '@/ui/field';
import { downloadTextFile } from '@/ui/download-text-file';
import { StatusLine } from '@/ui/status-line';
import { useIncomingFiles } from '@/ui/use-incoming-files';
import { formatDateTime, plural } from '@/domain/text';
import {
  describeDifference,
  differencesSummary,
  MAX_DIFFERENCES_LISTED,
} from '@/ui/restore-differences';
import '@/ui/restore-card.css';

type RestoreState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'problem'; message: string }
  | { status: 'needs-passphrase'; fileName: string; text: string; problem: string }
  | {
      status: 'preview';
      fileName: string;
      backup: CheckedBackup;
      preview: RestorePreview;
      isProtected: boolean;
    }
  | { status: 'restoring' }
  | { status: 'done'; written: number; mode: RestoreMode };

type SafetyBackupState =
  | { status: 'none' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; message: string };

export interface RestoreCardProps {
  headingLevel?: 'h2' | 'h3';
  /** The card's heading; "Restore from a backup" unless told. */
  title?: string;
  /** A file handed over from outside the card (dropped on the page): opened as if chosen. */
  file?: File | undefined;
  /**
   * After the restore is written: the caller asks for persistent storage (src/pwa, which shared
   * pieces do not import) and the welcome screen opens the restored profile.
   */
  onRestored?: (result: RestoreResult) => void;
}

/**
 * Choose a backup file (or be handed one, dropped or opened with Trellis), see what it holds and what a restore would change —
 * including, for each record edited on both devices, whose edit is newer — then merge it in or
 * replace everything. Nothing is written before the user presses Restore, and then in one
 * transaction (src/db/backup.ts). Shared by the backup screen, the emptied-device screen and the
 * welcome screen's "Start from a backup".
 */
export function RestoreCard({
  headingLevel: Heading = 'h2',
  title = 'Restore from a backup',
  file,
  onRestored,
}: RestoreCardProps) {
  const headingId = useId();
  const [state, setState] = useState<RestoreState>({ status: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [isReplaceConfirmed, setIsReplaceConfirmed] = useState(false);
  const [safetyBackup, setSafetyBackup] = useState<SafetyBackupState>({ status: 'none' });

  async function open(fileName: string, text: string, withPassphrase?: string) {
    setState({ status: 'reading' });
    try {
      const { checkBackupRows, previewRestore, readBackup } = await import('@/db/backup');
      const read = await readBackup(text, withPassphrase);
      if (!read.ok) {
        setState(
          read.needsPassphrase
            ? { status: 'needs-passphrase', fileName, text, problem: read.problem }
            : { status: 'problem', message: read.problem },
        );
        return;
      }
      const checked = checkBackupRows(read.content, read.exportedAt);
      if (!checked.ok) {
        setState({ status: 'problem', message: checked.problem });
        return;
      }
      setMode('merge');
      setIsReplaceConfirmed(false);
      setSafetyBackup({ status: 'none' });
      setState({
        status: 'preview',
        fileName,
        backup: checked.backup,
        preview: await previewRestore(checked.backup),
        isProtected: read.isProtected,
      });
    } catch (error) {
      setState({
        status: 'problem',
        message: `This backup could not be read (${error instanceof Error ? error.message : 'unknown error'}). Nothing has been changed.`,
      });
    }
  }

  async function chooseFile(chosen: File | undefined) {
    if (!chosen) return;
    setPassphrase('');
    if (chosen.size > MAX_BACKUP_BYTES) {
      setState({
        status: 'problem',
        message: `This file is too large to be a Trellis backup (over ${(MAX_BACKUP_BYTES / 1024 / 1024).toString()} MB). Nothing has been changed.`,
      });
      return;
    }
    await open(chosen.name, await chosen.text());
  }

  // A dropped file is opened once, when it arrives, after the render that received it.
  useEffect(() => {
    if (file) void Promise.resolve(file).then(chooseFile);
    // chooseFile reads only setters and the file itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  // A backup opened with "Open a Trellis file" is read exactly as one chosen here.
  useIncomingFiles(['backup'], ({ files }) => void chooseFile(files[0]));

  async function saveSafetyBackup() {
    setSafetyBackup({ status: 'saving' });
    try {
      const { makeBackup, noteBackupSaved } = await import('@/db/backup');
      const backup = await makeBackup();
      downloadTextFile(
        backup.fileName.replace('trellis-backup', 'trellis-safety-backup'),
        backup.text,
      );
      noteBackupSaved(backup);
      setSafetyBackup({ status: 'saved' });
    } catch (error) {
      setSafetyBackup({
        status: 'failed',
        message: error instanceof Error ? error.message : 'The safety backup failed',
      });
    }
  }

  async function restore(event: SyntheticEvent) {
    event.preventDefault();
    if (state.status !== 'preview') return;
    if (mode === 'replace' && !isReplaceConfirmed) return;
    const { backup } = state;
    setState({ status: 'restoring' });
    try {
      const { restoreBackup } = await import('@/db/backup');
      const result = await restoreBackup(backup, mode);
      setState({ status: 'done', written: result.written, mode });
      onRestored?.(result);
    } catch (error) {
      const { describeStorageFailure } = await import('@/domain/storage-errors');
      setState({
        status: 'problem',
        message: `The restore did not happen, and nothing on this device has changed: ${
          describeStorageFailure(error) ??
          (error instanceof Error ? error.message : 'something went wrong')
        }.`,
      });
    }
  }

  const onDevice =
    state.status === 'preview'
      ? state.preview.tables.reduce((sum, table) => sum + table.onDevice, 0)
      : 0;

  return (
    <section className="card backup-card" aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      <div className="field">
        <label htmlFor={`${headingId}-file`}>Choose a Trellis backup file</label>
        <p className="field-hint">You will see what it holds before anything changes.</p>
        <input
          id={`${headingId}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            void chooseFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>

      {state.status === 'reading' && <p aria-busy="true">Reading the backup…</p>}
      {state.status === 'restoring' && <p aria-busy="true">Restoring…</p>}
      {state.status === 'problem' && (
        <p className="alert" role="alert">
          {state.message}
        </p>
      )}

      {state.status === 'needs-passphrase' && (
        <form
          className="backup-passphrase"
          onSubmit={(event) => {
            event.preventDefault();
            void open(state.fileName, state.text, passphrase);
          }}
        >
          <Field
            label={`Passphrase for ${state.fileName}`}
            error={passphrase === '' ? undefined : state.problem}
            hint={passphrase === '' ? state.problem : undefined}
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary">
            Open the backup
          </button>
        </form>
      )}

      {state.status === 'preview' && (
        <form onSubmit={(event) => void restore(event)} className="stack">
          <h3>What {state.fileName} holds</h3>
          <p>
            Made {formatDateTime(state.backup.exportedAt)}
            {state.isProtected ? ', protected with a passphrase' : ''}.{' '}
            {onDevice === 0
              ? 'This device holds no Trellis data yet, so all of it will be restored:'
              : 'If you merge it into what is on this device:'}
          </p>
          {state.preview.differences.length > 0 && (
            <div className="restore-differences">
              <p>
                <strong>{differencesSummary(state.preview.differences)}</strong>
              </p>
              <ul>
                {state.preview.differences.slice(0, MAX_DIFFERENCES_LISTED).map((difference) => (
                  <li
                    key={`${difference.table}-${difference.hereUpdatedAt}-${difference.incomingUpdatedAt}-${difference.name ?? ''}`}
                  >
                    {describeDifference(difference)}
                  </li>
                ))}
                {state.preview.differences.length > MAX_DIFFERENCES_LISTED && (
                  <li>
                    and{' '}
                    {plural(
                      state.preview.differences.length - MAX_DIFFERENCES_LISTED,
                      'other record',
                      'other records',
                    )}
                    , each keeping its newer edit.
                  </li>
                )}
              </ul>
            </div>
          )}
          {/* Focusable so a keyboard can scroll it when it is wider than a phone. */}
          <div
            className="table-wrap"
            role="region"
            aria-label="What a merge would change"
            tabIndex={0}
          >
            <table className="backup-preview">
              <caption className="visually-hidden">What a merge would change</caption>
              <thead>
                <tr>
                  <th scope="col">Kind of record</th>
                  <th scope="col">In the backup</th>
                  <th scope="col">New</th>
                  <th scope="col">Updated</th>
                  <th scope="col">Unchanged</th>
                </tr>
              </thead>
              <tbody>
                {state.preview.tables.map((table) => (
                  <tr key={table.table}>
                    <th scope="row">
                      {table.plural.charAt(0).toUpperCase() + table.plural.slice(1)}
                    </th>
                    <td>{table.inBackup}</td>
                    <td>{table.added}</td>
                    <td>{table.updated}</td>
                    <td>
                      {table.unchanged + table.newerHere}
                      {table.newerHere > 0 && (
                        <span className="muted"> ({table.newerHere} newer here, kept)</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {state.preview.unknownTables.length > 0 && (
            <p className="field-hint">
              This backup also holds records this version of Trellis does not know (
              {state.preview.unknownTables.join(', ')}); they will be left out. Update Trellis to
              restore them.
            </p>
          )}
          {onDevice > 0 && (
            <fieldset className="backup-modes">
              <legend>How to restore</legend>
              <div className="backup-option">
                <input
                  id={`${headingId}-merge`}
                  type="radio"
                  name="restore-mode"
                  checked={mode === 'merge'}
                  onChange={() => setMode('merge')}
                />
                <label htmlFor={`${headingId}-merge`}>
                  <strong>Merge</strong> (recommended): add what is new and take the newer copy of
                  anything edited in both places. Nothing on this device is deleted.
                </label>
              </div>
              <div className="backup-option">
                <input
                  id={`${headingId}-replace`}
                  type="radio"
                  name="restore-mode"
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                />
                <label htmlFor={`${headingId}-replace`}>
                  <strong>Replace everything</strong>: delete the{' '}
                  {plural(onDevice, 'record', 'records')} on this device and put the backup’s in
                  their place.
                </label>
              </div>
            </fieldset>
          )}
          {mode === 'replace' && (
            <div className="backup-replace stack">
              {onDevice > 0 && (
                <div>
                  <p>
                    Before replacing, save a copy of what is on this device now, in case you need it
                    back.
                  </p>
                  <button
                    type="button"
                    className="button"
                    disabled={safetyBackup.status === 'saving'}
                    onClick={() => void saveSafetyBackup()}
                  >
                    Save a safety backup first
                  </button>
                  <p role="status" className="field-hint">
                    {safetyBackup.status === 'saving' && 'Saving the safety backup…'}
                    {safetyBackup.status === 'saved' && '✓ Safety backup saved to your downloads.'}
                  </p>
                  {safetyBackup.status === 'failed' && (
                    <p className="alert" role="alert">
                      {safetyBackup.message}.
                    </p>
                  )}
                </div>
              )}
              <div className="backup-option">
                <input
                  id={`${headingId}-confirm`}
                  type="checkbox"
                  checked={isReplaceConfirmed}
                  onChange={(event) => setIsReplaceConfirmed(event.target.checked)}
                />
                <label htmlFor={`${headingId}-confirm`}>
                  I understand that everything on this device will be replaced by the backup
                </label>
              </div>
            </div>
          )}
          <div className="cluster">
            <button
              type="submit"
              className={mode === 'replace' ? 'button button-danger' : 'button button-primary'}
              disabled={mode === 'replace' && !isReplaceConfirmed}
            >
              {onDevice === 0
                ? 'Restore this backup'
                : mode === 'replace'
                  ? 'Replace everything with this backup'
                  : 'Merge this backup'}
            </button>
            <button type="button" className="button" onClick={() => setState({ status: 'idle' })}>
              Cancel
            </button>
          </div>
        </form>
      )}

      <div role="status">
        {state.status === 'done' && (
          <StatusLine tone="good" sign="✓">
            <strong>Restored.</strong>{' '}
            {state.written === 0
              ? 'Everything in the backup was already here; nothing needed to change.'
              : `${plural(state.written, 'record was', 'records were')} ${state.mode === 'replace' ? 'restored' : 'added or updated'}.`}
          </StatusLine>
        )}
      </div>
    </section>
  );
}
