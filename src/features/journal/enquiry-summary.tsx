import { useId, type ReactNode } from 'react';
import { enquiryTitle, enquiryWeeksLabel, targetedSkills, type Enquiry } from '@/domain/enquiry';
import type { FrameworkDefinition } from '@/domain/framework';
import { journalEntryPath } from '@/ui/journal-links';
import { Link } from '@/ui/router';
import { EnquiryBadges } from '@/features/journal/enquiry-badges';

const SKILLS_SHOWN = 3;

interface EnquirySummaryProps {
  enquiry: Enquiry;
  framework: FrameworkDefinition;
  /** Shown before the title: the place in the ranking. */
  rank?: number;
  children?: ReactNode;
}

/** One enquiry in a list: its title (a link to open it), weeks, status, and the skills it targets. */
export function EnquirySummary({ enquiry, framework, rank, children }: EnquirySummaryProps) {
  const titleId = useId();
  const skills = targetedSkills(enquiry, framework);
  const hidden = skills.length - SKILLS_SHOWN;
  return (
    <article
      className="card enquiry-summary"
      aria-labelledby={titleId}
      data-effective={enquiry.effective || undefined}
    >
      <h2 className="enquiry-summary-title" id={titleId}>
        {rank !== undefined && (
          <span className="enquiry-rank">
            <span className="visually-hidden">Rank </span>
            {rank}
            <span className="visually-hidden">:</span>
          </span>
        )}
        <Link to={journalEntryPath(enquiry.id)}>{enquiryTitle(enquiry)}</Link>
      </h2>
      <p className="enquiry-meta">
        <span className="enquiry-weeks">{enquiryWeeksLabel(enquiry)}</span>
        <EnquiryBadges enquiry={enquiry} />
      </p>
      {enquiry.context.trim() !== '' && <p className="enquiry-context">{enquiry.context}</p>}
      {children}
      {skills.length > 0 && (
        <div className="enquiry-skills">
          <span className="muted">Targets:</span>
          <ul>
            {skills.slice(0, SKILLS_SHOWN).map((skill) => (
              <li key={skill.skillId}>{skill.statement}</li>
            ))}
            {hidden > 0 && <li className="muted">and {hidden} more</li>}
          </ul>
        </div>
      )}
    </article>
  );
}
