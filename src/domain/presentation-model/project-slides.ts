import type { Bullet } from '@/domain/presentation';
import {
  criterionFigures,
  projectStatus,
  projectStatusLine,
} from '@/domain/improvement-project/project';
import { countLine } from '@/domain/improvement-project/write-up';
import type { PresentationInput } from '@/domain/presentation-model/presentation-input';
import { fittedBullet, type SlideDraft } from '@/domain/presentation-model/slide-text';
import { oneLine } from '@/domain/text';

/**
 * The improvement project on one slide (continued when long): its aims, each success criterion
 * with its figures, and where the timeline and the write-up stand. The problem goes to the notes,
 * where the delegate can tell the story. Pupils are never named in a project, so nothing here
 * needs redacting.
 */
export function projectSlides(input: PresentationInput, includeProject: boolean): SlideDraft[] {
  const presented = input.project;
  if (!includeProject || !presented) return [];
  const { project, writeUpWords, writeUpLimit } = presented;
  const notes: string[] = [];
  if (oneLine(project.problem) !== '') notes.push(`The problem: ${oneLine(project.problem)}`);
  const bullets: Bullet[] = [];
  if (oneLine(project.aimPupils) !== '') {
    bullets.push(fittedBullet('For pupils', project.aimPupils, notes));
  }
  if (oneLine(project.aimTeam) !== '') {
    bullets.push(fittedBullet('For the team', project.aimTeam, notes));
  }
  for (const criterion of project.successCriteria) {
    bullets.push(fittedBullet(criterion.description, criterionFigures(criterion), notes));
  }
  const status = projectStatus(project);
  const statusBullet = fittedBullet(
    projectStatusLine(status),
    [
      status.terms.length > 0 ? `Over ${status.terms.join(', ')}` : '',
      `Write-up: ${countLine(writeUpWords, writeUpLimit)}`,
    ]
      .filter((part) => part !== '')
      .join('. '),
    notes,
  );
  const title = `Improvement project: ${oneLine(project.title)}`;
  // Five bullets a slide; where things stand always closes the first slide.
  const slides: SlideDraft[] = [
    {
      section: 'project',
      title,
      body: { kind: 'bullets', bullets: [...bullets.slice(0, 4), statusBullet] },
      notes,
    },
  ];
  const rest = bullets.slice(4);
  for (let start = 0; start < rest.length; start += 5) {
    slides.push({
      section: 'project',
      title: `${title} (continued)`,
      body: { kind: 'bullets', bullets: rest.slice(start, start + 5) },
      notes: [],
    });
  }
  return slides;
}
