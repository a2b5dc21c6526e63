import { impactLabel, MAX_IMPACT, statusLabel, type Enquiry } from '@/domain/enquiry';

/** Status, and "Effective" with its impact, as small labelled badges. */
export function EnquiryBadges({ enquiry }: { enquiry: Enquiry }) {
  return (
    <>
      <span className="enquiry-badge" data-status={enquiry.status}>
        {statusLabel(enquiry.status)}
      </span>
      {enquiry.effective && (
        <span className="enquiry-badge" data-tone="effective">
          <span aria-hidden="true">★ </span>Effective
        </span>
      )}
      {enquiry.impact !== null && (
        <span className="enquiry-badge" data-tone="impact">
          Impact: {impactLabel(enquiry.impact)} ({enquiry.impact} of {MAX_IMPACT})
        </span>
      )}
    </>
  );
}
