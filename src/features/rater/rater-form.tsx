import { useId } from 'react';
import {
  MAX_COMMENT_LENGTH,
  NOT_SEEN,
  type ReviewBehaviour,
  type ReviewRequest,
  type StatementRating,
} from '@/domain/review-360/review-round';
import type { RaterDraft } from '@/domain/review-360/stored';
import { Field } from '@/ui/field';
import { statementAnchor } from '@/features/rater/statement-anchor';
import { LevelChoice, NONE_CHOSEN, type LevelChoiceValue } from '@/ui/level-choice';

interface RaterFormProps {
  request: ReviewRequest;
  draft: RaterDraft;
  onChange: (changes: Partial<RaterDraft>, options?: { isChoice?: boolean }) => void;
  errors: Partial<Record<string, string>>;
  /** Leaves a text field: the waiting save runs at once. */
  onLeaveField: () => void;
}

function choiceOf(rating: StatementRating | undefined): LevelChoiceValue | undefined {
  return rating === NOT_SEEN ? NONE_CHOSEN : rating;
}

/**
 * What the rater fills in, behaviour by behaviour: each statement on the request's scale or "Not
 * seen", then the two comments. There is no Save button: the screen saves as it changes.
 */
export function RaterForm({ request, draft, onChange, errors, onLeaveField }: RaterFormProps) {
  function rate(statementId: string, choice: LevelChoiceValue) {
    const rating: StatementRating = choice === NONE_CHOSEN ? NOT_SEEN : choice;
    onChange({ ratings: { ...draft.ratings, [statementId]: rating } }, { isChoice: true });
  }

  return (
    <div className="rater-form stack">
      {request.behaviours.map((behaviour) => (
        <BehaviourCard
          key={behaviour.id}
          behaviour={behaviour}
          request={request}
          draft={draft}
          onRate={rate}
        />
      ))}
      <section className="card" aria-labelledby="rater-comments">
        <h2 id="rater-comments">Your comments</h2>
        <p className="muted">
          Both are optional. Describe what you have seen them do; leave out anything that would say
          who you are.
        </p>
        <CommentField
          label="What they do well"
          value={draft.doWell}
          error={errors.doWell}
          onChange={(doWell) => onChange({ doWell })}
          onLeaveField={onLeaveField}
        />
        <CommentField
          label="What would make them more effective"
          value={draft.moreEffective}
          error={errors.moreEffective}
          onChange={(moreEffective) => onChange({ moreEffective })}
          onLeaveField={onLeaveField}
        />
      </section>
    </div>
  );
}

interface BehaviourCardProps {
  behaviour: ReviewBehaviour;
  request: ReviewRequest;
  draft: RaterDraft;
  onRate: (statementId: string, choice: LevelChoiceValue) => void;
}

function BehaviourCard({ behaviour, request, draft, onRate }: BehaviourCardProps) {
  const headingId = useId();
  const answered = behaviour.statements.filter(
    (statement) => draft.ratings[statement.id] !== undefined,
  ).length;
  return (
    <section className="card rater-behaviour" aria-labelledby={headingId}>
      <div className="rater-behaviour-heading">
        <h2 id={headingId}>{behaviour.name}</h2>
        <p className="muted">
          {answered.toString()} of {behaviour.statements.length.toString()} answered
        </p>
      </div>
      {behaviour.statements.map((statement) => (
        <div key={statement.id} id={statementAnchor(statement.id)} className="rater-statement">
          <LevelChoice
            legend={<span className="level-choice-statement">{statement.statement}</span>}
            levels={request.scale.levels}
            chosen={choiceOf(draft.ratings[statement.id])}
            onChoose={(choice) => onRate(statement.id, choice)}
            noneDescription="Not seen: this statement is left out of every average."
          />
        </div>
      ))}
    </section>
  );
}

interface CommentFieldProps {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onLeaveField: () => void;
}

function CommentField({ label, value, error, onChange, onLeaveField }: CommentFieldProps) {
  const left = MAX_COMMENT_LENGTH - value.length;
  return (
    <Field
      label={label}
      hint={`Up to ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')} characters · ${left.toLocaleString('en-GB')} left`}
      error={error}
    >
      {(control) => (
        <textarea
          {...control}
          value={value}
          rows={5}
          maxLength={MAX_COMMENT_LENGTH}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onLeaveField}
        />
      )}
    </Field>
  );
}
