import { useState } from 'react';
import { profileDetailsSchema, type Profile, type ProfileDetails } from '@/domain/profile';
import { fieldErrors } from '@/domain/validation';
import { updateProfileDetails } from '@/db/profiles';
import { useDebouncedTask } from '@/ui/use-debounced-task';
import { SaveStatus } from '@/ui/save-status';
import { useSaveState } from '@/ui/use-save-state';
import { ProfileDetailsFields } from '@/ui/profile-details-fields';

const SAVE_DELAY_MS = 500;

type DetailErrors = Partial<Record<keyof ProfileDetails, string>>;

/**
 * The active person's name and school, saved as they type. Invalid input is shown beside its field
 * and changes nothing; the last valid text is what is stored. The example's details are fixed.
 */
export function ProfileDetailsCard({ profile }: { profile: Profile }) {
  const [draft, setDraft] = useState<ProfileDetails>({
    displayName: profile.displayName,
    school: profile.school,
  });
  const [errors, setErrors] = useState<DetailErrors>({});
  const { saveState, setSaveState, track } = useSaveState({ newestWriteSupersedes: true });
  const pendingSave = useDebouncedTask(SAVE_DELAY_MS);

  function save(details: ProfileDetails) {
    return track(() => updateProfileDetails(profile.id, details));
  }

  function change(changes: Partial<ProfileDetails>) {
    const next = { ...draft, ...changes };
    setDraft(next);
    const result = profileDetailsSchema.safeParse(next);
    if (!result.success) {
      setErrors(fieldErrors(result.error));
      pendingSave.cancel();
      setSaveState({ status: 'idle' });
      return;
    }
    setErrors({});
    pendingSave.schedule(() => void save(result.data));
  }

  if (profile.isExample) {
    return (
      <section className="card settings-card" aria-labelledby="settings-details">
        <h2 id="settings-details">Your details</h2>
        <p className="muted">
          These belong to the example delegate and cannot be changed. Switch to your own profile to
          edit your name and school.
        </p>
        <dl className="settings-details-list">
          <div>
            <dt>Your name</dt>
            <dd>{profile.displayName}</dd>
          </div>
          <div>
            <dt>School</dt>
            <dd>{profile.school}</dd>
          </div>
        </dl>
      </section>
    );
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-details">
      <h2 id="settings-details">Your details</h2>
      <p className="muted">Shown in the profile list and on what you present. Saved as you type.</p>
      <ProfileDetailsFields
        className="settings-fields"
        details={draft}
        errors={errors}
        onChange={change}
        onBlur={pendingSave.flush}
      />
      <SaveStatus state={saveState} />
    </section>
  );
}
