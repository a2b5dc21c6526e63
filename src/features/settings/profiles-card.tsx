import { profileLabel, type Profile } from '@/domain/profile';

interface ProfilesCardProps {
  profiles: Profile[];
  activeProfileId: string;
  onSwitchProfile: (profileId: string) => void;
  onAddProfile: () => void;
}

/** Everyone with a profile in this browser, and the way to add another person. */
export function ProfilesCard({
  profiles,
  activeProfileId,
  onSwitchProfile,
  onAddProfile,
}: ProfilesCardProps) {
  return (
    <section className="card settings-card" aria-labelledby="settings-profiles">
      <h2 id="settings-profiles">Profiles on this device</h2>
      <ul className="settings-profile-list">
        {profiles.map((profile) => {
          const label = profileLabel(profile);
          const isActive = profile.id === activeProfileId;
          return (
            <li key={profile.id} className="settings-profile" data-active={isActive}>
              <div className="settings-profile-text">
                <p className="settings-profile-name">
                  {label}
                  {profile.isExample && <span className="settings-badge">Example data</span>}
                  {isActive && (
                    <span className="settings-badge" data-kind="active">
                      Showing now
                    </span>
                  )}
                </p>
                {profile.school !== '' && <p className="muted">{profile.school}</p>}
              </div>
              {!isActive && (
                <button
                  type="button"
                  className="button"
                  onClick={() => onSwitchProfile(profile.id)}
                >
                  Switch to {label}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="settings-actions">
        <button type="button" className="button" onClick={onAddProfile}>
          <span aria-hidden="true">+</span> Add another person
        </button>
        <p className="field-hint">
          Sharing a school laptop? Each person gets their own profile: their programme, ratings and
          targets are kept separate. Anyone using this browser can switch profiles, so this keeps
          work apart, not private.
        </p>
      </div>
    </section>
  );
}
