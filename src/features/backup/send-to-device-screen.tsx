import { useId, useState, type SyntheticEvent } from 'react';
import type { MadeBackup } from '@/db/backup';
import { passphraseWords } from '@/domain/passphrase-words';
import { plural } from '@/domain/text';
import { requestStoragePersistence } from '@/pwa/storage-persistence';
import { downloadTextFile } from '@/ui/download-text-file';
import { PageHeader } from '@/ui/page-header';
import { StatusLine } from '@/ui/status-line';
import '@/ui/restore-card.css';
import './backup.css';
import './send-to-device.css';

type Protection = 'words' | 'none';

type SendState =
  | { status: 'choosing' }
  | { status: 'making' }
  | { status: 'made'; backup: MadeBackup; words: string | undefined }
  | { status: 'failed'; message: string };

type HandOver = 'none' | 'shared' | 'saved' | { problem: string };

/** The share sheet, where this browser can hand it a file; otherwise undefined. */
function shareableFile(backup: MadeBackup): File | undefined {
  if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') {
    return undefined;
  }
  const file = new File([backup.text], backup.fileName, { type: 'application/json' });
  return navigator.canShare({ files: [file] }) ? file : undefined;
}

/**
 * Moving to a new phone, or keeping a laptop and a phone in step, with no server: one backup file
 * of everything, protected by default with words easy to type on a phone
 * (src/domain/passphrase-words.ts), handed to the share sheet or saved. The other device starts
 * from it on its welcome screen, or merges it (Settings → Back up or restore).
 */
