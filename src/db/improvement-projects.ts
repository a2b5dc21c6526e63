/**
 * The improvement project, in four tables (docs/data-model.md#improvement-project):
 * - `projects`: one row per project (a profile works on one at a time: the newest live one),
 *   holding what is edited on the project screen — problem, aims, criteria, people, timeline, log,
 *   and links to records elsewhere in Trellis;
 * - `projectEvidence`: the project's own evidence items, each with a stable id;
 * - `projectAttachments`: an item's image or PDF as a Blob, read only when opened or backed up;
 * - `writeUps`: the write-up, one per project, saved a section at a time.
 *
 * Every write validates with the domain schema first and runs in one transaction: a project is
 * created with its write-up, an evidence item with its file, and a deletion takes both or neither.
 * A file is checked (type, size, first bytes) and read into memory before its transaction starts,
 * because awaiting a file read inside an IndexedDB transaction would end it.
 */
import {
  checkAttachmentFile,
  evidenceContentSchema,
  hasSignatureOf,
  projectAttachmentSchema,
  projectEvidenceSchema,
  type EvidenceContent,
  type ProjectAttachment,
  type ProjectEvidence,
} from '@/domain/improvement-project/evidence';
import {
  blankProjectContent,
  projectContentSchema,
  projectSchema,
  type Project,
  type ProjectContent,
  type ProjectSummary,
} from '@/domain/improvement-project/project';
import {
  countWriteUp,
  writeUpContentSchema,
  writeUpFromTemplate,
  writeUpSchema,
  writeUpSectionSchema,
  type WriteUp,
  type WriteUpContent,
  type WriteUpTemplateKey,
} from '@/domain/improvement-project/write-up';
import { newRecordMeta, recordIdSchema, revisedMeta, type RecordMeta } from '@/domain/record';
import { db } from '@/db/database';
import { parsedRows } from '@/db/parsed-rows';

const parseProject = parsedRows(projectSchema);
const parseEvidence = parsedRows(projectEvidenceSchema);
const parseWriteUp = parsedRows(writeUpSchema);

function isLive(record: Pick<RecordMeta, 'deletedAt'>): boolean {
  return record.deletedAt === undefined;
}

function byCreated(a: RecordMeta, b: RecordMeta): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1);
}

// ─── Projects ──────────────────────────────────────────────────────────────────────────────────

/** The profile's project: the newest live one, or undefined before one is started. */
export async function getProjectForProfile(profileId: string): Promise<Project | undefined> {
  const rows = await db.projects.where('profileId').equals(profileId).toArray();
  const live = rows.map(parseProject).filter(isLive).sort(byCreated);
  return live.at(-1);
}

/** Starts a project and its write-up from a template, in one transaction. */
export async function createProject(
  input: { profileId: string; title: string; templateKey: WriteUpTemplateKey },
  now = new Date(),
): Promise<{ project: Project; writeUp: WriteUp }> {
  const profileId = recordIdSchema.parse(input.profileId);
  const content = projectContentSchema.parse(blankProjectContent(input.title));
  const writeUpContent = writeUpContentSchema.parse(writeUpFromTemplate(input.templateKey));
  return db.transaction('rw', db.profiles, db.projects, db.writeUps, async () => {
    const profile = await db.profiles.get(profileId);
    if (!profile || profile.deletedAt !== undefined) {
      throw new Error('This profile is no longer on this device.');
    }
    const project = projectSchema.parse({ ...content, ...newRecordMeta(now), profileId });
    const writeUp = writeUpSchema.parse({
      ...writeUpContent,
      ...newRecordMeta(now),
      profileId,
      projectId: project.id,
    });
    await db.projects.add(project);
    await db.writeUps.add(writeUp);
    return { project, writeUp };
  });
}

async function liveProject(projectId: string): Promise<Project> {
  const row = await db.projects.get(projectId);
  const project = row === undefined ? undefined : parseProject(row);
  if (!project || !isLive(project)) {
    throw new Error('This project has been deleted, so it can no longer be changed.');
  }
  return project;
}

/** Replaces the project's content with the next revision. */
export async function updateProject(
  projectId: string,
  input: ProjectContent,
  now = new Date(),
): Promise<Project> {
  const content = projectContentSchema.parse(input);
  return db.transaction('rw', db.projects, async () => {
    const current = await liveProject(projectId);
    const next = projectSchema.parse({ ...current, ...content, ...revisedMeta(current, now) });
    await db.projects.put(next);
    return next;
  });
}

/**
 * Deletes the project with everything it holds, as tombstones, in one transaction; attachments
 * lose their bytes, so deleting a project frees the space its files took.
 */
