/** Text shaped to fit: one line, cut at a word, and dates and times as people read them. */

const ELLIPSIS = '…';

/** One line: runs of white space (new lines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` on one line, cut at a word (with "…") when longer than `max` characters. */
export function cutAtWord(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const room = line.slice(0, max - ELLIPSIS.length);
  // When the cut falls just before a space, the last word is whole and stays.
  const lastSpace = line[room.length] === ' ' ? room.length : room.lastIndexOf(' ');
  // A very long word is cut where it stands rather than leaving almost nothing.
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
}

/**
 * A name for a file: plain lower-case letters, digits and hyphens ("Siân O'Neill" →
 * "sian-o-neill"), safe on every file system and through every messaging app. Empty when nothing
 * is left.
 */
export function fileNameSlug(text: string, maxLength = 60): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

// Made on first use: creating a formatter loads the locale's data, which start-up need not pay for.
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** "23 Nov 2026, 10:42" in the device's time zone. */
export function formatDateTime(iso: string): string {
  dateTimeFormat ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return dateTimeFormat.format(new Date(iso));
}

/** "1 record", "1,204 records". */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : pluralForm}`;
}
