import { useId, useMemo, useState } from 'react';
import {
  ENQUIRY_STATUSES,
  enquiryStatusSchema,
  filterEnquiries,
  searchEnquiries,
  sortByWeek,
  type Enquiry,
} from '@/domain/enquiry';
import { activeAreas, type StoredFramework } from '@/domain/framework';
import { EmptyState } from '@/ui/empty-state';
import { EnquirySummary } from '@/features/journal/enquiry-summary';
import {
  emptyFilters,
  hasActiveFilters,
  type JournalFilters,
} from '@/features/journal/journal-filters';
import '@/ui/layout.css';

interface JournalListProps {
  enquiries: readonly Enquiry[];
  framework: StoredFramework;
  filters: JournalFilters;
  onFiltersChange: (filters: JournalFilters) => void;
}

/** Every enquiry, found fast: search, filters by area, skill, status and effective, by week. */
export function JournalList({ enquiries, framework, filters, onFiltersChange }: JournalListProps) {
  const id = useId();
  // On a phone the filters fold under a button; a link that arrives filtered shows them.
  const [isFilterPanelOpen, setIsFilterPanelOpen] = useState(() => hasActiveFilters(filters));
  const areas = useMemo(() => activeAreas(framework), [framework]);
  const shown = useMemo(
    () =>
      sortByWeek(
        searchEnquiries(
          filterEnquiries(
            enquiries,
            {
              areaId: filters.areaId || undefined,
              skillId: filters.skillId || undefined,
              status: filters.status || undefined,
              isEffectiveOnly: filters.isEffectiveOnly,
            },
            framework,
          ),
          filters.query,
        ),
        { newestFirst: filters.isNewestFirst },
      ),
    [enquiries, filters, framework],
  );

  function change(changes: Partial<JournalFilters>) {
    onFiltersChange({ ...filters, ...changes });
  }

  const skillAreas = filters.areaId ? areas.filter((area) => area.id === filters.areaId) : areas;
  const isFiltered = hasActiveFilters(filters);
  const activeFilterCount = [
    filters.areaId,
    filters.skillId,
    filters.status,
    filters.isEffectiveOnly ? 'effective' : '',
  ].filter((value) => value !== '').length;

  if (enquiries.length === 0) {
    return (
      <EmptyState title="Your journal is empty">
        <p>
          Write down something you are trying in your teaching: a question you want to answer, the
          change you will make, and the skills it should develop. A line is enough to start: press
          “New enquiry”.
        </p>
      </EmptyState>
    );
  }

  return (
    <>
      <section className="card journal-toolbar" aria-label="Find enquiries">
        <div className="journal-toolbar-top">
          <div className="field journal-search">
            <label htmlFor={`${id}-search`}>Search your journal</label>
            <input
              id={`${id}-search`}
              type="search"
              value={filters.query}
              placeholder="Words to find"
              onChange={(event) => change({ query: event.target.value })}
            />
          </div>
          <button
            type="button"
            className="button journal-filter-toggle"
            aria-expanded={isFilterPanelOpen}
            aria-controls={`${id}-filters`}
            onClick={() => setIsFilterPanelOpen((isOpen) => !isOpen)}
          >
            Filters{activeFilterCount > 0 ? ` (${activeFilterCount})` : ''}
          </button>
        </div>
        <div
          className="journal-filters"
          id={`${id}-filters`}
          data-open={isFilterPanelOpen || undefined}
        >
          <div className="field">
            <label htmlFor={`${id}-area`}>Area</label>
            <select
              id={`${id}-area`}
              value={filters.areaId}
              onChange={(event) => {
                const areaId = event.target.value;
                const keepsSkill = areas
                  .find((area) => area.id === areaId)
                  ?.skills.some((skill) => skill.id === filters.skillId);
                change({ areaId, skillId: keepsSkill ? filters.skillId : '' });
              }}
            >
              <option value="">All areas</option>
              {areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-skill`}>Skill</label>
            <select
              id={`${id}-skill`}
              value={filters.skillId}
              onChange={(event) => change({ skillId: event.target.value })}
            >
              <option value="">All skills</option>
              {skillAreas.map((area) => (
                <optgroup key={area.id} label={area.name}>
                  {area.skills.map((skill) => (
                    <option key={skill.id} value={skill.id}>
                      {skill.statement}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select
              id={`${id}-status`}
              value={filters.status}
              onChange={(event) => {
                const status = enquiryStatusSchema.safeParse(event.target.value);
                change({ status: status.success ? status.data : '' });
              }}
            >
              <option value="">Any status</option>
              {ENQUIRY_STATUSES.map((status) => (
                <option key={status.value} value={status.value}>
                  {status.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-order`}>Order</label>
            <select
              id={`${id}-order`}
              value={filters.isNewestFirst ? 'newest' : 'oldest'}
              onChange={(event) => change({ isNewestFirst: event.target.value === 'newest' })}
            >
              <option value="newest">Latest first</option>
              <option value="oldest">Earliest first</option>
            </select>
          </div>
        </div>
        <div className="journal-toolbar-bottom">
          <label className="journal-check">
            <input
              type="checkbox"
              checked={filters.isEffectiveOnly}
              onChange={(event) => change({ isEffectiveOnly: event.target.checked })}
            />
            Effective only
          </label>
          <p role="status" className="journal-count">
            {isFiltered
              ? `Showing ${shown.length} of ${enquiries.length} ${enquiries.length === 1 ? 'enquiry' : 'enquiries'}`
              : `${enquiries.length} ${enquiries.length === 1 ? 'enquiry' : 'enquiries'}`}
          </p>
          {isFiltered && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                onFiltersChange({ ...emptyFilters, isNewestFirst: filters.isNewestFirst })
              }
            >
              Clear filters
            </button>
          )}
        </div>
      </section>

      {shown.length === 0 ? (
        <EmptyState title="No enquiries match">
          <p>Try other words, or clear the filters to see your whole journal.</p>
        </EmptyState>
      ) : (
        <ul className="stacked-list journal-entries" aria-label="Enquiries">
          {shown.map((enquiry) => (
            <li key={enquiry.id}>
              <EnquirySummary enquiry={enquiry} framework={framework} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
