import { z } from '@/domain/zod';
import { stableIdSchema, type FrameworkDefinition, type Skill } from '@/domain/framework';
import { newId, recordIdSchema, recordMetaSchema } from '@/domain/record';
import { countWords } from '@/domain/word-count';

/**
 * The write-up of an improvement project: sections of text, each with an optional word limit, and
 * a limit for the whole. It is made from a template (the improvement project report, the older
 * NPQSL project, today's NPQ case study, or sections of one's own) and then belongs to the
 * delegate: headings, limits and sections can change without changing the template.
 *
 * A write-up over its limit is saved like any other — the delegate is still drafting — and flagged
 * wherever its count shows. Appendices are built from the project when exported and are not
 * counted, as the programmes' rules say.
 */

export const MAX_SECTIONS = 12;
export const MAX_SECTION_HEADING = 200;
export const MAX_SECTION_GUIDANCE = 600;
/** Far beyond any limit (10,000 words is about 60,000 characters), so pasting a draft never fails. */
export const MAX_SECTION_TEXT = 100_000;
export const MAX_WORD_LIMIT = 20_000;
export const MAX_STATEMENT_TAGS = 40;

export const writeUpTemplateKeySchema = z.enum([
  'improvement-report',
  'npqsl-project',
  'npq-case-study',
  'custom',
]);
export type WriteUpTemplateKey = z.infer<typeof writeUpTemplateKeySchema>;

const wordLimitSchema = z.nullable(
  z
    .int('A word limit is a whole number')
    .check(
      z.minimum(1, 'A word limit is at least 1'),
      z.maximum(MAX_WORD_LIMIT, `A word limit is at most ${String(MAX_WORD_LIMIT)}`),
    ),
);

export const writeUpSectionSchema = z.object({
  id: recordIdSchema,
  heading: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the section a heading'),
      z.maxLength(MAX_SECTION_HEADING, `Keep a heading under ${MAX_SECTION_HEADING} characters`),
    ),
  /** What the template asks this section to cover, shown above the text box. */
  guidance: z.string().check(z.maxLength(MAX_SECTION_GUIDANCE)),
  limit: wordLimitSchema,
  text: z
    .string()
    .check(z.maxLength(MAX_SECTION_TEXT, 'This section is too long to keep (100,000 characters)')),
  /** Framework statements (skill ids of the profile's framework) this section draws on. */
  statementIds: z
    .array(stableIdSchema)
    .check(z.maxLength(MAX_STATEMENT_TAGS, `Tag at most ${MAX_STATEMENT_TAGS} statements`)),
});
export type WriteUpSection = z.infer<typeof writeUpSectionSchema>;

const writeUpFields = {
  templateKey: writeUpTemplateKeySchema,
  /** The limit for all sections together; null when only sections have limits, or none. */
  totalLimit: wordLimitSchema,
  sections: z
    .array(writeUpSectionSchema)
    .check(
      z.minLength(1, 'A write-up needs at least one section'),
      z.maxLength(MAX_SECTIONS, `A write-up has at most ${MAX_SECTIONS} sections`),
    ),
};

function checkWriteUp(ctx: z.core.ParsePayload<{ sections: WriteUpSection[] }>): void {
  const ids = new Set<string>();
  for (const [index, section] of ctx.value.sections.entries()) {
    if (ids.has(section.id)) {
      ctx.issues.push({
        code: 'custom',
        input: section.id,
        path: ['sections', index, 'id'],
        message: 'Two sections have the same id',
      });
    }
    ids.add(section.id);
    if (new Set(section.statementIds).size !== section.statementIds.length) {
      ctx.issues.push({
        code: 'custom',
        input: section.statementIds,
        path: ['sections', index, 'statementIds'],
        message: 'A statement is tagged twice',
      });
    }
  }
}

export const writeUpContentSchema = z.object(writeUpFields).check(checkWriteUp);
export type WriteUpContent = z.infer<typeof writeUpContentSchema>;

