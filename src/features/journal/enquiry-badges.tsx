import { Badge } from '@/ui/badge';
import { impactLabel, MAX_IMPACT, statusLabel, type Enquiry } from '@/domain/enquiry';

/** Status, and "Effective" with its impact, as small labelled badges. */
export function EnquiryBadges({ enquiry }: { enquiry: Enquiry }) {
  return (
    <>
      <Badge tone={enquiry.status === 'in-progress' ? 'attention' : 'neutral'}>
        {statusLabel(enquiry.status)}
      </Badge>
      {enquiry.effective && (
        <Badge tone="good">
          <span aria-hidden="true">★ </span>Effective
        </Badge>
      )}
      {enquiry.impact !== null && (
        <Badge tone="outline">
          Impact: {impactLabel(enquiry.impact)} ({enquiry.impact} of {MAX_IMPACT})
        </Badge>
      )}
    </>
  );
}
