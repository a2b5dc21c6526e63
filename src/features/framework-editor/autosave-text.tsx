import { useState } from 'react';
import { Field } from '@/ui/field';
import { SaveStatus } from '@/ui/save-status';
import { useDebouncedTask } from '@/ui/use-debounced-task';
import { useSaveState } from '@/ui/use-save-state';

/** How long typing must pause before a name is saved (each save is a new framework version). */
export const NAME_SAVE_DELAY_MS = 800;

interface AutosaveTextProps {
  label: string;
  hint?: string;
  value: string;
  maxLength: number;
  /** The message when left empty ("needs a name"); empty text is never saved. */
  requiredMessage?: string;
  isMultiline?: boolean;
  rows?: number;
  onSave: (text: string) => Promise<unknown>;
}

/**
 * A text field that saves as you type (after a pause, on blur, and before the page is hidden), like
 * the audit's evidence note. The draft lives here, so a save landing never replaces text still being
 * typed; it follows the stored value again once the draft is saved.
 */
export function AutosaveText({
  label,
  hint,
  value,
  maxLength,
  requiredMessage,
  isMultiline = false,
  rows = 2,
  onSave,
}: AutosaveTextProps) {
  const { saveState, setSaveState, track } = useSaveState({ newestWriteSupersedes: true });
  const [draft, setDraft] = useState(value);
  const [isDirty, setIsDirty] = useState(false);
  const [syncedFrom, setSyncedFrom] = useState(value);
  if (syncedFrom !== value) {
    setSyncedFrom(value);
    if (!isDirty) setDraft(value);
  }
  const save = useDebouncedTask(NAME_SAVE_DELAY_MS);
  const isEmpty = draft.trim() === '';
  const error = requiredMessage && isEmpty ? requiredMessage : undefined;

  function write(text: string) {
    if (text.trim() === value.trim()) {
      setIsDirty(false);
      return;
    }
    if (requiredMessage && text.trim() === '') {
      setSaveState({ status: 'invalid' });
      return;
    }
    void track(() => onSave(text.trim())).then((isSaved) => {
      if (isSaved) setIsDirty(false);
    });
  }

  function change(text: string) {
    setDraft(text);
    setIsDirty(true);
    save.schedule(() => write(text));
  }

  function leave() {
    save.cancel();
    if (isDirty) write(draft);
  }

  return (
    <div className="autosave-text">
      <Field label={label} {...(hint ? { hint } : {})} error={error}>
        {(control) =>
          isMultiline ? (
            <textarea
              {...control}
              rows={rows}
              maxLength={maxLength}
              value={draft}
              onChange={(event) => change(event.target.value)}
              onBlur={leave}
            />
          ) : (
            <input
              {...control}
              type="text"
              maxLength={maxLength}
              value={draft}
              onChange={(event) => change(event.target.value)}
              onBlur={leave}
            />
          )
        }
      </Field>
      <SaveStatus state={saveState} className="autosave-status" />
    </div>
  );
}