export const writeUpSchema = z
  .extend(recordMetaSchema, {
    ...writeUpFields,
    profileId: recordIdSchema,
    projectId: recordIdSchema,
  })
  .check(checkWriteUp);
export type WriteUp = z.infer<typeof writeUpSchema>;

export interface WriteUpTemplate {
  key: WriteUpTemplateKey;
  name: string;
  /** One line under the name, when choosing. */
  summary: string;
  totalLimit: number | null;
  sections: readonly { heading: string; guidance: string; limit: number | null }[];
}

export const WRITE_UP_TEMPLATES: readonly WriteUpTemplate[] = [
  {
    key: 'improvement-report',
    name: 'Improvement project report',
    summary:
      'Initiation, implementation and evaluation of a project of at least two terms; 4,500 words, appendices excluded.',
    totalLimit: 4500,
    sections: [
      {
        heading: 'Initiation',
        guidance:
          'The problem and how you diagnosed it, the evidence you started from, your aims for pupils’ progress and attainment and for your team, and how you planned the change.',
        limit: null,
      },
      {
        heading: 'Implementation',
        guidance:
          'What you and your team did over the terms, how you led and supported colleagues, what got in the way and how you adapted.',
        limit: null,
      },
      {
        heading: 'Evaluation',
        guidance:
          'The impact against your success criteria, with figures; what it changed in your team’s capability; what you learned as a leader and what happens next.',
        limit: null,
      },
    ],
  },
  {
    key: 'npqsl-project',
    name: 'NPQSL-style project',
    summary: 'A school improvement project written up in five parts; 5,000 words.',
    totalLimit: 5000,
    sections: [
      {
        heading: 'Context and rationale',
        guidance: 'Your school, the priority you chose and why, with the evidence behind it.',
        limit: null,
      },
      {
        heading: 'Planning',
        guidance: 'Aims, success criteria with baselines, the people involved and the timeline.',
        limit: null,
      },
      {
        heading: 'Leading the implementation',
        guidance: 'How you led others through the change, and how you handled resistance.',
        limit: null,
      },
      {
        heading: 'Impact',
        guidance: 'The outcomes for pupils and staff against your success criteria.',
        limit: null,
      },
      {
        heading: 'Reflection and next steps',
        guidance: 'What you learned about leadership and how the change will last.',
        limit: null,
      },
    ],
  },
  {
    key: 'npq-case-study',
    name: 'NPQ case study',
    summary:
      'Three questions on a scenario — the problem, your solution and how to implement it; 1,500 words in all.',
    totalLimit: 1500,
    sections: [
      {
        heading: 'The problem',
        guidance:
          'What the problem is and its likely causes, drawing on the framework’s “Learn that” statements.',
        limit: null,
      },
      {
        heading: 'The proposed solution and its rationale',
        guidance: 'What you would do and why, with the evidence that supports it.',
        limit: null,
      },
      {
        heading: 'How you would implement it',
        guidance:
          'The steps, the people, the timing and how you would know it is working, drawing on “Learn how to” statements.',
        limit: null,
      },
    ],
  },
  {
    key: 'custom',
    name: 'Custom',
    summary: 'Sections and word limits of your own.',
    totalLimit: null,
    sections: [{ heading: 'Introduction', guidance: '', limit: null }],
  },
];

export function templateByKey(key: WriteUpTemplateKey): WriteUpTemplate {
  const template = WRITE_UP_TEMPLATES.find((candidate) => candidate.key === key);
  if (!template) throw new Error(`No write-up template "${key}"`);
  return template;
}

export function blankSection(heading: string, limit: number | null = null): WriteUpSection {
  return { id: newId(), heading, guidance: '', limit, text: '', statementIds: [] };
}

/** A fresh write-up from a template: the template's sections, empty. */
export function writeUpFromTemplate(key: WriteUpTemplateKey): WriteUpContent {
  const template = templateByKey(key);
  return {
    templateKey: key,
    totalLimit: template.totalLimit,
    sections: template.sections.map((section) => ({
      ...blankSection(section.heading, section.limit),
      guidance: section.guidance,
    })),
  };
}

