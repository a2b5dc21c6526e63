import { Field } from '@/ui/field';

/** The coach's name, as set up and as renamed: it travels in the coach link, so at most 80 characters. */
export function CoachNameField({
  name,
  error,
  onChange,
}: {
  name: string;
  error: string | undefined;
  onChange: (name: string) => void;
}) {
  return (
    <Field label="Your name" error={error}>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="name"
          maxLength={80}
          value={name}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
