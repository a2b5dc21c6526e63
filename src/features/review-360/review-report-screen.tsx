import type { ActiveProgramme } from '@/domain/active-programme';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link, useHash } from '@/ui/router';
import { ReleasedReportPreview } from '@/features/review-360/released-report-preview';
import './review-360.css';

/**
 * The report a coach released, opened from their link (`/review-report#…`): previewed, then kept
 * with its round by "Keep this report". The same preview opens a report file on the round's page.
 */
export function ReviewReportScreen({ active }: { active: ActiveProgramme }) {
  const hash = useHash();
  return (
    <div className="review360 stack">
      <PageHeader title="Your 360° report">
        <p>Released by your coach. Check it, then keep it with your review.</p>
      </PageHeader>
      {hash.length <= 1 ? (
        <p className="alert" role="alert">
          This link holds no report. Open the whole link your coach sent you, or open their report
          file on the 360° review screen.
        </p>
      ) : (
        <ReleasedReportPreview key={hash} activeProfileId={active.profile.id} text={hash} isPage />
      )}
      <p>
        <Link to={paths.review360}>Go to your 360° review</Link>
      </p>
    </div>
  );
}
