import type { ActiveProgramme } from '@/domain/active-programme';
import type { Profile } from '@/domain/profile';
import { PageHeader } from '@/ui/page-header';
import { CoachingCard } from '@/features/settings/coaching-card';
import { CohortsCard } from '@/features/settings/cohorts-card';
import { ExampleDataCard } from '@/features/settings/example-data-card';
import { FrameworkCard } from '@/features/settings/framework-card';
import { OfflineCard } from '@/features/settings/offline-card';
import { ProfileDetailsCard } from '@/features/settings/profile-details-card';
import { ProfilesCard } from '@/features/settings/profiles-card';
import { StorageCard } from '@/features/settings/storage-card';
import { YourDataCard } from '@/features/settings/your-data-card';
import './settings.css';

interface SettingsScreenProps {
  active: ActiveProgramme;
  profiles: Profile[];
  onSwitchProfile: (profileId: string) => void;
  onAddProfile: () => void;
}

/** Who is using Trellis on this device, the example data, and how safely the data is kept. */
export function SettingsScreen({
  active,
  profiles,
  onSwitchProfile,
  onAddProfile,
}: SettingsScreenProps) {
  const activeProfileId = active.profile.id;
  return (
    <div className="settings">
      <PageHeader title="Settings">
        <p>Your details, the people using this device, and how Trellis keeps your data.</p>
      </PageHeader>
      <div className="settings-columns">
        <div className="settings-column">
          <ProfileDetailsCard profile={active.profile} />
          <FrameworkCard frameworkName={active.framework.name} />
          <ProfilesCard
            profiles={profiles}
            activeProfileId={activeProfileId}
            onSwitchProfile={onSwitchProfile}
            onAddProfile={onAddProfile}
          />
          <ExampleDataCard
            profiles={profiles}
            activeProfileId={activeProfileId}
            onSwitchProfile={onSwitchProfile}
          />
        </div>
        <div className="settings-column">
          <YourDataCard />
          <StorageCard />
          <OfflineCard />
          <CoachingCard />
          <CohortsCard />
        </div>
      </div>
    </div>
  );
}
