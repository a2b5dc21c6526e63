import type { ActiveProgramme } from '@/domain/active-programme';
import { blankProjectContent, projectContentOf } from '@/domain/improvement-project/project';
import { newId } from '@/domain/record';
import {
  addEvidence,
  createProject,
  deleteEvidence,
  readAttachmentFile,
  saveSectionText,
  updateProject,
} from '@/db/improvement-projects';
import { pngFile } from './cloneable-blob';

/**
 * A project part-way through: criteria with figures, people by role, a timeline over three terms,
 * a log, a link to a skill, evidence (one with a file, one deleted) and a written first section.
 * Importing this module swaps in a cloneable Blob (cloneable-blob.ts).
 */
export async function makeRealisticProject(active: ActiveProgramme) {
  const { project, writeUp } = await createProject({
    profileId: active.profile.id,
    title: 'Retrieval practice across Key Stage 3 science — “do now” quizzes',
    templateKey: 'improvement-report',
  });
  const skillId = active.framework.areas[0]!.skills[0]!.id;
  const updated = await updateProject(project.id, {
    ...projectContentOf(project),
    ...blankProjectContent(project.title),
    problem: 'Year 8 pupils forget last term’s content: 41% on the cumulative test.',
    diagnosis: 'Book looks and a pupil voice survey (n = 62) — practice is massed, not spaced.',
    aimPupils: 'Raise Year 8 cumulative test scores.',
    aimTeam: 'Every science teacher plans spaced retrieval confidently.',
    successCriteria: [
      {
        id: newId(),
        description: 'Year 8 mean score on the cumulative test',
        unit: '%',
        baseline: 41,
        target: 60,
        latest: 52,
      },
    ],
    people: [{ id: newId(), role: 'Head of science', contribution: 'Protects meeting time' }],
    milestones: [
      { id: newId(), title: 'Baseline test', dueDate: '2026-10-02', status: 'done' },
      { id: newId(), title: 'Training session', dueDate: '2027-01-08', status: 'in-progress' },
      { id: newId(), title: 'Final test', dueDate: '2027-05-14', status: 'planned' },
    ],
    log: [
      {
        id: newId(),
        date: '2026-10-09',
        happened: 'Shared the baseline with the team.',
        changed: 'Two teachers started quizzes at once.',
        next: 'Write a shared quiz bank.',
      },
    ],
    links: [{ kind: 'skill', targetId: skillId }],
  });
  const read = await readAttachmentFile(pngFile());
  if (!read.ok) throw new Error(read.problem);
  const withFile = await addEvidence({
    projectId: project.id,
    content: { description: 'Tally of quiz scores, week 6', date: '2026-11-13', figure: '52%' },
    file: read.file,
  });
  const dropped = await addEvidence({
    projectId: project.id,
    content: { description: 'Duplicate photo', date: '2026-11-14', figure: '' },
  });
  await deleteEvidence(dropped.id);
  await saveSectionText(
    writeUp.id,
    writeUp.sections[0]!.id,
    'Our Year 8 pupils did well in lessons but forgot — quickly — what they had learned.',
  );
  return { project: updated, writeUp, evidence: withFile };
}