export function SendToDeviceScreen() {
  const protectionName = useId();
  const [protection, setProtection] = useState<Protection>('words');
  const [words, setWords] = useState(() => passphraseWords());
  const [state, setState] = useState<SendState>({ status: 'choosing' });
  const [handOver, setHandOver] = useState<HandOver>('none');

  function choose(next: Protection) {
    setProtection(next);
    setState({ status: 'choosing' });
    setHandOver('none');
  }

  async function makeFile(event: SyntheticEvent) {
    event.preventDefault();
    setState({ status: 'making' });
    setHandOver('none');
    try {
      const { makeBackup } = await import('@/db/backup');
      const passphrase = protection === 'words' ? words : undefined;
      const backup = await makeBackup(passphrase === undefined ? {} : { passphrase });
      setState({ status: 'made', backup, words: passphrase });
    } catch (error) {
      setState({
        status: 'failed',
        message: error instanceof Error ? error.message : 'The file could not be made',
      });
    }
  }

  async function handedOver(backup: MadeBackup, how: 'shared' | 'saved') {
    const { noteBackupSaved } = await import('@/db/backup');
    noteBackupSaved(backup);
    setHandOver(how);
    void requestStoragePersistence();
  }

  async function share(backup: MadeBackup, file: File) {
    try {
      await navigator.share({ title: 'Trellis: everything from this device', files: [file] });
      await handedOver(backup, 'shared');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setHandOver({ problem: 'Sharing did not work here. Save the file instead.' });
    }
  }

  function save(backup: MadeBackup) {
    downloadTextFile(backup.fileName, backup.text);
    void handedOver(backup, 'saved');
  }

  const made = state.status === 'made' ? state : undefined;
  const file = made ? shareableFile(made.backup) : undefined;
  const records = made ? Object.values(made.backup.counts).reduce((sum, n) => sum + n, 0) : 0;

  return (
    <div className="send-to-device">
      <PageHeader title="Send everything to my other device">
        <p>
          A new phone, or a laptop and a phone used together: Trellis has no server, so your work
          travels as one file. It holds everything on this device — every profile, programme, rating
          and journal entry.
        </p>
      </PageHeader>
      <div className="backup-columns">
        <section className="card backup-card" aria-labelledby="send-protect">
          <h2 id="send-protect">1. Protect the file</h2>
          <form onSubmit={(event) => void makeFile(event)} className="stack">
            <fieldset className="backup-modes">
              <legend>Passphrase</legend>
              <div className="backup-option">
                <input
                  id={`${protectionName}-words`}
                  type="radio"
                  name={protectionName}
                  checked={protection === 'words'}
                  onChange={() => choose('words')}
                />
                <label htmlFor={`${protectionName}-words`}>
                  <strong>Protect it with six words</strong> (recommended): easy to type on a phone.
                </label>
              </div>
              <div className="backup-option">
                <input
                  id={`${protectionName}-none`}
                  type="radio"
                  name={protectionName}
                  checked={protection === 'none'}
                  onChange={() => choose('none')}
                />
                <label htmlFor={`${protectionName}-none`}>
                  <strong>No passphrase</strong>
                </label>
              </div>
            </fieldset>
            {protection === 'words' ? (
              <div className="send-words-box">
                <p className="send-words-label" id={`${protectionName}-words-label`}>
                  The passphrase
                </p>
                <p
                  className="send-words"
                  aria-labelledby={`${protectionName}-words-label`}
                  data-testid="passphrase-words"
                >
                  {words}
                </p>
                <p className="field-hint">
                  Type these words on the other device, with a space between each. Send them a
                  different way from the file — read them off this screen — since anyone with both
                  can open it. Nobody can open the file without them, not even Trellis.
                </p>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setWords(passphraseWords());
                    setState({ status: 'choosing' });
                    setHandOver('none');
                  }}
                >
                  Different words
                </button>
              </div>
            ) : (
              <p className="alert" role="note">
                <strong>
                  Without a passphrase, anyone who gets the file can read everything in it
                </strong>
                : your ratings, evidence notes, journal and colleagues’ observations. Choose this
                only if the file goes straight from your device to your own other device, never
                through someone else’s.
              </p>
            )}
            <div>
              <button
                type="submit"
                className="button button-primary"
                disabled={state.status === 'making'}
              >
                {state.status === 'making' ? 'Making and checking the file…' : 'Make the file'}
              </button>
            </div>
          </form>
          {state.status === 'failed' && (
            <p className="alert" role="alert">
              {state.message}. Nothing has been changed; please try again.
            </p>
          )}
        </section>

        <section className="card backup-card" aria-labelledby="send-hand-over">
          <h2 id="send-hand-over">2. Send it to your other device</h2>
          {made ? (
            <div className="stack">
              <StatusLine tone="good" sign="✓">
                <strong>{made.backup.fileName}</strong> is made and checked: it holds{' '}
                {plural(records, 'record', 'records')}
                {made.words === undefined ? ', with no passphrase' : ', protected with the words'}.
              </StatusLine>
              <div className="cluster">
                {file && (
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={() => void share(made.backup, file)}
                  >
                    Share…
                  </button>
                )}
                <button
                  type="button"
                  className={file ? 'button' : 'button button-primary'}
                  onClick={() => save(made.backup)}
                >
                  Save to downloads
                </button>
              </div>
              <div role="status">
                {handOver === 'shared' && (
                  <StatusLine tone="good" sign="✓">
                    Shared. Open it on your other device.
                  </StatusLine>
                )}
                {handOver === 'saved' && (
                  <StatusLine tone="good" sign="✓">
                    Saved to your downloads. Send it to your other device by email, a cloud drive, a
                    cable or AirDrop.
                  </StatusLine>
                )}
              </div>
              {typeof handOver === 'object' && (
                <p className="alert" role="alert">
                  {handOver.problem}
                </p>
              )}
              {made.words !== undefined && (
                <p>
                  The passphrase: <span className="send-words send-words-inline">{made.words}</span>
                </p>
              )}
            </div>
          ) : (
            <p className="muted">Make the file first; then share it or save it here.</p>
          )}
          <h3>On the other device</h3>
          <ol className="send-steps">
            <li>Open Trellis in the browser there, at this same address.</li>
            <li>
              <strong>A new device, or one with no Trellis data:</strong> choose “Start from a
              backup” on the welcome screen (or drop the file on it).
            </li>
            <li>
              <strong>A device already in use:</strong> Settings → Back up or restore, and choose
              the file. A preview shows what is new and, for anything edited on both devices, whose
              edit is newer; merging keeps the newer edit of each and loses nothing.
            </li>
            <li>Send its data back the same way, and both devices hold the same.</li>
          </ol>
        </section>
      </div>
    </div>
  );
}
