import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { actionTiming, timingText } from '@/domain/coaching/coaching-action';
import type { localCalendarDate } from '@/domain/calendar-date';
import type { listActions } from '@/db/coaching-log';
import type { SkillActionLink } from '@/features/audit/skill-card';

interface CoachingCode {
  listActions: typeof listActions;
  actionTiming: typeof actionTiming;
  timingText: typeof timingText;
  localCalendarDate: typeof localCalendarDate;
}

const NO_LINKS: ReadonlyMap<string, readonly SkillActionLink[]> = new Map();

/**
 * The open coaching actions linked to each skill, for the skill cards; live. As with the journal's
 * links, the coaching code loads after the audit has started drawing, and each skill's array is
 * rebuilt only when the actions change, so the memoised cards stay put.
 */
export function useSkillActionLinks(
  profileId: string,
): ReadonlyMap<string, readonly SkillActionLink[]> {
  const [code, setCode] = useState<CoachingCode | undefined>(undefined);
  useEffect(() => {
    let isMounted = true;
    void Promise.all([
      import('@/db/coaching-log'),
      import('@/domain/coaching/coaching-action'),
      import('@/domain/calendar-date'),
    ]).then(([log, action, dates]) => {
      if (isMounted) setCode({ ...log, ...action, ...dates });
    });
    return () => {
      isMounted = false;
    };
  }, []);
  const links = useLiveQuery(async () => {
    if (!code) return NO_LINKS;
    const today = code.localCalendarDate();
    const open = (await code.listActions(profileId)).filter((action) => action.status === 'open');
    const bySkill = new Map<string, SkillActionLink[]>();
    for (const action of open) {
      const timing = code.actionTiming(action, today);
      for (const skillId of action.skillIds) {
        const list = bySkill.get(skillId) ?? [];
        list.push({
          id: action.id,
          text: action.text,
          timing: code.timingText(timing, action.dueDate),
          isOverdue: timing.state === 'overdue',
        });
        bySkill.set(skillId, list);
      }
    }
    return bySkill;
  }, [code, profileId]);
  return links ?? NO_LINKS;
}
