import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { calendarDateSchema } from '@/domain/calendar-date';
import { describeStorageFailure } from '@/domain/storage-errors';
import {
  RATER_GROUPS,
  type GroupThresholds,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { answerCounts, deleteReviewRound, updateReviewRoundSettings } from '@/db/review-rounds';
import { Field } from '@/ui/field';
import { paths } from '@/ui/paths';
import { navigate } from '@/ui/router';
import { SaveStatus } from '@/ui/save-status';
import { useAutosave, type DraftCheck, type FieldErrors } from '@/ui/use-autosave';
import {
  parseThresholds,
  thresholdDrafts,
  type ThresholdDrafts,
} from '@/features/review-360/threshold-drafts';
import { ThresholdFields } from '@/features/review-360/threshold-fields';

interface SettingsDraft {
  title: string;
  closesOn: string;
  thresholds: ThresholdDrafts;
}

interface RoundSettingsContent {
  title: string;
  closesOn: string;
  thresholds: GroupThresholds;
}

function checkSettings(floors: GroupThresholds) {
  return (draft: SettingsDraft): DraftCheck<RoundSettingsContent> => {
    const errors: FieldErrors = {};
    const title = draft.title.trim();
    if (title === '') errors.title = 'Add a title';
    else if (title.length > 100) errors.title = 'Title is too long (100 characters at most)';
    if (!calendarDateSchema.safeParse(draft.closesOn).success) {
      errors.closesOn = 'Choose the closing date';
    }
    const parsed = parseThresholds(draft.thresholds, floors);
    if (!parsed.ok) {
      for (const [group, message] of Object.entries(parsed.errors)) {
        errors[`thresholds.${group}`] = message;
      }
    }
    return Object.keys(errors).length > 0 || !parsed.ok
      ? { isValid: false, errors }
      : {
          isValid: true,
          content: { title, closesOn: draft.closesOn, thresholds: parsed.thresholds },
        };
  };
}

/**
 * The round's title, closing date and thresholds, saved as typed; and deleting the round. A
 * threshold can be raised but never brought below what it was when this form opened: raters were
 * told that number on their request.
 */
export function RoundSettings({ round, rounds }: { round: ReviewRound; rounds: ReviewRound[] }) {
  const id = useId();
  const [floors] = useState<GroupThresholds>(() => ({ ...round.thresholds }));
  const { draft, change, errors, saveState, flush } = useAutosave({
    initial: {
      title: round.title,
      closesOn: round.closesOn,
      thresholds: thresholdDrafts(round.thresholds),
    },
    check: checkSettings(floors),
    save: (content: RoundSettingsContent) => updateReviewRoundSettings(round.id, content),
    delayMs: 800,
    checkWhen: 'before-saving',
  });
  const thresholdErrors = Object.fromEntries(
    RATER_GROUPS.flatMap((group) => {
      const message = errors[`thresholds.${group}`];
      return message === undefined ? [] : [[group, message]];
    }),
  );

  return (
    <div className="stack review360-settings">
      <section className="card" aria-labelledby={`${id}-heading`}>
        <div className="review360-settings-head">
          <h2 id={`${id}-heading`}>Round settings</h2>
          <SaveStatus state={saveState} />
        </div>
        <Field
          label="Title"
          hint="Raters see it on links you send from now on."
          error={errors.title}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={100}
              value={draft.title}
              onChange={(event) => change({ title: event.target.value })}
              onBlur={flush}
            />
          )}
        </Field>
        <Field
          label="Closing date"
          hint="Answers are taken up to and including this day. Move it later to take late answers."
          error={errors.closesOn}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.closesOn}
              onChange={(event) => change({ closesOn: event.target.value })}
              onBlur={flush}
            />
          )}
        </Field>
        <ThresholdFields
          drafts={draft.thresholds}
          floors={floors}
          errors={thresholdErrors}
          hint="Raters were told these numbers on their request, so each can be raised, never lowered."
          onChange={(group, text) => change({ thresholds: { ...draft.thresholds, [group]: text } })}
          onBlur={flush}
        />
      </section>
      <DeleteRound
        round={round}
        hasEndRound={rounds.some((r) => r.comparedWithRoundId === round.id)}
      />
    </div>
  );
}

function DeleteRound({ round, hasEndRound }: { round: ReviewRound; hasEndRound: boolean }) {
  const id = useId();
  const [isConfirming, setIsConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const counts = useLiveQuery(() => answerCounts(round.id), [round.id]);
  const total = counts ? RATER_GROUPS.reduce((sum, group) => sum + counts[group], 0) : 0;

  async function remove() {
    setProblem(null);
    try {
      await deleteReviewRound(round.id);
      navigate(paths.review360, { replace: true });
    } catch (error) {
      setProblem(
        describeStorageFailure(error) ?? 'The round could not be deleted. Please try again.',
      );
    }
  }

  return (
    <section className="card stack review360-delete" aria-labelledby={`${id}-delete`}>
      <h2 id={`${id}-delete`}>Delete this round</h2>
      {isConfirming ? (
        <div className="stack" role="alert">
          <p>
            Delete “{round.title}”? This deletes your self-ratings, your notes of whom you asked,
            the {total} {total === 1 ? 'answer' : 'answers'} received
            {round.coach ? ` and any report ${round.coach.name} released` : ' and its report'}.
            Answers sent to its links afterwards are refused.
            {hasEndRound ? ' Its end round stays, with nothing to be compared with.' : ''}
          </p>
          <div className="cluster">
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              Yes, delete the round
            </button>
            <button type="button" className="button" onClick={() => setIsConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="button button-danger"
            onClick={() => setIsConfirming(true)}
          >
            Delete round
          </button>
        </p>
      )}
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
