import type { ReactNode } from 'react';
import type { SkillProgress } from '@/domain/progress';

interface HighlightListProps {
  entries: readonly SkillProgress[];
  /** What follows each skill's statement and area: its levels, and any evidence. */
  details: (entry: SkillProgress) => ReactNode;
}

/** A ranked list of skills, each with its statement, its area and what the list is about. */
export function HighlightList({ entries, details }: HighlightListProps) {
  return (
    <ol className="highlight-list">
      {entries.map((entry) => (
        <li key={entry.skill.id}>
          <p className="highlight-statement">{entry.skill.statement}</p>
          <p className="highlight-area">{entry.area.name}</p>
          {details(entry)}
        </li>
      ))}
    </ol>
  );
}
