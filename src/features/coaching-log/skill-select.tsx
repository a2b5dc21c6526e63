import { useId } from 'react';
import { activeAreas, findSkill, type FrameworkDefinition } from '@/domain/framework';

interface SkillSelectProps {
  label: string;
  framework: FrameworkDefinition;
  chosen: readonly string[];
  max: number;
  onChange: (skillIds: string[]) => void;
}

/**
 * Skills chosen from the framework: the chosen ones as removable chips, and one select (grouped by
 * area) to add another. A phone shows its own long list for a select, which suits 30-odd skills
 * better than as many checkboxes on the page.
 */
export function SkillSelect({ label, framework, chosen, max, onChange }: SkillSelectProps) {
  const id = useId();
  const areas = activeAreas(framework);
  const isFull = chosen.length >= max;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {chosen.length > 0 && (
        <ul className="chip-list" aria-label={`${label}: chosen`}>
          {chosen.map((skillId) => {
            const statement = findSkill(framework, skillId)?.skill.statement ?? 'A removed skill';
            return (
              <li key={skillId} className="chip">
                <span>{statement}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove “${statement}”`}
                  onClick={() => onChange(chosen.filter((candidate) => candidate !== skillId))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <select
        id={id}
        value=""
        disabled={isFull}
        onChange={(event) => {
          const skillId = event.target.value;
          if (skillId !== '' && !chosen.includes(skillId)) onChange([...chosen, skillId]);
        }}
      >
        <option value="">{isFull ? `${max.toString()} chosen (the most)` : 'Add a skill…'}</option>
        {areas.map((area) => (
          <optgroup key={area.id} label={area.name}>
            {area.skills
              .filter((skill) => !chosen.includes(skill.id))
              .map((skill) => (
                <option key={skill.id} value={skill.id}>
                  {skill.statement}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

interface RecordSelectProps {
  label: string;
  options: readonly { id: string; title: string }[];
  chosen: readonly string[];
  max: number;
  onChange: (ids: string[]) => void;
}

/** The same for records (enquiries, observations): chips and a select to add one more. */
export function RecordSelect({ label, options, chosen, max, onChange }: RecordSelectProps) {
  const id = useId();
  const titleOf = (recordId: string) =>
    options.find((option) => option.id === recordId)?.title ?? 'No longer here';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {chosen.length > 0 && (
        <ul className="chip-list" aria-label={`${label}: chosen`}>
          {chosen.map((recordId) => (
            <li key={recordId} className="chip">
              <span>{titleOf(recordId)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove “${titleOf(recordId)}”`}
                onClick={() => onChange(chosen.filter((candidate) => candidate !== recordId))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <select
        id={id}
        value=""
        disabled={chosen.length >= max || options.length === 0}
        onChange={(event) => {
          const value = event.target.value;
          if (value !== '' && !chosen.includes(value)) onChange([...chosen, value]);
        }}
      >
        <option value="">{options.length === 0 ? 'None yet' : 'Add one…'}</option>
        {options
          .filter((option) => !chosen.includes(option.id))
          .map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
      </select>
    </div>
  );
}
