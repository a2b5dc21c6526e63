import { useId, useState } from 'react';
import { PasteLinkForm } from '@/ui/paste-link-form';
import { readFileText } from '@/ui/read-file-text';
import '@/ui/link-or-file.css';

interface LinkOrFileProps {
  fileLabel: string;
  fileHint: string;
  linkLabel: string;
  /** What the file is called when refusing a wrong one ("answer file"). */
  what: string;
  maxBytes: number;
  /** The link's or the file's text; resolves once it has been dealt with. */
  onText: (text: string) => Promise<void>;
  /** Called as another file or link is tried, so the last one's outcome can be cleared. */
  onTry?: () => void;
}

/**
 * Two ways in for something sent from another device (a rater's answer, a coach's verification): a file (its size checked before it is
 * read) or a pasted link. Both hand over plain text, which the caller decodes and checks.
 */
export function LinkOrFile({
  onTry,
  fileLabel,
  fileHint,
  linkLabel,
  what,
  maxBytes,
  onText,
}: LinkOrFileProps) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function handle(text: string) {
    setIsBusy(true);
    try {
      await onText(text);
    } finally {
      setIsBusy(false);
    }
  }

  async function openFile(input: HTMLInputElement) {
    setProblem(null);
    onTry?.();
    const file = input.files?.[0];
    if (!file) return;
    const read = await readFileText(file, maxBytes, what);
    if (read.ok) await handle(read.text);
    else setProblem(read.message);
    // The same file can be chosen again (after a fix, say) and still be read.
    input.value = '';
  }

  async function openLink(link: string): Promise<boolean> {
    setProblem(null);
    onTry?.();
    if (link.trim() === '') {
      setProblem('Paste the link first.');
      return false;
    }
    await handle(link.trim());
    return true;
  }

  return (
    <div className="stack link-or-file">
      <div className="field">
        <label htmlFor={`${id}-file`}>{fileLabel}</label>
        <p className="field-hint" id={`${id}-file-hint`}>
          {fileHint}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-file-hint`}
          disabled={isBusy}
          onChange={(event) => void openFile(event.target)}
        />
      </div>
      <PasteLinkForm
        label={linkLabel}
        submitLabel={isBusy ? 'Reading…' : 'Open the link'}
        disabled={isBusy}
        onLink={openLink}
      />
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
