import { formatShortDate } from '@/domain/calendar-date';
import { rankEffectiveTechniques } from '@/domain/enquiry';
import {
  MAX_SLIDE_TITLE,
  type Presentation,
  type PresentationChoices,
  type Slide,
  type SlideSection,
} from '@/domain/presentation';
import { programmeEndDate } from '@/domain/programme-weeks';
import {
  colleagueSlides,
  mapSlideText,
  nameRedactor,
} from '@/domain/presentation-model/colleague-slides';
import {
  gainsSlides,
  journeySlide,
  ownProgressSlides,
  progressBetween,
} from '@/domain/presentation-model/own-progress-slides';
import {
  type PresentationInput,
  liveColleagues,
} from '@/domain/presentation-model/presentation-input';
import { reviewSlides } from '@/domain/presentation-model/review-slides';
import { projectSlides } from '@/domain/presentation-model/project-slides';
import { coachingSlides } from '@/domain/presentation-model/coaching-slides';
import { isCut, letter, type SlideDraft } from '@/domain/presentation-model/slide-text';
import { cutAtWord, oneLine } from '@/domain/text';
import {
  adviceSlides,
  nextStepSlides,
  techniqueSlides,
} from '@/domain/presentation-model/technique-slides';

/**
 * Builds the end-of-programme presentation (presentation.ts) from the delegate's own data and what
 * they chose on the presentation screen. Pure: the same input always gives the same slides, so the
 * preview, the handout and the PowerPoint deck agree.
 *
 * Every slide keeps the text limits: long text is cut at a word with "…" and the whole of it goes to
 * the slide's notes; more than MAX_BULLETS_PER_SLIDE bullets continue on another slide. A section
 * with nothing to show yet says so and what to do, rather than being an empty slide.
 */

function datesLabel(programme: PresentationInput['programme']): string {
  const start = programme.startDate;
  const end = programmeEndDate(programme);
  const startYear = start.slice(0, 4);
  const endYear = end.slice(0, 4);
  return startYear === endYear
    ? `${formatShortDate(start)} – ${formatShortDate(end)} ${endYear}`
    : `${formatShortDate(start)} ${startYear} – ${formatShortDate(end)} ${endYear}`;
}

function titleSlide(input: PresentationInput, name: string, dates: string): SlideDraft {
  const { profile, programme } = input;
  return {
    section: 'title',
    title: programme.name,
    body: {
      kind: 'title',
      subtitle: name,
      lines: [profile.school.trim(), dates].filter((line) => line !== ''),
    },
    notes: [`${name} presents their ${programme.name} journey (${dates}).`],
  };
}

export function buildPresentation(
  input: PresentationInput,
  choices: PresentationChoices,
): Presentation {
  const name = oneLine(input.profile.displayName) || 'My programme';
  const dates = datesLabel(input.programme);
  const areaIds = new Set(choices.areaIds);
  const progress = progressBetween(input, choices, areaIds);

  const chosenOrder = new Map(choices.colleagueIds.map((id, index) => [id, index]));
  const labelOf = (colleagueId: string): string => {
    const colleague = input.colleagues.find((candidate) => candidate.id === colleagueId);
    const index = chosenOrder.get(colleagueId);
    if (choices.anonymiseColleagues) {
      return index === undefined ? 'a colleague' : `Colleague ${letter(index)}`;
    }
    return oneLine(colleague?.name ?? '') || 'A colleague';
  };

  const ranked = rankEffectiveTechniques(input.enquiries);
  const chosenEnquiries = ranked.filter((enquiry) => choices.enquiryIds.includes(enquiry.id));

  const omitted: string[] = [];
  if (liveColleagues(input).length > 0 && choices.colleagueIds.length === 0) {
    omitted.push('Colleagues’ progress is left out of this presentation.');
  }
  const advice = adviceSlides(chosenEnquiries);
  if (chosenEnquiries.length > 0 && advice.length === 0) {
    omitted.push(
      'No "what I would tell a colleague" slide: none of the chosen enquiries has its impact on practice or a reflection written yet.',
    );
  }

  let drafts: SlideDraft[] = [
    titleSlide(input, name, dates),
    journeySlide(input, choices, progress, chosenEnquiries, omitted),
    ...ownProgressSlides(input, choices, progress),
    ...gainsSlides(input, choices, progress),
    ...reviewSlides(input, choices),
    ...coachingSlides(input, choices),
    ...colleagueSlides(input, choices, labelOf),
    ...techniqueSlides(input, chosenEnquiries),
    ...advice,
    ...projectSlides(input, choices.includeProject),
    ...nextStepSlides(input, chosenEnquiries, progress),
  ];
  if (choices.anonymiseColleagues) {
    const redact = nameRedactor(input.colleagues, labelOf);
    drafts = drafts.map((slide) => mapSlideText(slide, redact));
  }

  const counts = new Map<SlideSection, number>();
  const slides: Slide[] = drafts.map((draft) => {
    const count = (counts.get(draft.section) ?? 0) + 1;
    counts.set(draft.section, count);
    const notes = [...draft.notes];
    if (isCut(draft.title, MAX_SLIDE_TITLE)) notes.unshift(oneLine(draft.title));
    return {
      id: `${draft.section}-${count}`,
      section: draft.section,
      title: cutAtWord(draft.title, MAX_SLIDE_TITLE),
      body: draft.body,
      notes,
    };
  });

  return {
    title: cutAtWord(`${name} — ${oneLine(input.programme.name)}`, 100),
    delegateName: name,
    school: oneLine(input.profile.school),
    programmeName: oneLine(input.programme.name),
    datesLabel: dates,
    slides,
  };
}
