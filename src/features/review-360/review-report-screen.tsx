import { useEffect, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { MAX_RELEASED_REPORT_BYTES } from '@/domain/review-360/review-exchange';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { FirstFileOnly } from '@/ui/first-file-only';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { readFileText, type FileText } from '@/ui/read-file-text';
import { Link } from '@/ui/router';
import { useLinkOrFiles } from '@/ui/use-link-or-files';
import { ReleasedReportPreview } from '@/features/review-360/released-report-preview';
import './review-360.css';

const KINDS: readonly TrellisFileKind[] = ['review-report'];

/**
 * The report a coach released, opened from their link (`/review-report#…`) or their report file
 * handed over by "Open a Trellis file": previewed, then kept with its round by "Keep this report".
 * The same preview opens a report file on the round's page.
 */
export function ReviewReportScreen({ active }: { active: ActiveProgramme }) {
  const opened = useLinkOrFiles(KINDS);
  const profileId = active.profile.id;
  return (
    <div className="review360 stack">
      <PageHeader title="Your 360° report">
        <p>Released by your coach. Check it, then keep it with your review.</p>
      </PageHeader>
      {opened.from === 'waiting' ? (
        <p className="muted" aria-busy="true">
          Reading the report…
        </p>
      ) : opened.from === 'files' ? (
        <ReportFromFiles key={opened.key} files={opened.files} activeProfileId={profileId} />
      ) : opened.hash.length <= 1 ? (
        <p className="alert" role="alert">
          This link holds no report. Open the whole link your coach sent you, or open their report
          file on the 360° review screen.
        </p>
      ) : (
        <ReleasedReportPreview
          key={opened.key}
          activeProfileId={profileId}
          text={opened.hash}
          isPage
        />
      )}
      <p>
        <Link to={paths.review360}>Go to your 360° review</Link>
      </p>
    </div>
  );
}

/** A report file is read as one chosen on the round's page: its size checked, then previewed. */
function ReportFromFiles({
  files,
  activeProfileId,
}: {
  files: readonly File[];
  activeProfileId: string;
}) {
  const [read, setRead] = useState<FileText | null>(null);
  const [file] = files;
  useEffect(() => {
    if (!file) return;
    const effect = { isCurrent: true };
    void readFileText(file, MAX_RELEASED_REPORT_BYTES, 'report file').then((text) => {
      if (effect.isCurrent) setRead(text);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [file]);

  return (
    <>
      <FirstFileOnly files={files} />
      {read === null ? (
        <p className="muted" aria-busy="true">
          Reading the report…
        </p>
      ) : read.ok ? (
        <ReleasedReportPreview activeProfileId={activeProfileId} text={read.text} isPage />
      ) : (
        <p className="alert" role="alert">
          {read.message}
        </p>
      )}
    </>
  );
}
