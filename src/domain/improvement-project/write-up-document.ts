import { formatCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import {
  criterionFigures,
  milestoneStatusLabel,
  termOf,
  timelineInOrder,
  type Project,
} from '@/domain/improvement-project/project';
import {
  evidenceInOrder,
  formatFileSize,
  ATTACHMENT_TYPES,
  type ProjectEvidence,
} from '@/domain/improvement-project/evidence';
import type { LinkedRatings, ResolvedLink } from '@/domain/improvement-project/linked-evidence';
import { LINK_KIND_LABELS } from '@/domain/improvement-project/linked-evidence';
import {
  countLine,
  countWriteUp,
  overLimitSentences,
  templateByKey,
  type WriteUp,
} from '@/domain/improvement-project/write-up';
import { fileNameSlug, oneLine } from '@/domain/text';

/**
 * The write-up as a document: what the Word export and the print view both lay out, so they cannot
 * disagree. The body is the sections; the word count covers them only. The appendices — evidence,
 * the linked ratings, the timeline — are built from the project and, as the programmes' rules say,
 * are not counted.
 */

export interface DocumentSection {
  id: string;
  heading: string;
  /** Paragraphs as typed: a blank line starts a new one, a single new line is a line break. */
  paragraphs: string[][];
  countLine: string;
  isOver: boolean;
}

export interface WriteUpDocument {
  title: string;
  /** "Improvement project report", under the title. */
  kind: string;
  author: string;
  school: string;
  programmeName: string;
  dateLine: string;
  sections: DocumentSection[];
  /** "Word count: 4,612 of 4,500 words — 112 over the limit (appendices not counted)". */
  wordCountLine: string;
  isOverLimit: boolean;
  overLimitWarnings: string[];
  evidenceRows: { date: string; description: string; figure: string; file: string }[];
  linkedRows: { kind: string; label: string; detail: string }[];
  ratings: LinkedRatings;
  criteriaRows: { description: string; figures: string }[];
  timelineRows: { date: string; term: string; milestone: string; status: string }[];
  /** The file name for the Word document. */
  fileName: string;
}

export interface WriteUpDocumentInput {
  project: Project;
  writeUp: WriteUp;
  evidence: readonly ProjectEvidence[];
  links: readonly ResolvedLink[];
  ratings: LinkedRatings;
  author: string;
  school: string;
  programmeName: string;
  today: CalendarDate;
}

export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trimEnd()))
    .filter((lines) => lines.some((line) => line.trim() !== ''));
}

/** "retrieval-practice-write-up-2027-03-01.docx": plain letters, safe on every system. */
export function writeUpFileName(title: string, today: CalendarDate): string {
  return `${fileNameSlug(title) || 'project'}-write-up-${today}.docx`;
}

export function buildWriteUpDocument(input: WriteUpDocumentInput): WriteUpDocument {
  const { project, writeUp, evidence, links, ratings } = input;
  const count = countWriteUp(writeUp);
  const sections = writeUp.sections.map((section, index) => {
    const state = count.sections[index]?.state;
    const words = count.sections[index]?.words ?? 0;
    return {
      id: section.id,
      heading: oneLine(section.heading),
      paragraphs: paragraphsOf(section.text),
      countLine: countLine(words, section.limit),
      isOver: state === 'over',
    };
  });
  const overLimitWarnings = overLimitSentences(count);
  return {
    title: oneLine(project.title),
    kind: templateByKey(writeUp.templateKey).name,
    author: oneLine(input.author),
    school: oneLine(input.school),
    programmeName: oneLine(input.programmeName),
    dateLine: formatCalendarDate(input.today),
    sections,
    wordCountLine: `Word count: ${countLine(count.words, count.totalLimit)} (appendices not counted)`,
    isOverLimit: count.isOverAnyLimit,
    overLimitWarnings,
    evidenceRows: evidenceInOrder(evidence).map((item) => ({
      date: formatCalendarDate(item.date),
      description: oneLine(item.description),
      figure: oneLine(item.figure),
      file: item.attachment
        ? `${item.attachment.fileName} (${ATTACHMENT_TYPES[item.attachment.mediaType]}, ${formatFileSize(item.attachment.bytes)})`
        : '',
    })),
    linkedRows: links
      .filter((link) => !link.isMissing)
      .map((link) => ({
        kind: LINK_KIND_LABELS[link.kind],
        label: oneLine(link.label),
        detail: oneLine(link.detail),
      })),
    ratings,
    criteriaRows: project.successCriteria.map((criterion) => ({
      description: oneLine(criterion.description),
      figures: criterionFigures(criterion),
    })),
    timelineRows: timelineInOrder(project.milestones).map((milestone) => ({
      date: formatCalendarDate(milestone.dueDate),
      term: termOf(milestone.dueDate),
      milestone: oneLine(milestone.title),
      status: milestoneStatusLabel(milestone.status),
    })),
    fileName: writeUpFileName(project.title, input.today),
  };
}
