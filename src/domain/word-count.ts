/**
 * Counting words the way Microsoft Word does, so the count a delegate sees in Trellis is the count
 * their assessor sees when they open the exported document (docs/design.md#words-counted-as-word-counts-them).
 *
 * A word is a run of characters between white space. Within a run:
 * - a hyphen joins (`well-known`, `father-in-law`, `Year-7` are one word each);
 * - an apostrophe joins (`don't`, `pupils’` are one word);
 * - digits with their punctuation are one word (`3.5`, `1,500`, `£20`, `45%`, `2026-27`);
 * - a slash joins (`and/or` is one word);
 * - an em dash or an en dash separates (`progress—and` is two words), as Word has done since 2013.
 * A run made only of dashes (a spaced dash, ` — `) is punctuation and is not counted; any other run
 * is (`&` on its own counts, as in Word).
 */

/** Everything Unicode calls white space, plus the no-break and narrow spaces Word treats as gaps. */
const GAP = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/u;
/** Em dash, en dash, horizontal bar and figure dash: word boundaries inside a run. */
const DASHES = /[\u2012\u2013\u2014\u2015]+/u;
/** A piece made only of hyphens (a spaced hyphen typed for a dash) is punctuation too. */
const ONLY_HYPHENS = /^[-\u2010\u2011]+$/u;

export function countWords(text: string): number {
  let count = 0;
  for (const run of text.split(GAP)) {
    if (run === '') continue;
    for (const piece of run.split(DASHES)) {
      if (piece !== '' && !ONLY_HYPHENS.test(piece)) count += 1;
    }
  }
  return count;
}

/** "1 word", "4,512 words". Not toLocaleString: it loads locale data on first use. */
export function wordsLabel(count: number): string {
  const grouped = String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped} ${count === 1 ? 'word' : 'words'}`;
}
