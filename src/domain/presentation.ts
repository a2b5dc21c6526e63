/**
 * The end-of-programme presentation as plain data: what goes on which slide. One model feeds every
 * output — the preview on the presentation screen, the printable handout and the PowerPoint deck —
 * so they always say the same thing. Building it (`presentation-model/`) is pure domain code;
 * drawing it (React preview, pptxgenjs deck) lives elsewhere and never decides content.
 *
 * Text that would overflow a slide is cut by the model, not by a renderer: every slide respects the
 * limits below, and what was cut goes to the slide's speaker notes (or a "continued" slide).
 */

/** At most this many bullets on one slide; more continue on a second slide. */
export const MAX_BULLETS_PER_SLIDE = 5;
/** A bullet's headline is cut (at a word, with "…") beyond this many characters. */
export const MAX_BULLET_TEXT = 110;
/** A bullet's detail line is cut beyond this many characters; the whole text goes to the notes. */
export const MAX_BULLET_DETAIL = 220;
/** Slide titles are cut beyond this many characters. */
export const MAX_SLIDE_TITLE = 70;
/** At most this many figures on the "in numbers" slide. */
export const MAX_FIGURES = 6;
/** Chart categories (areas, weeks) beyond this many are left to the notes and the handout's table. */
export const MAX_CHART_CATEGORIES = 12;

/** What the delegate chose on the presentation screen. */
export interface PresentationChoices {
  /** Areas shown on the progress slides, in framework order. */
  areaIds: string[];
  /** Colleagues (Learning 3) who get a slide each, in the order given. */
  colleagueIds: string[];
  /** Show colleagues as "Colleague A", "Colleague B"… instead of their names. */
  anonymiseColleagues: boolean;
  /** Enquiries from the journal shown as techniques (the ranking decides their order). */
  enquiryIds: string[];
  /** The weeks compared: usually the baseline (0) and the last rated week. */
  fromWeek: number;
  toWeek: number;
  /** Show the 360° review's start and end (offered only when both rounds have a report). */
  includeReview: boolean;
  /** Show the improvement project (offered only when there is one). */
  includeProject: boolean;
  /** Show the coaching slide (offered when any coaching is logged). */
  includeCoaching: boolean;
}

/** A line of text with an optional second, quieter line under it. */
export interface Bullet {
  text: string;
  detail?: string;
}

export interface ChartSeries {
  name: string;
  /** One value per category; null where there is no value (a gap, not zero). */
  values: (number | null)[];
}

/**
 * A chart both renderers can draw natively: Recharts in the page, an editable PowerPoint chart in
 * the deck. Values are rating levels, so the axis runs over the framework's scale.
 */
export interface ChartSpec {
  type: 'bar' | 'line';
  /** Accessible description and the chart's title in the deck. */
  title: string;
  categories: string[];
  series: ChartSeries[];
  axis: {
    min: number;
    max: number;
    /** Scale level names, lowest first, for the axis. */ labels: string[];
  };
}

export interface Figure {
  /** Already formatted, e.g. "2.1 → 3.4" or "17". */
  value: string;
  label: string;
}

export type SlideBody =
  | { kind: 'title'; subtitle: string; lines: string[] }
  | { kind: 'figures'; figures: Figure[] }
  | { kind: 'chart'; chart: ChartSpec; caption?: string }
  | { kind: 'chart-and-bullets'; chart: ChartSpec; bullets: Bullet[] }
  | { kind: 'bullets'; bullets: Bullet[] };

export type SlideSection =
  | 'title'
  | 'journey'
  | 'own-progress'
  | 'gains'
  | 'review-360'
  | 'coaching'
  | 'colleagues'
  | 'techniques'
  | 'advice'
  | 'project'
  | 'next-steps'
  /** The facilitator's cohort deck. */
  | 'cohort';

export interface Slide {
  /** Stable within one presentation (e.g. "gains-2"); used as a React key and in tests. */
  id: string;
  section: SlideSection;
  title: string;
  body: SlideBody;
  /** Speaker notes, one paragraph per entry: the detail that does not fit on the slide. */
  notes: string[];
}

export interface Presentation {
  /** File name stem and deck title, e.g. "Alex Morgan — OTP Plus". */
  title: string;
  delegateName: string;
  school: string;
  programmeName: string;
  /** e.g. "7 Sep – 16 Nov 2026" (en-GB). */
  datesLabel: string;
  slides: Slide[];
}
