import type { ActiveProgramme } from '@/domain/active-programme';
import { activeAreas } from '@/domain/framework';
import type { FocusSkill } from '@/domain/observation';

/** The focus skills an observation rates, named from the delegate's framework. */
export function focusSkillsOf(active: ActiveProgramme, skillIds: readonly string[]): FocusSkill[] {
  const skills: FocusSkill[] = [];
  for (const area of activeAreas(active.framework)) {
    for (const skill of area.skills) {
      if (skillIds.includes(skill.id)) {
        skills.push({ id: skill.id, statement: skill.statement, areaName: area.name });
      }
    }
  }
  return skills;
}
