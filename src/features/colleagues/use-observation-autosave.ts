import { observationContentSchema, type ObservationContent } from '@/domain/observation';
import { checkWith, useAutosave } from '@/ui/use-autosave';

/**
 * How long typing must pause before an observation is saved. It is also saved at once for a level,
 * when a field is left and when the page is hidden (a phone locking in a lesson).
 */
const OBSERVATION_SAVE_DELAY_MS = 500;

/**
 * The delegate's own observation and a colleague's phone save the same content the same way: a
 * pause after typing, checked just before the write, so a half-typed field is never an error.
 */
export function useObservationAutosave(
  initial: ObservationContent,
  save: (content: ObservationContent) => Promise<unknown>,
) {
  const { draft, ...autosave } = useAutosave<ObservationContent, ObservationContent>({
    initial,
    check: checkWith(observationContentSchema),
    save,
    delayMs: OBSERVATION_SAVE_DELAY_MS,
    checkWhen: 'before-saving',
  });
  return { content: draft, ...autosave };
}
