import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a long screen's `total` items to draw: `first` as soon as `isReady` turns true, then
 * `step` more after each frame, until all are drawn. Drawn in one go, a long screen such as the
 * audit's sixty skill cards is one long task (React, then the browser's style and layout of
 * thousands of elements) during which a tap is not answered. In steps, each task
 * stays short and a level can be chosen on a card already shown while the rest are still being
 * drawn. Each step is a transition started from a timer after a frame, so the browser lays out,
 * paints and handles input between steps.
 */
export function useDrawnInSteps(
  isReady: boolean,
  total: number,
  { first, step }: { first: number; step: number },
): number {
  const [drawn, setDrawn] = useState(first);
  useEffect(() => {
    if (!isReady || drawn >= total) return;
    // The next step waits for the frame that lays out and paints this one (a timer set in an
    // animation frame runs after that frame). With a bare timer, several steps' elements reached
    // the browser before its next frame and were laid out together, as if drawn at once.
    let timer: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        startTransition(() => setDrawn((count) => count + step));
      }, 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [isReady, drawn, total, step]);
  return Math.min(drawn, total);
}
