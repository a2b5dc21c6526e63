import { z } from '@/domain/zod';
import { recordMetaSchema } from '@/domain/record';

/**
 * A profile is one person's space on this device (docs/design.md#profile-scoped-data): a real
 * delegate, a second teacher on a shared school laptop, or the example data. Every other record
 * names its profile, and no query forgets it, so the example never mixes with real work.
 */
export const profileDetailsSchema = z.object({
  displayName: z
    .string()
    .check(z.trim(), z.maxLength(80, 'Name is too long (80 characters at most)')),
  school: z
    .string()
    .check(z.trim(), z.maxLength(120, 'School is too long (120 characters at most)')),
});
export type ProfileDetails = z.infer<typeof profileDetailsSchema>;

/**
 * A delegate (absent, as on every profile made before facilitators existed) works through a
 * programme; a facilitator has no programme of their own and reads their cohorts' shared snapshots
 * in the cohort workspace.
 */
export const profileRoleSchema = z.enum(['delegate', 'facilitator']);
export type ProfileRole = z.infer<typeof profileRoleSchema>;

export const profileSchema = z.extend(recordMetaSchema, {
  ...profileDetailsSchema.shape,
  isExample: z.boolean(),
  role: z.optional(profileRoleSchema),
});
export type Profile = z.infer<typeof profileSchema>;

export function isFacilitator(profile: Pick<Profile, 'role'>): boolean {
  return profile.role === 'facilitator';
}

export function profileLabel(profile: Pick<Profile, 'displayName' | 'isExample'>): string {
  if (profile.isExample) return 'Example delegate';
  return profile.displayName === '' ? 'My programme' : profile.displayName;
}
