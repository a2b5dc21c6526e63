import { useRef, useState } from 'react';
import {
  raterDraftSchema,
  type OutgoingReviewAnswer,
  type RaterDraft,
} from '@/domain/review-360/stored';
import { saveRaterDraft } from '@/db/outgoing-review-answers';
import { clearDraftBuffer, readDraftBuffer, writeDraftBuffer } from '@/ui/draft-buffer';
import { checkWith, useAutosave } from '@/ui/use-autosave';

/**
 * How long typing must pause before the answer is saved. A level is saved at once, and so is
 * everything when a field is left or the page is hidden (a phone locked half-way through).
 */
const RATER_SAVE_DELAY_MS = 500;

/** The answer being written on this phone is buffered under `trellis.review-answer-draft.<id>`. */
function bufferKey(id: string): string {
  return `trellis.review-answer-draft.${id}`;
}

interface StoredState {
  /** When the answer as it stands was made ready to send; undefined for a draft. */
  sentAt: string | undefined;
  /** An answer sent once and changed since: it must be sent again to replace the earlier one. */
  isChangedSinceSent: boolean;
}

/** A draft's revision goes up only when a sent answer is changed (outgoing-review-answers.ts). */
function storedState(row: OutgoingReviewAnswer): StoredState {
  return { sentAt: row.sentAt, isChangedSinceSent: row.sentAt === undefined && row.rev > 1 };
}

/**
 * The rater's draft, saved as they go to `outgoingReviewAnswers`, with a crash buffer for what was
 * typed in the last moment before the page closed. `sentAt` follows the stored row: an edit after
 * sending clears it, so the screen can say the answer needs sending again.
 */
export function useRaterAutosave(initial: OutgoingReviewAnswer) {
  const { id } = initial;
  const savedRev = useRef(initial.rev);
  const [restored] = useState(() => readDraftBuffer(bufferKey(id), initial.rev, raterDraftSchema));
  const [stored, setStored] = useState<StoredState>(() => storedState(initial));

  function follow(row: OutgoingReviewAnswer) {
    savedRev.current = row.rev;
    setStored(storedState(row));
  }

  async function save(draft: RaterDraft) {
    follow(await saveRaterDraft(id, draft));
  }

  const autosave = useAutosave<RaterDraft, RaterDraft>({
    initial: initial.draft,
    check: checkWith(raterDraftSchema),
    save,
    delayMs: RATER_SAVE_DELAY_MS,
    checkWhen: 'before-saving',
    crashBuffer: {
      restored,
      keep: (typed) => writeDraftBuffer(bufferKey(id), typed, savedRev.current),
      clear: () => clearDraftBuffer(bufferKey(id)),
    },
  });

  return {
    ...autosave,
    ...stored,
    /** Takes in a row written outside the autosave (the answer made ready to send). */
    follow,
  };
}
