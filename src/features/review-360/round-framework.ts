import type { FrameworkDefinition } from '@/domain/framework';
import type { ReviewRound, ReviewRoundKind } from '@/domain/review-360/review-round';

export const DEFAULT_TITLES: Readonly<Record<ReviewRoundKind, string>> = {
  start: 'Start of programme 360',
  end: 'End of programme 360',
};

/** How long a new round stays open unless the delegate says otherwise. */
export const DEFAULT_OPEN_DAYS = 14;

/**
 * A start round's own statements and scale as a framework, so an end round asks exactly what the
 * start round asked and every behaviour can be compared, whatever has been edited since.
 */
export function frameworkOfRound(round: ReviewRound): FrameworkDefinition {
  return {
    key: 'review-round',
    version: 1,
    name: round.title,
    description: '',
    style: 'behaviours',
    scale: round.scale,
    areas: round.behaviours.map((behaviour) => ({
      id: behaviour.id,
      name: behaviour.name,
      skills: behaviour.statements.map((statement) => ({
        id: statement.id,
        statement: statement.statement,
      })),
    })),
  };
}
