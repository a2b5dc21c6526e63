import { enquiryTitle, impactLabel, isLive, type Enquiry } from '@/domain/enquiry';
import { MAX_BULLETS_PER_SLIDE } from '@/domain/presentation';
import type { SkillProgress } from '@/domain/progress';
import type { PresentationInput } from '@/domain/presentation-model/presentation-input';
import {
  fittedBullet,
  firstSentence,
  levelName,
  type SlideDraft,
  bulletSlides,
} from '@/domain/presentation-model/slide-text';
import { oneLine } from '@/domain/text';

/** The journal's part: effective techniques, advice to a colleague and next steps. */

export function techniqueSlides(
  input: PresentationInput,
  chosen: readonly Enquiry[],
): SlideDraft[] {
  if (chosen.length === 0) {
    const hasAny = input.enquiries.some(isLive);
    return bulletSlides(
      'techniques',
      'Effective techniques',
      [
        hasAny
          ? {
              text: 'No enquiry chosen or marked effective yet',
              detail:
                'In the Journal, mark the enquiries that worked as effective and rate their impact: they will appear here, ranked.',
            }
          : {
              text: 'No enquiries in the journal yet',
              detail:
                'Record what you try in the Journal as small enquiries: the effective ones will appear here, ranked by impact.',
            },
      ],
      [],
    );
  }
  const notes: string[] = [];
  const bullets = chosen.map((enquiry, index) => {
    const impact =
      enquiry.impact === null ? 'impact not yet rated' : `impact: ${impactLabel(enquiry.impact)}`;
    const title = oneLine(enquiryTitle(enquiry));
    const tried = oneLine(enquiry.technique);
    const evidence = oneLine(enquiry.evidence);
    const detail = [
      tried === '' || tried === title ? '' : `Tried: ${tried}`,
      evidence === '' ? '' : `Evidence: ${evidence}`,
    ]
      .filter((part) => part !== '')
      .join(' ');
    const full = [
      `${index + 1}. ${title} (${impact}).`,
      tried === '' ? '' : `What I tried: ${tried}`,
      evidence === '' ? '' : `Evidence: ${evidence}`,
      oneLine(enquiry.impactOnPupils) === ''
        ? ''
        : `Impact on pupils: ${oneLine(enquiry.impactOnPupils)}`,
    ]
      .filter((part) => part !== '')
      .join(' ');
    notes.push(full);
    const bullet = fittedBullet(`${title} — ${impact}`, detail === '' ? undefined : detail, []);
    return bullet;
  });
  return bulletSlides('techniques', 'Effective techniques, ranked by impact', bullets, notes);
}

export function adviceSlides(chosen: readonly Enquiry[]): SlideDraft[] {
  const notes: string[] = [];
  const bullets = chosen.flatMap((enquiry) => {
    const source = oneLine(enquiry.impactOnPractice) || oneLine(enquiry.reflection);
    if (source === '') return [];
    const sentence = firstSentence(source);
    if (sentence !== source) notes.push(`${oneLine(enquiryTitle(enquiry))}: ${source}`);
    return [fittedBullet(sentence, `From: ${enquiryTitle(enquiry)}`, notes)];
  });
  if (bullets.length === 0) return [];
  const shown = bullets.slice(0, MAX_BULLETS_PER_SLIDE);
  return bulletSlides('advice', 'What I would tell a colleague', shown, notes);
}

export function nextStepSlides(
  input: PresentationInput,
  chosen: readonly Enquiry[],
  progress: readonly SkillProgress[],
): SlideDraft[] {
  const notes: string[] = [];
  const fromEnquiries = chosen.flatMap((enquiry) => {
    const next = oneLine(enquiry.nextSteps);
    return next === '' ? [] : [fittedBullet(next, `After: ${enquiryTitle(enquiry)}`, notes)];
  });
  const gaps = progress
    .filter((entry) => entry.skill.archivedAt === undefined && entry.area.archivedAt === undefined)
    .filter((entry) => entry.gapToTarget !== null && entry.gapToTarget > 0)
    .sort((a, b) => (b.gapToTarget ?? 0) - (a.gapToTarget ?? 0))
    .slice(0, 3)
    .map((entry) => ({
      text: `Keep working on: ${entry.skill.statement}`,
      detail: `Now ${levelName(input.framework, entry.latest)}, target ${levelName(input.framework, entry.target ?? entry.latest)}`,
    }));
  // The target gaps only fill the slide the written next steps leave room on: a second slide
  // of leftovers is padding, so the rest go to the speaker notes.
  const room = Math.max(0, MAX_BULLETS_PER_SLIDE - fromEnquiries.length);
  const shownGaps = gaps.slice(0, room).map((gap) => fittedBullet(gap.text, gap.detail, notes));
  for (const gap of gaps.slice(room)) notes.push(`Also: ${gap.text} (${gap.detail}).`);
  const bullets = [...fromEnquiries, ...shownGaps];
  if (bullets.length === 0) {
    bullets.push({
      text: 'Set targets on the Audit screen and write next steps in your journal',
      detail:
        'The skills furthest from their targets and your enquiries’ next steps will appear here.',
    });
  }
  return bulletSlides('next-steps', 'Next steps', bullets, notes);
}
