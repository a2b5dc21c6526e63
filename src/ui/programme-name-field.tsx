import { Field } from '@/ui/field';

interface ProgrammeNameFieldProps {
  value: string;
  hint?: string | undefined;
  error?: string | undefined;
  onChange: (name: string) => void;
}

/** The programme's name as set-up and the programme screen both ask for it. */
export function ProgrammeNameField({ value, hint, error, onChange }: ProgrammeNameFieldProps) {
  return (
    <Field label="Programme name" hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