export async function deleteProject(projectId: string, now = new Date()): Promise<void> {
  await db.transaction(
    'rw',
    [db.projects, db.projectEvidence, db.projectAttachments, db.writeUps],
    async () => {
      const current = await liveProject(projectId);
      await db.projects.put(tombstone(projectSchema, current, now));
      const writeUps = await db.writeUps.where('projectId').equals(projectId).toArray();
      for (const row of writeUps.map(parseWriteUp).filter(isLive)) {
        await db.writeUps.put(tombstone(writeUpSchema, row, now));
      }
      const items = await db.projectEvidence.where('projectId').equals(projectId).toArray();
      for (const item of items.map(parseEvidence).filter(isLive)) {
        await removeEvidenceRows(item, now);
      }
    },
  );
}

function tombstone<Row extends RecordMeta>(
  schema: { parse: (value: unknown) => Row },
  row: Row,
  now: Date,
): Row {
  const meta = revisedMeta(row, now);
  return schema.parse({ ...row, ...meta, deletedAt: meta.updatedAt });
}

// ─── Evidence ──────────────────────────────────────────────────────────────────────────────────

/** The project's live evidence items, in the order they were added. */
export async function listEvidence(projectId: string): Promise<ProjectEvidence[]> {
  const rows = await db.projectEvidence.where('projectId').equals(projectId).toArray();
  return rows.map(parseEvidence).filter(isLive).sort(byCreated);
}

/** A file chosen to attach, read and checked: what addEvidence stores. */
export interface CheckedFile {
  fileName: string;
  mediaType: ProjectAttachment['mediaType'];
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Checks a chosen file before anything is stored: its type and size from what the browser says,
 * then its first bytes. Resolves to the file's bytes, or a sentence saying why it was refused.
 */
export async function readAttachmentFile(
  file: File,
): Promise<{ ok: true; file: CheckedFile } | { ok: false; problem: string }> {
  const checked = checkAttachmentFile(file);
  if (!checked.ok) return checked;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: `“${file.name}” could not be read, so it was not attached.` };
  }
  if (!hasSignatureOf(checked.mediaType, bytes.subarray(0, 16))) {
    return {
      ok: false,
      problem: `“${file.name}” does not look like the image or PDF its name says it is, so it was not attached.`,
    };
  }
  return { ok: true, file: { fileName: file.name, mediaType: checked.mediaType, bytes } };
}

/** Adds an evidence item, and its file if one is given, in one transaction. */
export async function addEvidence(
  input: { projectId: string; content: EvidenceContent; file?: CheckedFile | undefined },
  now = new Date(),
): Promise<ProjectEvidence> {
  const content = evidenceContentSchema.parse(input.content);
  const projectId = recordIdSchema.parse(input.projectId);
  return db.transaction('rw', db.projects, db.projectEvidence, db.projectAttachments, async () => {
    const project = await liveProject(projectId);
    const meta = newRecordMeta(now);
    let attachment: ProjectAttachment | undefined;
    if (input.file) {
      attachment = projectAttachmentSchema.parse({
        ...newRecordMeta(now),
        profileId: project.profileId,
        evidenceId: meta.id,
        mediaType: input.file.mediaType,
        bytes: input.file.bytes.byteLength,
        blob: new Blob([input.file.bytes], { type: input.file.mediaType }),
      });
    }
    const evidence = projectEvidenceSchema.parse({
      ...content,
      ...meta,
      profileId: project.profileId,
      projectId,
      ...(attachment && input.file
        ? {
            attachment: {
              attachmentId: attachment.id,
              fileName: input.file.fileName,
              mediaType: attachment.mediaType,
              bytes: attachment.bytes,
            },
          }
        : {}),
    });
    await db.projectEvidence.add(evidence);
    if (attachment) await db.projectAttachments.add(attachment);
    return evidence;
  });
}

async function liveEvidence(evidenceId: string): Promise<ProjectEvidence> {
  const row = await db.projectEvidence.get(evidenceId);
  const item = row === undefined ? undefined : parseEvidence(row);
  if (!item || !isLive(item)) {
    throw new Error('This evidence item has been deleted, so it can no longer be changed.');
  }
  return item;
}

/** Changes an item's description, date or figure; its file stays as it is. */
export async function updateEvidence(
  evidenceId: string,
  input: EvidenceContent,
  now = new Date(),
): Promise<ProjectEvidence> {
  const content = evidenceContentSchema.parse(input);
  return db.transaction('rw', db.projectEvidence, async () => {
    const current = await liveEvidence(evidenceId);
    const next = projectEvidenceSchema.parse({
      ...current,
      ...content,
      ...revisedMeta(current, now),
    });
    await db.projectEvidence.put(next);
    return next;
  });
}

