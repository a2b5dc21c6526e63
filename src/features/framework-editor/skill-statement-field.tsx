import { Field } from '@/ui/field';

interface SkillStatementFieldProps {
  label: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** A new skill's statement: two lines to start with, as long as a statement may be. */
export function SkillStatementField({ label, error, value, onChange }: SkillStatementFieldProps) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <textarea
          {...control}
          rows={2}
          maxLength={300}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
