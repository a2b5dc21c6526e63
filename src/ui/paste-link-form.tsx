import { useId, useState, type SyntheticEvent } from 'react';

interface PasteLinkFormProps {
  label: string;
  /** The button's words: "Open the link", or "Reading…" while the last one is read. */
  submitLabel: string;
  disabled: boolean;
  /** Deals with the pasted text; the box is emptied when this answers true. */
  onLink: (link: string) => boolean | Promise<boolean>;
}

/**
 * A box to paste a Trellis link into and a button to open it, for the link screens and the open
 * screen.
 */
export function PasteLinkForm({ label, submitLabel, disabled, onLink }: PasteLinkFormProps) {
  const id = useId();
  const [link, setLink] = useState('');

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (await onLink(link)) setLink('');
  }

  return (
    <form className="field" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-link`}>{label}</label>
      <textarea
        id={`${id}-link`}
        rows={2}
        value={link}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => setLink(event.target.value)}
      />
      <div className="cluster">
        <button type="submit" className="button" disabled={disabled}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
