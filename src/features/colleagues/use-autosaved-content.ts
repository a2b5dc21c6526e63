import { useState } from 'react';
import { observationContentSchema, type ObservationContent } from '@/domain/observation';
import { fieldErrors } from '@/domain/validation';
import { useDebouncedTask } from '@/ui/use-debounced-task';
import { useSaveState } from '@/ui/use-save-state';

const TYPING_SAVE_DELAY_MS = 500;

/**
 * The observation form's content, saved as the observer types: a choice (a level) at once, typed
 * text after a short pause, and straight away when the page is hidden (a phone locking in a lesson),
 * on `pagehide` and on unmount (useDebouncedTask). Each save writes the whole snapshot, so a newer
 * one supersedes an older failure. Invalid input is shown by its field and not written.
 */
export function useAutosavedContent(
  initial: ObservationContent,
  save: (content: ObservationContent) => Promise<unknown>,
) {
  const [content, setContent] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { saveState, setSaveState, track } = useSaveState({ newestWriteSupersedes: true });
  const pending = useDebouncedTask(TYPING_SAVE_DELAY_MS);

  function write(next: ObservationContent) {
    const parsed = observationContentSchema.safeParse(next);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      setSaveState({ status: 'invalid' });
      return;
    }
    setErrors({});
    void track(() => save(parsed.data));
  }

  function change(next: ObservationContent, { isChoice = false } = {}) {
    setContent(next);
    pending.schedule(() => {
      write(next);
    });
    if (isChoice) pending.flush();
  }

  return { content, change, errors, saveState, flush: pending.flush };
}
