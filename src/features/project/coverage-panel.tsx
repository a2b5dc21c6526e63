import { memo } from 'react';
import type { FrameworkDefinition } from '@/domain/framework';
import { statementCoverage, type WriteUpSection } from '@/domain/improvement-project/write-up';

/**
 * Which framework statements the write-up draws on, with the sections, and which not yet. Memoised:
 * the editor re-renders as word counts change, and the tags have not.
 */
export const CoveragePanel = memo(function CoveragePanel({
  framework,
  sections,
}: {
  framework: FrameworkDefinition;
  sections: readonly Pick<WriteUpSection, 'heading' | 'statementIds'>[];
}) {
  const coverage = statementCoverage(framework, sections);
  const total = coverage.drawnOn.length + coverage.notYet.length;
  return (
    <section className="card stack write-up-coverage" aria-labelledby="write-up-coverage-heading">
      <h2 id="write-up-coverage-heading">Framework statements</h2>
      <p>
        The write-up draws on {coverage.drawnOn.length} of {total} statements of {framework.name}.
        Tag a section’s statements in its settings.
      </p>
      <details open={coverage.drawnOn.length > 0}>
        <summary>Drawn on ({coverage.drawnOn.length})</summary>
        {coverage.drawnOn.length === 0 ? (
          <p>None tagged yet.</p>
        ) : (
          <ul className="write-up-coverage-list">
            {coverage.drawnOn.map(({ skill, areaName, headings }) => (
              <li key={skill.id}>
                {skill.statement}{' '}
                <span className="muted">
                  ({areaName}; in {headings.join(', ')})
                </span>
              </li>
            ))}
          </ul>
        )}
      </details>
      <details>
        <summary>Not yet drawn on ({coverage.notYet.length})</summary>
        {coverage.notYet.length === 0 ? (
          <p>Every statement is drawn on.</p>
        ) : (
          <ul className="write-up-coverage-list">
            {coverage.notYet.map(({ skill, areaName }) => (
              <li key={skill.id}>
                {skill.statement} <span className="muted">({areaName})</span>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
});
