import type { StoredFramework } from '@/domain/framework';
import type { Profile } from '@/domain/profile';
import type { Programme } from '@/domain/programme';

/** What every screen works on: the active profile, its programme and the framework it audits against. */
export interface ActiveProgramme {
  profile: Profile;
  programme: Programme;
  framework: StoredFramework;
}
