import { useId, type CSSProperties } from 'react';
import { z } from '@/domain/zod';
import {
  allStatements,
  isLevelOn,
  NOT_SEEN,
  statementRatingsSchema,
  type ReviewRound,
  type StatementRating,
  type StatementRatings,
} from '@/domain/review-360/review-round';
import { saveSelfRatings } from '@/db/review-rounds';
import { SaveStatus } from '@/ui/save-status';
import { checkWith, useAutosave } from '@/ui/use-autosave';

const selfRatingDraftSchema = z.object({ ratings: statementRatingsSchema });

/** A choice is saved at once; the short wait only merges a burst of quick choices into one write. */
const SAVE_DELAY_MS = 300;

/**
 * The delegate rates themselves on the round's own statements and scale, as the raters will, with
 * "Not seen" for what their role does not show. The scale's descriptors are set out once above the
 * statements (each option names its descriptor for screen readers), rather than repeated beside
 * every one of 28 statements. Each choice is saved as it is made.
 */
export function SelfRating({ round }: { round: ReviewRound }) {
  const id = useId();
  const { draft, change, saveState } = useAutosave({
    initial: { ratings: round.selfRatings },
    check: checkWith(selfRatingDraftSchema),
    save: (content: { ratings: StatementRatings }) => saveSelfRatings(round.id, content.ratings),
    delayMs: SAVE_DELAY_MS,
  });
  const statements = allStatements(round.behaviours);
  const rated = statements.filter((statement) => {
    const rating = draft.ratings[statement.id];
    return rating === NOT_SEEN || isLevelOn(round.scale, rating);
  }).length;

  function choose(statementId: string, rating: StatementRating) {
    change({ ratings: { ...draft.ratings, [statementId]: rating } }, { isChoice: true });
  }

  return (
    <section className="stack review360-self" aria-labelledby={`${id}-heading`}>
      <div>
        <h2 id={`${id}-heading`}>Rate yourself</h2>
        <p className="muted">
          The same statements and scale your raters use, so the report can set your view beside
          theirs. Choose “Not seen” where your role gives you no chance to show it. Each choice is
          saved as you make it.
        </p>
      </div>
      <section className="card review360-scale" aria-labelledby={`${id}-scale`}>
        <h3 id={`${id}-scale`}>What the levels mean</h3>
        <dl className="review360-scale-levels">
          {round.scale.levels.map((level) => (
            <div key={level.value}>
              <dt>
                <span className="review360-level-number" aria-hidden="true">
                  {level.value}
                </span>{' '}
                {level.label}
              </dt>
              <dd id={`${id}-level-${level.value.toString()}`}>{level.descriptor}</dd>
            </div>
          ))}
          <div>
            <dt>Not seen</dt>
            <dd id={`${id}-not-seen`}>
              You have had no chance to show this; it is left out of every average.
            </dd>
          </div>
        </dl>
      </section>
      <div className="review360-self-progress">
        <p>
          <strong>
            {rated} of {statements.length}
          </strong>{' '}
          statements rated
        </p>
        <SaveStatus state={saveState} />
      </div>
      {round.behaviours.map((behaviour) => (
        <section
          key={behaviour.id}
          className="card stack review360-behaviour"
          aria-labelledby={`${id}-${behaviour.id}`}
        >
          <h3 id={`${id}-${behaviour.id}`}>{behaviour.name}</h3>
          {behaviour.statements.map((statement) => {
            const name = `${id}-${statement.id}`;
            const current = draft.ratings[statement.id];
            return (
              <fieldset key={statement.id} className="review360-statement">
                <legend>{statement.statement}</legend>
                <div
                  className="review360-options"
                  style={{ '--option-count': round.scale.levels.length + 1 } as CSSProperties}
                >
                  {round.scale.levels.map((level) => (
                    <label key={level.value} className="review360-option">
                      <input
                        type="radio"
                        name={name}
                        checked={current === level.value}
                        onChange={() => choose(statement.id, level.value)}
                        aria-describedby={`${id}-level-${level.value.toString()}`}
                      />
                      <span className="review360-level-number" aria-hidden="true">
                        {level.value}
                      </span>
                      <span>{level.label}</span>
                    </label>
                  ))}
                  <label className="review360-option review360-option-not-seen">
                    <input
                      type="radio"
                      name={name}
                      checked={current === NOT_SEEN}
                      onChange={() => choose(statement.id, NOT_SEEN)}
                      aria-describedby={`${id}-not-seen`}
                    />
                    <span>Not seen</span>
                  </label>
                </div>
              </fieldset>
            );
          })}
        </section>
      ))}
    </section>
  );
}