/** Call inside a transaction over projectEvidence and projectAttachments. */
async function removeEvidenceRows(item: ProjectEvidence, now: Date): Promise<void> {
  await db.projectEvidence.put(tombstone(projectEvidenceSchema, item, now));
  const attachmentId = item.attachment?.attachmentId;
  if (attachmentId === undefined) return;
  const row = await db.projectAttachments.get(attachmentId);
  if (!row || row.deletedAt !== undefined) return;
  const meta = revisedMeta(row, now);
  // The tombstone keeps an empty file: the space is freed, and a merge cannot bring it back.
  await db.projectAttachments.put(
    projectAttachmentSchema.parse({
      ...row,
      ...meta,
      deletedAt: meta.updatedAt,
      blob: new Blob([], { type: row.mediaType }),
    }),
  );
}

/** Deletes an evidence item and its file, as tombstones, in one transaction. */
export async function deleteEvidence(evidenceId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.projectEvidence, db.projectAttachments, async () => {
    await removeEvidenceRows(await liveEvidence(evidenceId), now);
  });
}

/** An item's file, to show or download; undefined if it is gone. */
export async function getAttachmentBlob(attachmentId: string): Promise<Blob | undefined> {
  const row = await db.projectAttachments.get(attachmentId);
  if (!row || row.deletedAt !== undefined) return undefined;
  return projectAttachmentSchema.parse(row).blob;
}

// ─── Write-up ──────────────────────────────────────────────────────────────────────────────────

/** The project's write-up (made with the project, so there is one). */
export async function getWriteUp(projectId: string): Promise<WriteUp | undefined> {
  const rows = await db.writeUps.where('projectId').equals(projectId).toArray();
  return rows.map(parseWriteUp).filter(isLive).sort(byCreated).at(-1);
}

async function liveWriteUp(writeUpId: string): Promise<WriteUp> {
  const row = await db.writeUps.get(writeUpId);
  const writeUp = row === undefined ? undefined : parseWriteUp(row);
  if (!writeUp || !isLive(writeUp)) {
    throw new Error('This write-up has been deleted, so it can no longer be changed.');
  }
  return writeUp;
}

/**
 * Saves one section's text. Read and written in one transaction, so sections saved at nearly the
 * same moment (typing in one, leaving another) never overwrite each other's text.
 */
export async function saveSectionText(
  writeUpId: string,
  sectionId: string,
  text: string,
  now = new Date(),
): Promise<void> {
  const checkedText = writeUpSectionSchema.shape.text.parse(text);
  await db.transaction('rw', db.writeUps, async () => {
    const current = await liveWriteUp(writeUpId);
    if (!current.sections.some((section) => section.id === sectionId)) {
      throw new Error('This section has been removed from the write-up.');
    }
    const sections = current.sections.map((section) =>
      section.id === sectionId ? { ...section, text: checkedText } : section,
    );
    await db.writeUps.put(
      writeUpSchema.parse({ ...current, sections, ...revisedMeta(current, now) }),
    );
  });
}

/**
 * Changes the write-up's shape — template, limits, headings, tags, sections added or removed —
 * keeping every section's text as stored now (the text is saved by saveSectionText).
 */
export async function updateWriteUpShape(
  writeUpId: string,
  input: WriteUpContent,
  now = new Date(),
): Promise<WriteUp> {
  const content = writeUpContentSchema.parse(input);
  return db.transaction('rw', db.writeUps, async () => {
    const current = await liveWriteUp(writeUpId);
    const storedText = new Map(current.sections.map((section) => [section.id, section.text]));
    const sections = content.sections.map((section) => ({
      ...section,
      text: storedText.get(section.id) ?? section.text,
    }));
    const next = writeUpSchema.parse({
      ...current,
      ...content,
      sections,
      ...revisedMeta(current, now),
    });
    await db.writeUps.put(next);
    return next;
  });
}

// ─── Summaries for other screens ───────────────────────────────────────────────────────────────

/**
 * The profile's project with its write-up's word count, as the presentation and the progress
 * update show it; undefined when there is no project.
 */
export async function presentedProject(profileId: string): Promise<ProjectSummary | undefined> {
  const project = await getProjectForProfile(profileId);
  if (!project) return undefined;
  const writeUp = await getWriteUp(project.id);
  const count = writeUp ? countWriteUp(writeUp) : undefined;
  return {
    project,
    writeUpWords: count?.words ?? 0,
    writeUpLimit: count?.totalLimit ?? null,
  };
}
