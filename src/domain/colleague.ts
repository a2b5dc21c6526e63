import { z } from '@/domain/zod';
import { stableIdSchema } from '@/domain/framework';
import { recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * A colleague in the delegate's Learning 3 (the "trio"): someone they observe and who observes them.
 * Each colleague has a few focus skills from the delegate's framework; observations of their
 * lessons rate those skills (see observation.ts).
 */

export const MAX_FOCUS_SKILLS = 6;

const nameSchema = z
  .string({ error: 'Add a name' })
  .check(
    z.trim(),
    z.minLength(1, 'Add a name'),
    z.maxLength(80, 'Name is too long (80 characters at most)'),
  );

export const colleagueDetailsSchema = z.object({
  name: nameSchema,
  role: z.string().check(z.trim(), z.maxLength(80, 'Role is too long (80 characters at most)')),
  /** "Year 4", "Science", "EYFS": the subject or phase they teach. */
  subjectOrPhase: z.string().check(z.trim(), z.maxLength(80, 'Too long (80 characters at most)')),
  focusSkillIds: z
    .array(stableIdSchema)
    .check(z.maxLength(MAX_FOCUS_SKILLS, `Choose at most ${MAX_FOCUS_SKILLS} focus skills`)),
});
export type ColleagueDetails = z.infer<typeof colleagueDetailsSchema>;

export const colleagueSchema = z.extend(recordMetaSchema, {
  ...colleagueDetailsSchema.shape,
  profileId: recordIdSchema,
});
export type Colleague = z.infer<typeof colleagueSchema>;
