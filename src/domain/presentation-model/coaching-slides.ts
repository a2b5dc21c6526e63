import { coachingSummaryLine } from '@/domain/coaching/coaching-summary';
import type { Figure, PresentationChoices } from '@/domain/presentation';
import type { PresentationInput } from '@/domain/presentation-model/presentation-input';
import type { SlideDraft } from '@/domain/presentation-model/slide-text';

/**
 * The optional coaching slide: sessions held, agreed actions done and still open, and how many
 * records the coach verified, as figures; the same in a sentence in the speaker notes. Offered
 * when anything is logged. Session notes never go on a slide: the deck is shown to a room.
 */
export function coachingSlides(
  input: PresentationInput,
  choices: PresentationChoices,
): SlideDraft[] {
  const summary = input.coaching;
  if (!summary || !choices.includeCoaching) return [];
  const line = coachingSummaryLine(summary);
  if (line === undefined) return [];
  const total = summary.actionsDone + summary.actionsOpen;
  const figures: Figure[] = [
    { value: summary.sessions.toString(), label: summary.sessions === 1 ? 'session' : 'sessions' },
  ];
  if (total > 0) {
    figures.push(
      {
        value: `${summary.actionsDone.toString()} of ${total.toString()}`,
        label: 'agreed actions done',
      },
      { value: summary.actionsOpen.toString(), label: 'actions still open' },
    );
  }
  if (summary.verified > 0) {
    figures.push({
      value: summary.verified.toString(),
      label: summary.verifiedBy ? `verified by ${summary.verifiedBy}` : 'verified by my coach',
    });
  }
  return [
    { section: 'coaching', title: 'Coaching', body: { kind: 'figures', figures }, notes: [line] },
  ];
}
