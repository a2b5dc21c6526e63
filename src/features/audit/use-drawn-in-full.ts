import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first frame after `isReady` turns true, then true. The audit draws the first
 * screenful of skill cards at once and the rest straight after, in a transition (issue 7): drawing
 * all 33 cards of a framework in one go kept a slowed phone from showing (or answering) the first
 * card for about half a second. The transition yields to input, so a level chosen on a card already
 * shown is answered at once while the rest are still being drawn.
 */
export function useDrawnInFull(isReady: boolean): boolean {
  const [isDrawnInFull, setDrawnInFull] = useState(false);
  useEffect(() => {
    if (!isReady || isDrawnInFull) return;
    startTransition(() => setDrawnInFull(true));
  }, [isReady, isDrawnInFull]);
  return isDrawnInFull;
}
