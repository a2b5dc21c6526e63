/** The id of a statement's level choice, so "Answer them first" can take the rater there. */
export function statementAnchor(statementId: string): string {
  return `statement-${statementId}`;
}
