import type { EnquiryStatus } from '@/domain/enquiry';

/** What the journal list is narrowed to: UI state, kept by the screen while it is open. */
export interface JournalFilters {
  query: string;
  /** '' for every area / skill / status. */
  areaId: string;
  skillId: string;
  status: EnquiryStatus | '';
  isEffectiveOnly: boolean;
  /** Latest weeks first (how the journal opens) or the programme's order. */
  isNewestFirst: boolean;
}

export const emptyFilters: JournalFilters = {
  query: '',
  areaId: '',
  skillId: '',
  status: '',
  isEffectiveOnly: false,
  isNewestFirst: true,
};

export function hasActiveFilters(filters: JournalFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.areaId !== '' ||
    filters.skillId !== '' ||
    filters.status !== '' ||
    filters.isEffectiveOnly
  );
}
