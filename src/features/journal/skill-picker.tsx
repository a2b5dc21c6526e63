import { useId, useState } from 'react';
import { foldForSearch } from '@/domain/enquiry';
import type { Area } from '@/domain/framework';

interface SkillPickerProps {
  areas: readonly Area[];
  chosen: readonly string[];
  onChange: (skillIds: string[]) => void;
  error?: string | undefined;
}

/**
 * Chooses the skills an enquiry targets from a framework of 30-odd: the areas fold away (the ones
 * with a chosen skill start open), a search box narrows the list as you type, and what is chosen
 * sits on top as chips that can be removed, so it stays usable on a phone.
 */
export function SkillPicker({ areas, chosen, onChange, error }: SkillPickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const chosenSet = new Set(chosen);
  // Decided once: an area must not fold shut under the finger that just unticked its last skill.
  const [startsOpen] = useState(
    () =>
      new Set(
        areas
          .filter((area) => area.skills.some((skill) => chosenSet.has(skill.id)))
          .map((area) => area.id),
      ),
  );
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const matches = (text: string) => words.every((word) => foldForSearch(text).includes(word));
  const allSkills = areas.flatMap((area) => area.skills);
  const chosenSkills = allSkills.filter((skill) => chosenSet.has(skill.id));

  function toggle(skillId: string, isChecked: boolean) {
    // Kept in the framework's order, so the same choice always reads the same.
    const next = new Set(chosen);
    if (isChecked) next.add(skillId);
    else next.delete(skillId);
    onChange(allSkills.filter((skill) => next.has(skill.id)).map((skill) => skill.id));
  }

  function skillOption(skill: Area['skills'][number]) {
    return (
      <li key={skill.id}>
        <label className="skill-option">
          <input
            type="checkbox"
            checked={chosenSet.has(skill.id)}
            onChange={(event) => toggle(skill.id, event.target.checked)}
          />
          <span>{skill.statement}</span>
        </label>
      </li>
    );
  }

  const found = areas
    .map((area) => ({
      area,
      skills: area.skills.filter((skill) => matches(`${area.name} ${skill.statement}`)),
    }))
    .filter((entry) => entry.skills.length > 0);

  return (
    <fieldset
      className="field skill-picker"
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend>Skills it targets</legend>
      <p className="field-hint" id={`${id}-hint`}>
        The skills from your framework this enquiry should develop. They link it to your audit.
      </p>
      {chosenSkills.length > 0 ? (
        <ul className="skill-chips" aria-label="Chosen skills">
          {chosenSkills.map((skill) => (
            <li key={skill.id}>
              <span>{skill.statement}</span>
              <button
                type="button"
                className="skill-chip-remove"
                aria-label={`Remove: ${skill.statement}`}
                onClick={() => toggle(skill.id, false)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted skill-none">No skills chosen yet.</p>
      )}
      <label htmlFor={`${id}-find`} className="skill-find-label">
        Find a skill
      </label>
      <input
        id={`${id}-find`}
        type="search"
        className="skill-find"
        value={query}
        placeholder="For example: hinge, feedback, routines"
        onChange={(event) => setQuery(event.target.value)}
      />
      {words.length > 0 ? (
        found.length === 0 ? (
          <p className="muted">No skill matches “{query}”.</p>
        ) : (
          found.map(({ area, skills }) => (
            <div key={area.id} className="skill-area">
              <p className="skill-area-name">{area.name}</p>
              <ul className="skill-options">{skills.map(skillOption)}</ul>
            </div>
          ))
        )
      ) : (
        areas.map((area) => {
          const count = area.skills.filter((skill) => chosenSet.has(skill.id)).length;
          return (
            <details
              key={area.id}
              className="skill-area"
              open={startsOpen.has(area.id) || undefined}
            >
              <summary>
                {area.name}
                {count > 0 && <span className="skill-area-count">{count} chosen</span>}
              </summary>
              <ul className="skill-options">{area.skills.map(skillOption)}</ul>
            </details>
          );
        })
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
