import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { localCalendarDate } from '@/domain/calendar-date';
import { linkedRatings, resolveLinks } from '@/domain/improvement-project/linked-evidence';
import type { Project } from '@/domain/improvement-project/project';
import type { WriteUp } from '@/domain/improvement-project/write-up';
import {
  buildWriteUpDocument,
  type WriteUpDocument,
} from '@/domain/improvement-project/write-up-document';
import { listEvidence } from '@/db/improvement-projects';
import { useLinkableRecords } from '@/features/project/use-project-records';

/**
 * Reads what the document needs besides the write-up (evidence, linked records) and returns the
 * function that lays it out, or undefined while loading. The export calls it only when clicked,
 * so typing never builds a document.
 */
export function useWriteUpDocumentBuilder(
  active: ActiveProgramme,
  project: Project,
): ((writeUp: WriteUp) => WriteUpDocument) | undefined {
  const records = useLinkableRecords(active);
  const evidence = useLiveQuery(() => listEvidence(project.id), [project.id]);
  if (!records || !evidence) return undefined;
  return (writeUp) =>
    buildWriteUpDocument({
      project,
      writeUp,
      evidence,
      links: resolveLinks(project.links, records),
      ratings: linkedRatings(project.links, active.framework, records.ratings),
      author: active.profile.displayName,
      school: active.profile.school,
      programmeName: active.programme.name,
      today: localCalendarDate(),
    });
}

/** The write-up as a document, for the print view; undefined while loading. */
export function useWriteUpDocument(
  active: ActiveProgramme,
  project: Project,
  writeUp: WriteUp,
): WriteUpDocument | undefined {
  return useWriteUpDocumentBuilder(active, project)?.(writeUp);
}
