import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { findSkill } from '@/domain/framework';
import { listEnquiries } from '@/db/enquiries';
import { JOURNAL_NEW_ENTRY, journalNewEntryPath } from '@/ui/journal-links';
import { JournalViews } from '@/ui/journal-views';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link, useSearch } from '@/ui/router';
import { LoadingText } from '@/ui/loading-text';
import { EnquiryEditor } from '@/features/journal/enquiry-editor';
import { emptyFilters, type JournalFilters } from '@/features/journal/journal-filters';
import { JournalList } from '@/features/journal/journal-list';
import { RankedTechniques } from '@/features/journal/ranked-techniques';
import './journal.css';

/** Filters for `?skill=<id>` (a skill card's link): that skill and its area, nothing else. */
function filtersForSkillParam(
  skillParam: string | null,
  framework: ActiveProgramme['framework'],
): JournalFilters {
  const found = skillParam === null ? undefined : findSkill(framework, skillParam);
  return found ? { ...emptyFilters, areaId: found.area.id, skillId: found.skill.id } : emptyFilters;
}

/**
 * The action-research journal. What it shows lives in the URL, so every view can be linked to and
 * survives a reload: the list (`/journal`, or `?skill=<id>` pre-filtered), one enquiry
 * (`?entry=<id>`, or `?entry=new`) and the ranking of effective techniques (`?view=ranked`).
 * The list's filters live here, so opening an enquiry and coming back keeps them.
 */
export function JournalScreen({ active }: { active: ActiveProgramme }) {
  const { profile, framework } = active;
  const params = new URLSearchParams(useSearch());
  const entry = params.get('entry');
  const view = params.get('view');
  const skillParam = params.get('skill');

  const enquiries = useLiveQuery(() => listEnquiries(profile.id), [profile.id]);

  const [filters, setFilters] = useState(() => filtersForSkillParam(skillParam, framework));
  // Following a link to another skill (`?skill=`) replaces the filters; coming back to the list
  // from an enquiry keeps them.
  const [appliedSkillParam, setAppliedSkillParam] = useState(skillParam);
  if (skillParam !== null && skillParam !== appliedSkillParam) {
    setAppliedSkillParam(skillParam);
    setFilters(filtersForSkillParam(skillParam, framework));
  }

  // Each "New enquiry" gets a fresh editor; the one that creates a record keeps running when the
  // URL switches to the new id, so typing is never interrupted.
  const [newEditor, setNewEditor] = useState<{ session: number; createdId: string | null }>({
    session: 0,
    createdId: null,
  });
  const [lastEntry, setLastEntry] = useState(entry);
  if (entry !== lastEntry) {
    setLastEntry(entry);
    if (entry === JOURNAL_NEW_ENTRY) {
      setNewEditor((current) => ({ session: current.session + 1, createdId: null }));
    }
  }

  if (entry !== null) {
    const isNew = entry === JOURNAL_NEW_ENTRY || entry === newEditor.createdId;
    const enquiry = enquiries?.find((candidate) => candidate.id === entry);
    if (!isNew && enquiries !== undefined && !enquiry) {
      return (
        <div className="journal">
          <PageHeader title="Enquiry not found" />
          <div className="empty-state">
            <p>
              This enquiry is not in {profile.displayName || 'this profile'}&rsquo;s journal. It may
              have been deleted, or the link is for another profile.
            </p>
            <Link to={paths.journal} className="button">
              Back to the journal
            </Link>
          </div>
        </div>
      );
    }
    if (!isNew && !enquiry) {
      return <LoadingText>Opening the enquiry…</LoadingText>;
    }
    return (
      <EnquiryEditor
        key={isNew ? `new-${newEditor.session}` : entry}
        active={active}
        enquiry={isNew ? undefined : enquiry}
        startingSkillId={
          skillParam !== null && findSkill(framework, skillParam) ? skillParam : undefined
        }
        onCreated={(createdId) => setNewEditor((current) => ({ ...current, createdId }))}
      />
    );
  }

  const isRanked = view === 'ranked';
  return (
    <div className="journal">
      <PageHeader title="Journal">
        <p>
          Your action research: what you tried, where, what you saw and what it changed. Mark what
          worked as effective: those techniques are ranked for your presentation at the end.
        </p>
      </PageHeader>
      <div className="journal-actions">
        <JournalViews current={isRanked ? 'ranked' : 'enquiries'} />
        {/* With the list narrowed to one skill, a new enquiry starts out targeting it. */}
        <Link
          to={journalNewEntryPath(filters.skillId || undefined)}
          className="button button-primary journal-new"
        >
          <span aria-hidden="true">+</span> New enquiry
        </Link>
      </div>
      {enquiries === undefined ? (
        <LoadingText>Loading your journal…</LoadingText>
      ) : isRanked ? (
        <RankedTechniques enquiries={enquiries} framework={framework} />
      ) : (
        <JournalList
          enquiries={enquiries}
          framework={framework}
          filters={filters}
          onFiltersChange={setFilters}
        />
      )}
    </div>
  );
}
