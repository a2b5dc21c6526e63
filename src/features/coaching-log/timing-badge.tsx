import { timingText, type ActionTiming } from '@/domain/coaching/coaching-action';
import type { CalendarDate } from '@/domain/calendar-date';
import { Badge, type BadgeTone } from '@/ui/badge';

const TONES: Readonly<Record<ActionTiming['state'], BadgeTone>> = {
  overdue: 'attention',
  'due-soon': 'neutral',
  later: 'outline',
  'no-date': 'outline',
  done: 'good',
  dropped: 'outline',
};

/** "Overdue by 3 days", "Due today", "Done": the words carry it, the colour only helps. */
export function TimingBadge({
  timing,
  dueDate,
}: {
  timing: ActionTiming;
  dueDate: CalendarDate | null;
}) {
  return <Badge tone={TONES[timing.state]}>{timingText(timing, dueDate)}</Badge>;
}
