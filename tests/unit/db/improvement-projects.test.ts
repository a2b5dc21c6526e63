import { fileOf, pngFile } from '../../support/cloneable-blob';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '@/domain/improvement-project/evidence';
import { db } from '@/db/database';
import {
  addEvidence,
  createProject,
  deleteEvidence,
  deleteProject,
  getAttachmentBlob,
  getProjectForProfile,
  getWriteUp,
  listEvidence,
  readAttachmentFile,
  saveSectionText,
  updateWriteUpShape,
} from '@/db/improvement-projects';
import { setUpTestProgramme } from '../../support/factories';

async function startProject() {
  const sam = await setUpTestProgramme();
  const made = await createProject({
    profileId: sam.profile.id,
    title: 'Retrieval practice in KS3 science',
    templateKey: 'npq-case-study',
  });
  return { sam, ...made };
}

/** The sentence a refused file is given; undefined if it was accepted. */
function problemOf(result: { ok: true } | { ok: false; problem: string }): string | undefined {
  return result.ok ? undefined : result.problem;
}

describe('improvement projects', () => {
  it('creates the project and its write-up together', async () => {
    const { sam, project, writeUp } = await startProject();
    expect(await getProjectForProfile(sam.profile.id)).toEqual(project);
    expect((await getWriteUp(project.id))?.id).toBe(writeUp.id);
    expect(writeUp.totalLimit).toBe(1500);
  });

  it('writes neither when the project is invalid', async () => {
    const sam = await setUpTestProgramme();
    await expect(
      createProject({ profileId: sam.profile.id, title: '', templateKey: 'custom' }),
    ).rejects.toThrow();
    expect(await db.projects.count()).toBe(0);
    expect(await db.writeUps.count()).toBe(0);
  });

  it('saves one section without touching another saved at the same moment', async () => {
    const { writeUp } = await startProject();
    const [first, second] = writeUp.sections;
    await Promise.all([
      saveSectionText(writeUp.id, first!.id, 'The problem is forgetting.'),
      saveSectionText(writeUp.id, second!.id, 'Spaced retrieval quizzes.'),
    ]);
    const stored = await getWriteUp(writeUp.projectId);
    expect(stored?.sections.map((section) => section.text).slice(0, 2)).toEqual([
      'The problem is forgetting.',
      'Spaced retrieval quizzes.',
    ]);
  });

  it('keeps stored text when the shape changes (a heading, a limit, a tag)', async () => {
    const { writeUp } = await startProject();
    await saveSectionText(writeUp.id, writeUp.sections[0]!.id, 'Typed text');
    const reshaped = await updateWriteUpShape(writeUp.id, {
      templateKey: writeUp.templateKey,
      totalLimit: 2000,
      sections: writeUp.sections.map((section, index) =>
        index === 0 ? { ...section, heading: 'The problem, restated', text: '' } : section,
      ),
    });
    expect(reshaped.sections[0]).toMatchObject({
      heading: 'The problem, restated',
      text: 'Typed text',
    });
    expect(reshaped.totalLimit).toBe(2000);
  });

  it('adds an item with its file in one transaction, and deletes both', async () => {
    const { project } = await startProject();
    const read = await readAttachmentFile(pngFile());
    if (!read.ok) throw new Error(read.problem);
    const item = await addEvidence({
      projectId: project.id,
      content: { description: 'Quiz tally', date: '2026-11-13', figure: '52%' },
      file: read.file,
    });
    expect(item.attachment).toMatchObject({ fileName: 'tally-chart.png', mediaType: 'image/png' });
    const blob = await getAttachmentBlob(item.attachment!.attachmentId);
    expect(blob?.size).toBe(item.attachment!.bytes);

    await deleteEvidence(item.id);
    expect(await listEvidence(project.id)).toEqual([]);
    expect(await getAttachmentBlob(item.attachment!.attachmentId)).toBeUndefined();
    const tombstone = await db.projectAttachments.get(item.attachment!.attachmentId);
    expect(tombstone?.blob.size).toBe(0);
  });

  it('refuses a file of the wrong type, size or content before anything is stored', async () => {
    const exe = await readAttachmentFile(fileOf(Uint8Array.of(0x4d, 0x5a), 'x.exe', ''));
    expect(problemOf(exe)).toMatch(/not an image or a PDF/);
    const renamed = await readAttachmentFile(
      fileOf(new TextEncoder().encode('<html>'), 'photo.png', 'image/png'),
    );
    expect(problemOf(renamed)).toMatch(/does not look/);
    const big = fileOf(Uint8Array.of(1), 'scan.pdf', 'application/pdf');
    Object.defineProperty(big, 'size', { value: MAX_ATTACHMENT_BYTES + 1 });
    expect(problemOf(await readAttachmentFile(big))).toMatch(/up to 10 MB/);
    expect(await db.projectAttachments.count()).toBe(0);
  });

  it('refuses evidence without a description, storing nothing', async () => {
    const { project } = await startProject();
    await expect(
      addEvidence({
        projectId: project.id,
        content: { description: ' ', date: '2026-11-13', figure: '' },
      }),
    ).rejects.toThrow(/Say what this evidence shows/);
    expect(await db.projectEvidence.count()).toBe(0);
  });

  it('deletes a project with its write-up and evidence', async () => {
    const { sam, project } = await startProject();
    await addEvidence({
      projectId: project.id,
      content: { description: 'Quiz tally', date: '2026-11-13', figure: '' },
    });
    await deleteProject(project.id);
    expect(await getProjectForProfile(sam.profile.id)).toBeUndefined();
    expect(await getWriteUp(project.id)).toBeUndefined();
    expect(await listEvidence(project.id)).toEqual([]);
  });
});
