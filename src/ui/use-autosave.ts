import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { z } from '@/domain/zod';
import { fieldErrors } from '@/domain/validation';
import { useDebouncedTask } from '@/ui/use-debounced-task';
import { useSaveState } from '@/ui/use-save-state';

/** Messages by field name, shown beside the fields they are about. */
export type FieldErrors = Record<string, string>;

/** A draft checked: the content to save, or why it cannot be saved yet. */
export type DraftCheck<Content> =
  { isValid: true; content: Content } | { isValid: false; errors: FieldErrors };

/** Checks a draft against a schema, with the schema's messages by field. */
export function checkWith<Content>(schema: z.ZodMiniType<Content>) {
  return (draft: unknown): DraftCheck<Content> => {
    const result = schema.safeParse(draft);
    return result.success
      ? { isValid: true, content: result.data }
      : { isValid: false, errors: fieldErrors(result.error) };
  };
}

/**
 * A synchronous copy of the draft kept beside the asynchronous saves (see draft-buffer.ts), so that
 * text typed just before the page closed is saved on the next visit.
 */
export interface CrashBuffer<Draft> {
  /** What was typed but never saved when the form last closed: the form opens on it and saves it. */
  restored: Draft | undefined;
  /** Called with every change, before its save is even scheduled. */
  keep: (draft: Draft) => void;
  clear: () => void;
}

export interface AutosaveOptions<Draft, Content> {
  initial: Draft | (() => Draft);
  check: (draft: Draft) => DraftCheck<Content>;
  /** Writes one whole snapshot; snapshots are written one after another, never overlapping. */
  save: (content: Content) => Promise<unknown>;
  /** How long typing must pause before the draft is saved. */
  delayMs: number;
  /**
   * `as-typed`: each change is checked at once, so a rule broken shows by its field while typing
   * and drops the waiting save. `before-saving`: the check runs with the save, after the pause, so
   * a half-typed value is not flagged mid-word.
   */
  checkWhen?: 'as-typed' | 'before-saving';
  crashBuffer?: CrashBuffer<Draft> | undefined;
}

function initialDraft<Draft>(initial: Draft | (() => Draft)): Draft {
  return typeof initial === 'function' ? (initial as () => Draft)() : initial;
}

/**
 * A form with no Save button: the draft is saved as a whole snapshot after a pause in typing, at
 * once for a choice, and straight away when focus leaves a field (`flush`), the page is hidden or
 * closed, or the form unmounts. Writes are queued, so a newer snapshot never lands before an older
 * one, and a newer snapshot written makes an older one's failure moot. An invalid draft is shown by
 * its fields and not written: what is stored is always the last valid snapshot.
 */
export function useAutosave<Draft extends object, Content>({
  initial,
  check,
  save,
  delayMs,
  checkWhen = 'as-typed',
  crashBuffer,
}: AutosaveOptions<Draft, Content>) {
  const restored = crashBuffer?.restored;
  const [draft, setDraft] = useState<Draft>(() => restored ?? initialDraft(initial));
  const [errors, setErrors] = useState<FieldErrors>(() => {
    const checked = restored && check(restored);
    return checked && !checked.isValid ? checked.errors : {};
  });
  const { saveState, setSaveState, track } = useSaveState({ newestWriteSupersedes: true });
  const pendingSave = useDebouncedTask(delayMs);

  /** The draft as last typed (the object identity says whether a save wrote the latest). */
  const latestTyped = useRef<Draft | null>(null);
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  /** Queues one snapshot write; `typed` is the draft it was checked from. Resolves true when saved. */
  function write(content: Content, typed: Draft): Promise<boolean> {
    async function run() {
      await save(content);
      if (!crashBuffer) return;
      // The buffer now holds only what is newer than the stored snapshot.
      const latest = latestTyped.current;
      if (latest === null || latest === typed) crashBuffer.clear();
      else crashBuffer.keep(latest);
    }
    const written = writes.current.then(run, run);
    writes.current = written.catch(() => undefined);
    return track(() => written);
  }

  function checkAndWrite(typed: Draft) {
    const checked = check(typed);
    if (!checked.isValid) {
      setErrors(checked.errors);
      setSaveState({ status: 'invalid' });
      return;
    }
    setErrors({});
    void write(checked.content, typed);
  }

  /** Applies `changes` to the draft; a choice (a tick, a level, a week) is saved without waiting. */
  function change(changes: Partial<Draft>, { isChoice = false } = {}) {
    const next = { ...draft, ...changes };
    setDraft(next);
    latestTyped.current = next;
    crashBuffer?.keep(next);
    if (checkWhen === 'before-saving') {
      pendingSave.schedule(() => checkAndWrite(next));
    } else {
      const checked = check(next);
      if (!checked.isValid) {
        setErrors(checked.errors);
        pendingSave.cancel();
        setSaveState({ status: 'invalid' });
        return;
      }
      setErrors({});
      setSaveState({ status: 'idle' });
      pendingSave.schedule(() => void write(checked.content, next));
    }
    if (isChoice) pendingSave.flush();
  }

  /**
   * For an uncontrolled field, which holds the text itself: records the whole draft as typed, keeps
   * it in the crash buffer and schedules its save, without re-rendering anything. The check runs
   * with the save (as `before-saving`), and `draft` stays what the form opened on.
   */
  function recordTyped(next: Draft) {
    latestTyped.current = next;
    crashBuffer?.keep(next);
    pendingSave.schedule(() => checkAndWrite(next));
  }

  // Finish the save that a closed page interrupted, once.
  const hasResumed = useRef(false);
  const resumeSave = useEffectEvent((typed: Draft) => {
    latestTyped.current = typed;
    const checked = check(typed);
    if (checked.isValid) void write(checked.content, typed);
  });
  useEffect(() => {
    if (hasResumed.current || restored === undefined) return;
    hasResumed.current = true;
    resumeSave(restored);
  }, [restored]);

  return {
    draft,
    change,
    recordTyped,
    errors,
    saveState,
    /** Saves the waiting snapshot now (focus left a field, the form is being finished). */
    flush: pendingSave.flush,
    /** Drops the waiting save and the crash buffer: the record is about to go. */
    discard: () => {
      pendingSave.cancel();
      crashBuffer?.clear();
    },
    /** Resolves once every write queued so far has finished, saved or not. */
    whenWritten: () => writes.current,
    /** Runs another write (a deletion, say) and reports it on the same status line. */
    track,
  };
}
