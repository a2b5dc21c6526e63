/**
 * The frameworks Trellis ships with, in the order they are offered. Their keys and area and skill
 * ids are permanent: ratings refer to them.
 */
import type { FrameworkDefinition } from '@/domain/framework';
import { leadershipBehaviours } from '@/domain/built-in-frameworks/leadership-behaviours';
import { npqLeadingTeaching } from '@/domain/built-in-frameworks/npq-leading-teaching';
import { otpPlusTeachingAudit } from '@/domain/built-in-frameworks/otp-plus-teaching-audit';

export { leadershipBehaviours, npqLeadingTeaching, otpPlusTeachingAudit };

export const builtInFrameworks: readonly FrameworkDefinition[] = [
  otpPlusTeachingAudit,
  npqLeadingTeaching,
  leadershipBehaviours,
];

export function findBuiltInFramework(key: string): FrameworkDefinition | undefined {
  return builtInFrameworks.find((framework) => framework.key === key);
}
