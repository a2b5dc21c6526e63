import { useId } from 'react';

interface ChoiceGroupProps<T extends string | number> {
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string; description?: string }[];
  value: T;
  onChange: (value: T) => void;
  /** One option per line (options with descriptions), rather than a row of short ones. */
  isList?: boolean;
}

/** Native radio buttons laid out as a row of large options (arrow keys move between them). */
export function ChoiceGroup<T extends string | number>({
  legend,
  hint,
  options,
  value,
  onChange,
  isList = false,
}: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="field choice-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="choice-options" data-list={isList || undefined}>
        {options.map((option) => (
          <label key={String(option.value)} className="choice-option">
            <input
              type="radio"
              name={id}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.description ? `${id}-${option.value}-desc` : undefined}
            />
            <span className="choice-option-text">
              <span className="choice-option-label">{option.label}</span>
              {option.description && (
                <span className="choice-option-description" id={`${id}-${option.value}-desc`}>
                  {option.description}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
