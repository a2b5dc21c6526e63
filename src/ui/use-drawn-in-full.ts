import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first frame after `isReady` turns true, then true. A long screen draws what is at
 * its top at once and the rest straight after, in a transition (issue 7): the audit draws its
 * first screenful of skill cards first, the progress dashboard everything above its skills grid.
 * Drawing all of it in one go kept a slowed phone from showing (or answering) the top of the screen
 * for half a second or more. The transition yields to input, so a level chosen on a card already
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
