import { z } from '@/domain/zod';
import { stableIdSchema } from '@/domain/framework';
import { MAX_PROGRAMME_WEEKS } from '@/domain/programme-weeks';
import { recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * A set of evidence the delegate gathers for their final assessment and asks their coach to
 * verify: chosen enquiries, observations, ratings, and the improvement project's milestones and
 * evidence items. Each item names its kind, so the union grows by one member when a new kind of
 * evidence can be chosen; every reader switches on `kind` and the type checker finds the places
 * that must learn the new one.
 */

export const evidenceItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('enquiry'), enquiryId: recordIdSchema }),
  z.object({ kind: z.literal('observation'), observationId: recordIdSchema }),
  /** The delegate's own rating of a skill as it stood in a week. */
  z.object({
    kind: z.literal('rating'),
    skillId: stableIdSchema,
    week: z.int().check(z.minimum(0), z.maximum(MAX_PROGRAMME_WEEKS)),
  }),
  /** A milestone on the improvement project's timeline, with its status. */
  z.object({
    kind: z.literal('project-milestone'),
    projectId: recordIdSchema,
    milestoneId: recordIdSchema,
  }),
  /** One of the improvement project's own evidence items (its description, date and figure). */
  z.object({ kind: z.literal('project-evidence'), evidenceId: recordIdSchema }),
]);
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
export type EvidenceKind = EvidenceItem['kind'];

export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, string>> = {
  enquiry: 'Enquiry',
  observation: 'Observation',
  rating: 'Rating',
  'project-milestone': 'Project milestone',
  'project-evidence': 'Project evidence',
};

export const MAX_EVIDENCE_ITEMS = 40;

/** One key per item, stable across edits: what a verification's "what changed" compares by. */
export function evidenceItemKey(item: EvidenceItem): string {
  switch (item.kind) {
    case 'enquiry':
      return `enquiry.${item.enquiryId}`;
    case 'observation':
      return `observation.${item.observationId}`;
    case 'rating':
      return `rating.${item.skillId}.${item.week.toString()}`;
    case 'project-milestone':
      return `milestone.${item.projectId}.${item.milestoneId}`;
    case 'project-evidence':
      return `project-evidence.${item.evidenceId}`;
  }
}

export const evidenceSetContentSchema = z.object({
  title: z
    .string({ error: 'Give the set a title' })
    .check(
      z.trim(),
      z.minLength(1, 'Give the set a title'),
      z.maxLength(120, 'Keep the title under 120 characters'),
    ),
  /** What the set shows, for the coach and the assessor. */
  summary: z.string().check(z.maxLength(2000, 'Keep the summary under 2000 characters')),
  items: z
    .array(evidenceItemSchema)
    .check(
      z.maxLength(MAX_EVIDENCE_ITEMS, `A set holds ${MAX_EVIDENCE_ITEMS.toString()} items at most`),
    )
    .check((ctx) => {
      const keys = new Set<string>();
      for (const item of ctx.value) {
        const key = evidenceItemKey(item);
        if (keys.has(key)) {
          ctx.issues.push({ code: 'custom', input: key, message: 'An item is in the set twice' });
        }
        keys.add(key);
      }
    }),
});
export type EvidenceSetContent = z.infer<typeof evidenceSetContentSchema>;

export const evidenceSetSchema = z.extend(recordMetaSchema, {
  ...evidenceSetContentSchema.shape,
  profileId: recordIdSchema,
});
export type EvidenceSet = z.infer<typeof evidenceSetSchema>;

export function evidenceSetContentOf(set: EvidenceSet): EvidenceSetContent {
  return { title: set.title, summary: set.summary, items: set.items };
}

export function hasItem(content: EvidenceSetContent, item: EvidenceItem): boolean {
  const key = evidenceItemKey(item);
  return content.items.some((candidate) => evidenceItemKey(candidate) === key);
}

/** The set with the item added, or taken out when it is already there. */
export function toggleItem(content: EvidenceSetContent, item: EvidenceItem): EvidenceSetContent {
  const key = evidenceItemKey(item);
  return hasItem(content, item)
    ? { ...content, items: content.items.filter((candidate) => evidenceItemKey(candidate) !== key) }
    : { ...content, items: [...content.items, item] };
}
