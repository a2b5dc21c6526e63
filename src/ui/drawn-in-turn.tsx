import { Fragment, type ReactNode } from 'react';
import { useDrawnInSteps } from '@/ui/use-drawn-in-steps';

interface DrawnInTurnProps {
  /** A screen's parts in page order; each is drawn in the frame after the one before it. */
  parts: readonly ReactNode[];
  /** Shown (and read out as busy) below the parts drawn so far while the rest are to come. */
  pending: string;
}

/**
 * The lower parts of a long screen, drawn one per frame: each part's React work and its first
 * layout make a task of their own, so no task holds a tap back for long. The step count is
 * this component's state, so a step re-renders only it: the parts drawn before are the same
 * elements as last time, and React skips them (a chart is not drawn again for each later part).
 */
export function DrawnInTurn({ parts, pending }: DrawnInTurnProps) {
  const drawn = useDrawnInSteps(true, parts.length, { first: 0, step: 1 });
  return (
    <>
      {parts.slice(0, drawn).map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
      {drawn < parts.length && (
        <p className="muted" aria-busy="true">
          {pending}
        </p>
      )}
    </>
  );
}
