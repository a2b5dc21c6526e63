import type { ProjectContent } from '@/domain/improvement-project/project';
import type { FieldErrors } from '@/ui/use-autosave';

/** What each part of the project form is given: the draft, a way to change it, and its errors. */
export interface ProjectFormPart {
  draft: ProjectContent;
  change: (changes: Partial<ProjectContent>, options?: { isChoice?: boolean }) => void;
  errors: FieldErrors;
  /** Saves a waiting change now: focus left a field. */
  flush: () => void;
}

/** A figure typed into a number box: empty (or not yet a number) is "not known yet". */
export function figureFromInput(value: string): number | null {
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Replaces the item with `id` in a list, leaving the others as they were. */
export function replaceById<Item extends { id: string }>(
  items: readonly Item[],
  id: string,
  changes: Partial<Item>,
): Item[] {
  return items.map((item) => (item.id === id ? { ...item, ...changes } : item));
}
