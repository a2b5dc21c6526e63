import { describe, expect, it } from 'vitest';
import {
  evidenceItemKey,
  evidenceSetContentSchema,
  type EvidenceItem,
  type EvidenceSet,
} from '@/domain/coaching/evidence-set';
import {
  contentChanges,
  evidenceItemText,
  evidenceSetVerifiableContent,
  type EvidenceSources,
} from '@/domain/coaching/verifiable-content';
import type { ProjectEvidence } from '@/domain/improvement-project/evidence';
import { blankProjectContent, type Project } from '@/domain/improvement-project/project';
import { newId, newRecordMeta } from '@/domain/record';
import { makeFramework } from '../../../support/factories';

const PROFILE_ID = newId();
const NOW = new Date('2026-11-10T09:00:00Z');

function makeProject(): Project {
  return {
    ...newRecordMeta(NOW),
    ...blankProjectContent('Retrieval practice in Year 8 science'),
    profileId: PROFILE_ID,
    milestones: [
      { id: newId(), title: 'Baseline test sat', dueDate: '2026-10-16', status: 'done' },
      {
        id: newId(),
        title: 'Spaced quizzes in every lesson',
        dueDate: '2027-02-12',
        status: 'planned',
      },
    ],
  };
}

function makeEvidence(project: Project): ProjectEvidence {
  return {
    ...newRecordMeta(NOW),
    profileId: PROFILE_ID,
    projectId: project.id,
    description: 'Cumulative test after the first half term',
    date: '2026-10-16',
    figure: '52% (from 41%)',
  };
}

function sourcesWith(project: Project | undefined, evidence: ProjectEvidence[]): EvidenceSources {
  return {
    framework: makeFramework(),
    enquiries: [],
    observations: [],
    ratings: [],
    project,
    projectEvidence: evidence,
  };
}

describe('the improvement project in an evidence set', () => {
  const project = makeProject();
  const milestone = project.milestones[0]!;
  const evidence = makeEvidence(project);
  const milestoneItem: EvidenceItem = {
    kind: 'project-milestone',
    projectId: project.id,
    milestoneId: milestone.id,
  };
  const evidenceItem: EvidenceItem = { kind: 'project-evidence', evidenceId: evidence.id };

  it('reads a milestone and an evidence item as the coach will see them', () => {
    const sources = sourcesWith(project, [evidence]);
    expect(evidenceItemText(milestoneItem, sources)).toBe(
      'Baseline test sat (Retrieval practice in Year 8 science)\nDue Fri, 16 Oct 2026: Done',
    );
    expect(evidenceItemText(evidenceItem, sources)).toBe(
      'Fri, 16 Oct 2026: Cumulative test after the first half term\nFigure: 52% (from 41%)',
    );
  });

  it('says plainly when the milestone or the evidence is gone', () => {
    const sources = sourcesWith(undefined, []);
    expect(evidenceItemText(milestoneItem, sources)).toBe(
      'This project milestone has been deleted.',
    );
    expect(evidenceItemText(evidenceItem, sources)).toBe('This project evidence has been deleted.');
  });

  it('keys items so one cannot be chosen twice', () => {
    expect(evidenceItemKey(milestoneItem)).not.toBe(evidenceItemKey(evidenceItem));
    const twice = evidenceSetContentSchema.safeParse({
      title: 'Final assessment',
      summary: '',
      items: [milestoneItem, { ...milestoneItem }],
    });
    expect(twice.success).toBe(false);
  });

  it('shows a milestone whose status moved since it was verified as changed', () => {
    const set: EvidenceSet = {
      ...newRecordMeta(NOW),
      profileId: PROFILE_ID,
      title: 'Final assessment',
      summary: 'The project’s first term',
      items: [milestoneItem, evidenceItem],
    };
    const verified = evidenceSetVerifiableContent(set, sourcesWith(project, [evidence]));
    const later: Project = {
      ...project,
      milestones: project.milestones.map((entry) =>
        entry.id === milestone.id ? { ...entry, status: 'delayed' } : entry,
      ),
    };
    const changes = contentChanges(
      verified,
      evidenceSetVerifiableContent(set, sourcesWith(later, [evidence])),
    );
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'changed', label: 'Project milestone' }),
    ]);
  });
});
