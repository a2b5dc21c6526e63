import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import type { SubjectVerification } from '@/domain/coaching/stored-verification';
import { Badge } from '@/ui/badge';

/** The one line a list shows for a record's verification. */
export function VerificationBadge({ status }: { status: SubjectVerification | undefined }) {
  if (!status) return null;
  if (status.verified) {
    const on = formatCalendarDate(localCalendarDate(new Date(status.verified.statement.decidedAt)));
    return status.verified.changes.length > 0 ? (
      <Badge tone="attention">
        Changed since verified by {status.verified.statement.coachName}
      </Badge>
    ) : (
      <Badge tone="good">
        ✓ Verified by {status.verified.statement.coachName} on {on}
      </Badge>
    );
  }
  if (status.declined)
    return <Badge tone="attention">Declined by {status.declined.statement.coachName}</Badge>;
  if (status.pending) return <Badge tone="outline">Waiting for {status.pending.coachName}</Badge>;
  return null;
}
