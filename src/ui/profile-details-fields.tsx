import type { ProfileDetails } from '@/domain/profile';
import { Field } from '@/ui/field';

interface ProfileDetailsFieldsProps {
  details: ProfileDetails;
  errors: Partial<Record<keyof ProfileDetails, string>>;
  onChange: (change: Partial<ProfileDetails>) => void;
  /** Focus leaving a field: where the details autosave, this saves at once. */
  onBlur?: () => void;
  /** Shown under each label: at set-up both are "Optional". */
  hint?: string;
  className: string;
}

/** A person's name and school: at set-up, and in Settings. */
export function ProfileDetailsFields({
  details,
  errors,
  onChange,
  onBlur,
  hint,
  className,
}: ProfileDetailsFieldsProps) {
  const hintProps = hint === undefined ? {} : { hint };
  return (
    <div className={className}>
      <Field label="Your name" {...hintProps} error={errors.displayName}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="name"
            value={details.displayName}
            onChange={(event) => onChange({ displayName: event.target.value })}
            onBlur={onBlur}
          />
        )}
      </Field>
      <Field label="School" {...hintProps} error={errors.school}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="organization"
            value={details.school}
            onChange={(event) => onChange({ school: event.target.value })}
            onBlur={onBlur}
          />
        )}
      </Field>
    </div>
  );
}
