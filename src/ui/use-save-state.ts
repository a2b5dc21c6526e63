import { useCallback, useRef, useState } from 'react';
import { z } from '@/domain/zod';
import { describeStorageFailure } from '@/domain/storage-errors';

/** Where an autosaving form is: there is no Save button, so this line is the only feedback. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  /** The input breaks a rule shown next to its field, so nothing was written. */
  | { status: 'invalid' }
  | { status: 'failed'; message: string };

/** Why a write failed, as one sentence without its full stop (SaveStatus adds the rest). */
function failureMessage(error: unknown): string {
  const reason =
    describeStorageFailure(error) ??
    (error instanceof z.core.$ZodError
      ? error.issues.map((issue) => issue.message).join('; ')
      : error instanceof Error
        ? error.message
        : 'something went wrong');
  return reason.replace(/\.$/, '');
}

/**
 * The state behind a SaveStatus, and `track`, which runs one write and reports it. Writes can
 * overlap (typing keeps saving), so only the newest may say "Saved". A failure is always shown,
 * unless `newestWriteSupersedes`: a form that saves a whole snapshot each time has nothing to lose
 * when an older snapshot fails after a newer one was written.
 */
export function useSaveState({ newestWriteSupersedes = false } = {}) {
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const latestWrite = useRef(0);

  /** Resolves true when the write succeeded. */
  const track = useCallback(
    async (write: () => Promise<unknown>): Promise<boolean> => {
      latestWrite.current += 1;
      const writeNumber = latestWrite.current;
      setSaveState({ status: 'saving' });
      try {
        await write();
        if (writeNumber === latestWrite.current) setSaveState({ status: 'saved' });
        return true;
      } catch (error) {
        if (!newestWriteSupersedes || writeNumber === latestWrite.current) {
          setSaveState({ status: 'failed', message: failureMessage(error) });
        }
        return false;
      }
    },
    [newestWriteSupersedes],
  );

  return { saveState, setSaveState, track };
}
