import { journalRankedPath } from '@/ui/journal-links';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import '@/ui/journal-views.css';

export type JournalView = 'enquiries' | 'ranked' | 'project';

/**
 * The views under the Journal tab — the enquiries, the ranking of what worked, and the improvement
 * project — shared by the journal and the project screens so each lights its own.
 */
export function JournalViews({ current }: { current: JournalView }) {
  const currentIf = (view: JournalView) => (view === current ? ('page' as const) : undefined);
  return (
    <nav className="journal-views" aria-label="Journal views">
      <Link to={paths.journal} aria-current={currentIf('enquiries')}>
        All enquiries
      </Link>
      <Link to={journalRankedPath()} aria-current={currentIf('ranked')}>
        Most effective <span className="journal-views-long">techniques</span>
      </Link>
      <Link to={paths.project} aria-current={currentIf('project')}>
        Improvement project
      </Link>
    </nav>
  );
}
