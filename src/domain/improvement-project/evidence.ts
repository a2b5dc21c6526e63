import { z } from '@/domain/zod';
import { calendarDateSchema } from '@/domain/calendar-date';
import { recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * The project's own evidence: a description, a date, a figure, and optionally one image or PDF
 * kept on the device. Each item is a row with a stable id (`projectEvidence`), so anything that
 * refers to a set of evidence — a coach verifying it, an appendix listing it — names items by id.
 *
 * The file itself is a separate row (`projectAttachments`), read only when it is opened or backed
 * up, so listing evidence never pulls megabytes of images into memory.
 */

/** Large enough for a phone photo or a scanned page; small enough to keep backups movable. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_TYPES = {
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'image/webp': 'WebP image',
  'image/gif': 'GIF image',
  'application/pdf': 'PDF',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

export const attachmentTypeSchema = z.enum(
  Object.keys(ATTACHMENT_TYPES) as [AttachmentType, ...AttachmentType[]],
  { error: 'Attach an image (JPEG, PNG, WebP or GIF) or a PDF' },
);

export const MAX_EVIDENCE_DESCRIPTION = 500;
export const MAX_EVIDENCE_FIGURE = 100;

/** What the evidence row says about its file: enough to list it without reading the file. */
export const attachmentInfoSchema = z.object({
  attachmentId: recordIdSchema,
  fileName: z
    .string()
    .check(z.trim(), z.minLength(1), z.maxLength(200, 'The file name is too long')),
  mediaType: attachmentTypeSchema,
  bytes: z.int().check(z.minimum(1), z.maximum(MAX_ATTACHMENT_BYTES)),
});
export type AttachmentInfo = z.infer<typeof attachmentInfoSchema>;

const evidenceFields = {
  description: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Say what this evidence shows'),
      z.maxLength(
        MAX_EVIDENCE_DESCRIPTION,
        `Keep the description under ${MAX_EVIDENCE_DESCRIPTION} characters`,
      ),
    ),
  date: calendarDateSchema,
  /** The number it adds, if any: "72% on the end-of-unit test", "14 of 18 lessons". */
  figure: z
    .string()
    .check(
      z.maxLength(MAX_EVIDENCE_FIGURE, `Keep the figure under ${MAX_EVIDENCE_FIGURE} characters`),
    ),
};

export const evidenceContentSchema = z.object(evidenceFields);
export type EvidenceContent = z.infer<typeof evidenceContentSchema>;

export const projectEvidenceSchema = z.extend(recordMetaSchema, {
  ...evidenceFields,
  profileId: recordIdSchema,
  projectId: recordIdSchema,
  attachment: z.optional(attachmentInfoSchema),
});
export type ProjectEvidence = z.infer<typeof projectEvidenceSchema>;

/**
 * A Blob, checked when parsed rather than when this module loads: tests swap the global Blob for
 * one that IndexedDB's structured clone can copy.
 */
const blobSchema = z.custom<Blob>(
  (value) => typeof Blob !== 'undefined' && value instanceof Blob,
  'must be the file’s content',
);

export const projectAttachmentSchema = z.extend(recordMetaSchema, {
  profileId: recordIdSchema,
  evidenceId: recordIdSchema,
  mediaType: attachmentTypeSchema,
  bytes: z.int().check(z.minimum(1), z.maximum(MAX_ATTACHMENT_BYTES)),
  blob: blobSchema,
});
export type ProjectAttachment = z.infer<typeof projectAttachmentSchema>;

/** A file as a backup holds it: the same row with its bytes in base64 instead of a Blob. */
export const backedUpAttachmentSchema = z.extend(recordMetaSchema, {
  profileId: recordIdSchema,
  evidenceId: recordIdSchema,
  mediaType: attachmentTypeSchema,
  bytes: z.int().check(z.minimum(1), z.maximum(MAX_ATTACHMENT_BYTES)),
  base64: z.string().check(z.maxLength(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4)),
});
export type BackedUpAttachment = z.infer<typeof backedUpAttachmentSchema>;

/** "3.2 MB", "840 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toString()} KB`;
}

/**
 * Whether a chosen file may be attached, checked before anything is read or stored: its type by
 * the browser's media type (falling back to the name's extension, which some phones leave it to),
 * and its size. A sentence says why not.
 */
export function checkAttachmentFile(file: {
  name: string;
  type: string;
  size: number;
}): { ok: true; mediaType: AttachmentType } | { ok: false; problem: string } {
  const mediaType = mediaTypeOf(file);
  if (mediaType === undefined) {
    return {
      ok: false,
      problem: `“${file.name}” is not an image or a PDF, so it was not attached. Attach a JPEG, PNG, WebP or GIF image, or a PDF.`,
    };
  }
  if (file.size === 0) {
    return { ok: false, problem: `“${file.name}” is empty, so it was not attached.` };
  }
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return {
      ok: false,
      problem: `“${file.name}” is ${formatFileSize(file.size)}; files up to 10 MB can be attached. Make it smaller (a lower-resolution photo, or a PDF of fewer pages) and try again.`,
    };
  }
  return { ok: true, mediaType };
}

const EXTENSIONS: Record<string, AttachmentType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
};

function mediaTypeOf(file: { name: string; type: string }): AttachmentType | undefined {
  const declared = attachmentTypeSchema.safeParse(file.type);
  if (declared.success) return declared.data;
  if (file.type !== '' && file.type !== 'application/octet-stream') return undefined;
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}

/** Oldest first, as an appendix lists them. */
export function evidenceInOrder(items: readonly ProjectEvidence[]): ProjectEvidence[] {
  return [...items].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
}

/**
 * Whether a file's first bytes are what its type says: a renamed program or document is refused
 * even when its name and the browser's type claim an image or a PDF.
 */
export function hasSignatureOf(mediaType: AttachmentType, head: Uint8Array): boolean {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  switch (mediaType) {
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/gif':
      return starts(0x47, 0x49, 0x46, 0x38);
    case 'image/webp':
      return (
        starts(0x52, 0x49, 0x46, 0x46) &&
        head[8] === 0x57 &&
        head[9] === 0x45 &&
        head[10] === 0x42 &&
        head[11] === 0x50
      );
    case 'application/pdf':
      return starts(0x25, 0x50, 0x44, 0x46, 0x2d);
  }
}
