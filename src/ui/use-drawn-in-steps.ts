import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a long screen's `total` items to draw: `first` as soon as `isReady` turns true, then
 * `step` more in each following task, until all are drawn (issue 7). Drawing the audit's sixty
 * skill cards in one go made one task of half a second on a slowed phone (React, then the
 * browser's style and layout of 2,000 elements), during which a tap was not answered. In steps,
 * each task stays short and a level can be chosen on a card already shown while the rest are still
 * being drawn. Each step is a transition started from a timer, so the browser paints and handles
 * input between steps.
 */
export function useDrawnInSteps(
  isReady: boolean,
  total: number,
  { first, step }: { first: number; step: number },
): number {
  const [drawn, setDrawn] = useState(first);
  useEffect(() => {
    if (!isReady || drawn >= total) return;
    const timer = window.setTimeout(() => {
      startTransition(() => setDrawn((count) => count + step));
    }, 0);
    return () => window.clearTimeout(timer);
  }, [isReady, drawn, total, step]);
  return Math.min(drawn, total);
}

/**
 * A screen drawn in two parts: false until the task after `isReady` turns true, then true. The
 * progress dashboard draws everything above its skills grid first and the grid in that next step.
 */
export function useDrawnInFull(isReady: boolean): boolean {
  return useDrawnInSteps(isReady, 1, { first: 0, step: 1 }) === 1;
}
