import { levelOf, type FrameworkDefinition } from '@/domain/framework';
import {
  MAX_BULLET_DETAIL,
  MAX_BULLET_TEXT,
  MAX_BULLETS_PER_SLIDE,
  type Bullet,
  type Slide,
  type SlideSection,
} from '@/domain/presentation';
import { cutAtWord, oneLine } from '@/domain/text';

/** Slide text within the limits: one line, cut at a word, long text moved to the notes. */

export function isCut(text: string, max: number): boolean {
  return oneLine(text).length > max;
}

/** A bullet within the limits; what was cut is added to `notes` in full. */
export function fittedBullet(text: string, detail: string | undefined, notes: string[]): Bullet {
  const bullet: Bullet = { text: cutAtWord(text, MAX_BULLET_TEXT) };
  if (isCut(text, MAX_BULLET_TEXT)) notes.push(oneLine(text));
  if (detail !== undefined && oneLine(detail) !== '') {
    bullet.detail = cutAtWord(detail, MAX_BULLET_DETAIL);
    if (isCut(detail, MAX_BULLET_DETAIL)) notes.push(oneLine(detail));
  }
  return bullet;
}

/** The first sentence of a text (or all of it when it has no full stop). */
export function firstSentence(text: string): string {
  const line = oneLine(text);
  const match = /^(.+?[.!?])(\s|$)/u.exec(line);
  return match?.[1] ?? line;
}

export function formatLevel(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function levelName(framework: FrameworkDefinition, value: number): string {
  const label = levelOf(framework.scale, value)?.label;
  return label ? `${value} (${label})` : String(value);
}

export function letter(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < letters.length ? (letters[index] ?? '') : String(index + 1);
}

export interface SlideDraft {
  section: SlideSection;
  title: string;
  body: Slide['body'];
  notes: string[];
}

/** Bullets over as many slides as they need, "(continued)" on the later ones. */
export function bulletSlides(
  section: SlideSection,
  title: string,
  bullets: readonly Bullet[],
  notes: string[],
): SlideDraft[] {
  const slides: SlideDraft[] = [];
  for (let start = 0; start < bullets.length; start += MAX_BULLETS_PER_SLIDE) {
    slides.push({
      section,
      title: start === 0 ? title : `${title} (continued)`,
      body: { kind: 'bullets', bullets: bullets.slice(start, start + MAX_BULLETS_PER_SLIDE) },
      notes: start === 0 ? notes : [],
    });
  }
  return slides;
}