export type LimitState = 'none' | 'within' | 'near' | 'over';

/** Within 95% of the limit is "near": a warning while there is still room. */
export function limitState(words: number, limit: number | null): LimitState {
  if (limit === null) return 'none';
  if (words > limit) return 'over';
  return words >= limit * 0.95 ? 'near' : 'within';
}

export interface SectionCount {
  sectionId: string;
  heading: string;
  words: number;
  limit: number | null;
  state: LimitState;
}

export interface WriteUpCount {
  sections: SectionCount[];
  words: number;
  totalLimit: number | null;
  totalState: LimitState;
  /** Over the total limit or over any section's own. */
  isOverAnyLimit: boolean;
}

/**
 * Counts every section and the total. `cached` gives counts already known by section id (the
 * editor keeps one per section, so typing in one never recounts the others).
 */
export function countWriteUp(
  writeUp: Pick<WriteUpContent, 'sections' | 'totalLimit'>,
  cached: ReadonlyMap<string, number> = new Map(),
): WriteUpCount {
  const sections = writeUp.sections.map((section) => {
    const words = cached.get(section.id) ?? countWords(section.text);
    return {
      sectionId: section.id,
      heading: section.heading,
      words,
      limit: section.limit,
      state: limitState(words, section.limit),
    };
  });
  const words = sections.reduce((sum, section) => sum + section.words, 0);
  const totalState = limitState(words, writeUp.totalLimit);
  return {
    sections,
    words,
    totalLimit: writeUp.totalLimit,
    totalState,
    isOverAnyLimit: totalState === 'over' || sections.some((section) => section.state === 'over'),
  };
}

/** "4,612 of 4,500 words — 112 over the limit". */
export function countLine(words: number, limit: number | null): string {
  const grouped = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (limit === null) return `${grouped(words)} ${words === 1 ? 'word' : 'words'}`;
  const base = `${grouped(words)} of ${grouped(limit)} words`;
  if (words > limit) return `${base} — ${grouped(words - limit)} over the limit`;
  return base;
}

/** Each limit the write-up is over, in a sentence: the total first, then sections. */
export function overLimitSentences(count: WriteUpCount): string[] {
  return [
    ...(count.totalState === 'over'
      ? [`The write-up is ${countLine(count.words, count.totalLimit)}.`]
      : []),
    ...count.sections
      .filter((section) => section.state === 'over')
      .map((section) => `“${section.heading}” is ${countLine(section.words, section.limit)}.`),
  ];
}

export interface StatementCoverage {
  drawnOn: { skill: Skill; areaName: string; headings: string[] }[];
  notYet: { skill: Skill; areaName: string }[];
}

/**
 * Which of the framework's statements the write-up draws on (tagged in at least one section) and
 * which it has not yet, in the framework's order. Archived statements are left out of "not yet":
 * nobody is asked to write about a statement the framework no longer has.
 */
export function statementCoverage(
  framework: FrameworkDefinition,
  sections: readonly Pick<WriteUpSection, 'heading' | 'statementIds'>[],
): StatementCoverage {
  const coverage: StatementCoverage = { drawnOn: [], notYet: [] };
  for (const area of framework.areas) {
    for (const skill of area.skills) {
      const headings = sections
        .filter((section) => section.statementIds.includes(skill.id))
        .map((section) => section.heading);
      if (headings.length > 0) {
        coverage.drawnOn.push({ skill, areaName: area.name, headings });
      } else if (skill.archivedAt === undefined && area.archivedAt === undefined) {
        coverage.notYet.push({ skill, areaName: area.name });
      }
    }
  }
  return coverage;
}

export function writeUpContentOf(writeUp: WriteUp): WriteUpContent {
  return {
    templateKey: writeUp.templateKey,
    totalLimit: writeUp.totalLimit,
    sections: writeUp.sections,
  };
}
