import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPptxDeck, buildPptxDeckBytes } from '@/ui/deck/pptx-deck';
import { deckFixture, longestBullets } from './deck-fixture';

// LAYOUT_WIDE in EMU (914400 per inch).
const SLIDE_W_EMU = 12192000;
const SLIDE_H_EMU = 6858000;

let files: Record<string, string> = {};

function part(path: string): string {
  const xml = files[path];
  if (xml === undefined) throw new Error(`missing part ${path}`);
  return xml;
}

function partsMatching(pattern: RegExp): string[] {
  return Object.keys(files)
    .filter((path) => pattern.test(path))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
}

/** The chart part a slide refers to, through the slide's relationships. */
function chartOfSlide(slideNumber: number): string {
  const rels = part(`ppt/slides/_rels/slide${slideNumber}.xml.rels`);
  const target = /Target="\/?(ppt\/charts\/chart\d+\.xml)"/.exec(rels)?.[1];
  if (!target) throw new Error(`slide ${slideNumber} has no chart`);
  return part(target);
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(' ');
}

beforeAll(async () => {
  const bytes = await buildPptxDeckBytes(deckFixture);
  files = Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]),
  );
});

describe('buildPptxDeck', () => {
  it('returns a .pptx blob', async () => {
    const blob = await buildPptxDeck(deckFixture);
    expect(blob.type).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect(blob.size).toBeGreaterThan(10_000);
  });

  it('makes one 16:9 slide per model slide, in order, with its title', () => {
    const slides = partsMatching(/^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(deckFixture.slides.length);
    expect(part('ppt/presentation.xml')).toContain(`cx="${SLIDE_W_EMU}" cy="${SLIDE_H_EMU}"`);
    expect(textOf(part('ppt/slides/slide2.xml'))).toContain('The journey in numbers');
    expect(textOf(part('ppt/slides/slide8.xml'))).toContain('Next steps');
  });

  it('writes every part as well-formed XML, with names escaped', () => {
    const parser = new DOMParser();
    for (const [path, xml] of Object.entries(files)) {
      if (!/\.(xml|rels)$/.test(path)) continue;
      const doc = parser.parseFromString(xml, 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), path).toHaveLength(0);
    }
    expect(part('ppt/slides/slide1.xml')).toContain('Zoë Brontë-O’Neil &amp; Co &lt;Deputy&gt;');
    expect(textOf(part('ppt/slides/slide1.xml'))).toContain(
      'St Mary’s &amp; St John’s C of E School 🌱',
    );
    expect(part('ppt/slides/slide5.xml')).toContain('Sam &lt;Rivers&gt; &amp; team');
  });

  it('sets the deck title, author (the delegate) and company (the school)', () => {
    const core = part('docProps/core.xml');
    expect(core).toContain(
      '<dc:title>Zoë Brontë-O’Neil &amp; Co &lt;Deputy&gt; — OTP Plus</dc:title>',
    );
    expect(core).toContain('<dc:creator>Zoë Brontë-O’Neil &amp; Co &lt;Deputy&gt;</dc:creator>');
    expect(part('docProps/app.xml')).toContain(
      '<Company>St Mary’s &amp; St John’s C of E School 🌱</Company>',
    );
  });

  it('shows the figures as big numbers with their labels', () => {
    const text = textOf(part('ppt/slides/slide2.xml'));
    for (const figure of ['2.1 → 3.4', '17', '42', '+1.3']) expect(text).toContain(figure);
    expect(text).toContain('Average rating, baseline to week 10');
  });

  it('draws each chart as a native chart part with the series values', () => {
    expect(partsMatching(/^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(4);

    const bars = chartOfSlide(3);
    expect(bars).toContain('<c:barChart>');
    expect(bars).toContain('<c:barDir val="col"/>');
    expect(bars).toContain('<c:grouping val="clustered"/>');
    expect(bars).toContain('Own practice by area: baseline, week 10 and target');
    expect(bars).toContain('Behaviour &amp; routines');
    for (const name of ['Baseline (week 0)', 'Week 10', 'Target']) expect(bars).toContain(name);
    for (const value of ['1.75', '3.25', '3.75']) expect(bars).toContain(`<c:v>${value}</c:v>`);
    expect(bars).toContain('<c:min val="1"/>');
    expect(bars).toContain('<c:max val="4"/>');

    const lines = chartOfSlide(4);
    expect(lines).toContain('<c:lineChart>');
    expect(lines).toContain('Average rating week by week');
    expect(lines).toContain('<c:legend>');
  });

  it('leaves a gap, not a zero, where a weekly value is missing', () => {
    const lines = chartOfSlide(4);
    expect(lines).toContain('<c:dispBlanksAs val="gap"/>');
    expect(lines).not.toContain('<c:v></c:v>');
    // Questioning has no value in weeks 2 and 6 (indexes 2 and 6): those points are absent.
    const questioning = lines.slice(lines.indexOf('Questioning'), lines.indexOf('Feedback'));
    const numbers = questioning.slice(
      questioning.indexOf('<c:val>'),
      questioning.indexOf('</c:val>'),
    );
    const indexes = [...numbers.matchAll(/<c:pt idx="(\d+)">/g)].map((match) => Number(match[1]));
    expect(indexes).toEqual([0, 1, 3, 4, 5, 7, 8, 9, 10]);
    expect(numbers).toContain('<c:ptCount val="11"/>');
  });

  it('puts the chart and the bullets side by side', () => {
    expect(chartOfSlide(5)).toContain('Cold calling');
    const text = textOf(part('ppt/slides/slide5.xml'));
    expect(text).toContain('Cold calling became routine');
    expect(text).toContain('Every pupil answered at least once in week 8.');
  });

  it('writes each slide’s notes as speaker notes', () => {
    const notes = partsMatching(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map(part);
    expect(notes).toHaveLength(deckFixture.slides.length);
    const all = notes.join('\n');
    expect(all).toContain('Welcome everyone &amp; thank the Learning 3 group.');
    expect(all).toContain('Gaps are weeks I did not rate (half term, illness).');
    expect(notes[2]).toContain('Baseline was week 0.');
    expect(notes[2]).toContain('Targets were set with my coach in week 2.');
  });

  it('keeps five bullets at the text limits readable and inside the slide', () => {
    const slide = part('ppt/slides/slide7.xml');
    const text = textOf(slide);
    for (const bullet of longestBullets) {
      expect(text).toContain(bullet.text);
      expect(text).toContain(bullet.detail);
    }
    const sizes = [...slide.matchAll(/<a:rPr[^>]* sz="(\d+)"/g)].map((match) => Number(match[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1000);
    expect(slide).toContain('<a:normAutofit/>');
  });

  it('places every shape inside the slide', () => {
    for (const path of partsMatching(/^ppt\/slides\/slide\d+\.xml$/)) {
      const xml = part(path);
      for (const match of xml.matchAll(
        /<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/g,
      )) {
        const [x, y, cx, cy] = match.slice(1).map(Number) as [number, number, number, number];
        expect(x + cx, path).toBeLessThanOrEqual(SLIDE_W_EMU);
        expect(y + cy, path).toBeLessThanOrEqual(SLIDE_H_EMU);
      }
    }
  });

  it('makes a deck without gaps in any chart just as well', async () => {
    const slides = deckFixture.slides.filter((slide) => slide.id === 'own-progress-1');
    const deck = unzipSync(await buildPptxDeckBytes({ ...deckFixture, slides }));
    expect(Object.keys(deck).filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))).toEqual([
      'ppt/slides/slide1.xml',
    ]);
    const charts = Object.keys(deck).filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path));
    expect(charts).toHaveLength(1);
    expect(strFromU8(deck[charts[0] ?? ''] ?? new Uint8Array())).toContain('<c:v>3.75</c:v>');
  });
});
