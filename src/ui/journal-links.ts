import { paths } from '@/ui/paths';

/**
 * Links into the journal, shared by the screens that point at it (a skill card, the dashboard) so
 * they need not import the journal feature. The journal reads these from `location.search`.
 */
export const JOURNAL_NEW_ENTRY = 'new';

export function journalEntryPath(enquiryId: string): string {
  return `${paths.journal}?entry=${encodeURIComponent(enquiryId)}`;
}

export function journalSkillPath(skillId: string): string {
  return `${paths.journal}?skill=${encodeURIComponent(skillId)}`;
}

export function journalRankedPath(): string {
  return `${paths.journal}?view=ranked`;
}

/** A new enquiry; with a skill, it starts out targeting that skill. */
export function journalNewEntryPath(skillId?: string): string {
  const path = journalEntryPath(JOURNAL_NEW_ENTRY);
  return skillId === undefined ? path : `${path}&skill=${encodeURIComponent(skillId)}`;
}

/** The improvement project's write-up editor, and its print view. */
export function projectWriteUpPath(): string {
  return `${paths.project}?view=write-up`;
}

export function projectPrintPath(): string {
  return `${paths.project}?view=print`;
}
