// First: pptxgenjs's zip library keeps the setImmediate it finds (see the module).
import '@/ui/deck/sliced-immediate';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import type { Bullet, ChartSpec, Figure, Presentation, Slide } from '@/domain/presentation';

/*
 * Draws a Presentation (already cut to the slide limits by the model) as an editable 16:9 deck:
 * native PowerPoint charts, no pictures, no network. The one deck maker: the delegate's presentation and the
 * facilitator's cohort deck both load it lazily, so pptxgenjs stays out of the main bundle. It stays one piece: every slide
 * kind is drawn with the same layout constants and helpers, and it is loaded as a unit.
 */

const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

// LAYOUT_WIDE is 13.333 × 7.5 inches.
const SLIDE_W = 13.333;
const SLIDE_H = 7.5;
const MARGIN_X = 0.7;
const CONTENT_W = SLIDE_W - 2 * MARGIN_X;
const TITLE_Y = 0.45;
const TITLE_H = 0.95;
const BODY_Y = 1.6;
const FOOTER_Y = 6.95;
const BODY_H = FOOTER_Y - 0.15 - BODY_Y;

// One calm theme colour; everything else is ink and quiet grey.
const THEME = '2B5C8A';
const INK = '1F2933';
const QUIET = '5B6770';
const RULE = 'D5DEE7';
const FONT = 'Calibri';

/** Bars: the first series (usually the baseline) is light, the next (the end) is the theme. */
const BAR_COLOURS = ['9FB6CD', THEME, 'D9822B', '4C8C5A', '7A5C99', '6B7280'];
const LINE_COLOURS = [THEME, 'D9822B', '4C8C5A', '9FB6CD', '7A5C99', '6B7280'];

/** Builds the deck as a .pptx Blob (what the screen downloads). */
export async function buildPptxDeck(presentation: Presentation): Promise<Blob> {
  const bytes = await buildPptxDeckBytes(presentation);
  return new Blob([bytes], { type: PPTX_MIME });
}

/** The same deck as bytes: easy to unzip in tests and in Node. */
export async function buildPptxDeckBytes(
  presentation: Presentation,
): Promise<Uint8Array<ArrayBuffer>> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = presentation.title;
  pres.author = presentation.delegateName;
  // pptxgenjs 4.0.1 writes Company into docProps/app.xml without escaping it (title and author
  // are escaped): a school called "St Mary & St John" would make a file no program opens.
  pres.company = escapeXml(presentation.school);
  pres.subject = presentation.programmeName;
  pres.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const footer = [presentation.delegateName, presentation.programmeName]
    .filter((part) => part.trim() !== '')
    .join(' · ');

  for (const model of presentation.slides) {
    const slide = pres.addSlide();
    slide.background = { color: 'FFFFFF' };
    if (model.body.kind === 'title') {
      drawTitleSlide(slide, model.title, model.body);
    } else {
      drawHeader(slide, model.title);
      drawFooter(slide, footer);
      drawBody(pres, slide, model);
    }
    if (model.notes.length > 0) slide.addNotes(model.notes.join('\n\n'));
  }

  const output = await pres.write({ outputType: 'uint8array' });
  if (!(output instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return withChartGapsAsMissingPoints(output);
}

/**
 * pptxgenjs writes a missing chart value as an empty point (`<c:v></c:v>`), which PowerPoint may
 * draw as a neighbour's value or zero (a known pptxgenjs bug). A blank in OOXML is a point that is
 * simply not there, so those points are removed from every chart part.
 */
function withChartGapsAsMissingPoints(pptx: Uint8Array): Uint8Array<ArrayBuffer> {
  const files = unzipSync(pptx);
  for (const [path, data] of Object.entries(files)) {
    if (!/^ppt\/charts\/chart\d+\.xml$/.test(path)) continue;
    const xml = strFromU8(data);
    const cleaned = xml.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
    if (cleaned !== xml) files[path] = strToU8(cleaned);
  }
  // Zipped again even without gaps: pptxgenjs stores its parts uncompressed (≈4× larger), and
  // fflate compresses them in a few tens of milliseconds.
  return new Uint8Array(zipSync(files));
}

function drawTitleSlide(
  slide: PptxGenJS.Slide,
  title: string,
  body: { subtitle: string; lines: string[] },
): void {
  slide.addShape('rect', { x: 0, y: 0, w: 0.35, h: SLIDE_H, fill: { color: THEME } });
  slide.addText(title, {
    x: 1.1,
    y: 1.7,
    w: SLIDE_W - 2.2,
    h: 1.9,
    fontFace: FONT,
    fontSize: fontSizeToFit(title, SLIDE_W - 2.2, 1.9, [44, 40, 36, 32]),
    bold: true,
    color: INK,
    valign: 'bottom',
    fit: 'shrink',
    margin: 0,
  });
  if (body.subtitle !== '') {
    slide.addText(body.subtitle, {
      x: 1.1,
      y: 3.75,
      w: SLIDE_W - 2.2,
      h: 0.9,
      fontFace: FONT,
      fontSize: fontSizeToFit(body.subtitle, SLIDE_W - 2.2, 0.9, [26, 24, 22, 20, 18]),
      color: THEME,
      valign: 'top',
      fit: 'shrink',
      margin: 0,
    });
  }
  if (body.lines.length > 0) {
    slide.addText(
      body.lines.map((line) => ({ text: line, options: { breakLine: true } })),
      {
        x: 1.1,
        y: 4.85,
        w: SLIDE_W - 2.2,
        h: 1.8,
        fontFace: FONT,
        fontSize: 18,
        color: QUIET,
        valign: 'top',
        paraSpaceAfter: 4,
        fit: 'shrink',
        margin: 0,
      },
    );
  }
}

function drawHeader(slide: PptxGenJS.Slide, title: string): void {
  slide.addShape('rect', {
    x: MARGIN_X,
    y: TITLE_Y + 0.12,
    w: 0.09,
    h: 0.7,
    fill: { color: THEME },
  });
  slide.addText(title, {
    x: MARGIN_X + 0.3,
    y: TITLE_Y,
    w: CONTENT_W - 0.3,
    h: TITLE_H,
    fontFace: FONT,
    fontSize: fontSizeToFit(title, CONTENT_W - 0.3, TITLE_H, [32, 28, 26, 24]),
    bold: true,
    color: INK,
    valign: 'middle',
    fit: 'shrink',
    margin: 0,
  });
}

function drawFooter(slide: PptxGenJS.Slide, footer: string): void {
  slide.addShape('line', {
    x: MARGIN_X,
    y: FOOTER_Y - 0.05,
    w: CONTENT_W,
    h: 0,
    line: { color: RULE, width: 0.75 },
  });
  if (footer !== '') {
    slide.addText(footer, {
      x: MARGIN_X,
      y: FOOTER_Y,
      w: CONTENT_W - 1.2,
      h: 0.35,
      fontFace: FONT,
      fontSize: 11,
      color: QUIET,
      valign: 'middle',
      margin: 0,
    });
  }
  slide.slideNumber = {
    x: SLIDE_W - MARGIN_X - 0.8,
    y: FOOTER_Y,
    w: 0.8,
    h: 0.35,
    fontFace: FONT,
    fontSize: 11,
    color: QUIET,
    align: 'right',
  };
}

function drawBody(pres: PptxGenJS, slide: PptxGenJS.Slide, model: Slide): void {
  const body = model.body;
  switch (body.kind) {
    case 'title':
      return;
    case 'figures':
      drawFigures(slide, body.figures);
      return;
    case 'bullets':
      drawBullets(slide, body.bullets, { x: MARGIN_X, y: BODY_Y, w: CONTENT_W, h: BODY_H });
      return;
    case 'chart': {
      const captionH = body.caption ? 0.6 : 0;
      const keyH = 0.4;
      drawChart(pres, slide, body.chart, {
        x: MARGIN_X,
        y: BODY_Y,
        w: CONTENT_W,
        h: BODY_H - captionH - keyH,
      });
      drawScaleKey(slide, body.chart, {
        x: MARGIN_X,
        y: BODY_Y + BODY_H - captionH - keyH,
        w: CONTENT_W,
        h: keyH,
      });
      if (body.caption) {
        slide.addText(body.caption, {
          x: MARGIN_X,
          y: BODY_Y + BODY_H - captionH,
          w: CONTENT_W,
          h: captionH,
          fontFace: FONT,
          fontSize: fontSizeToFit(body.caption, CONTENT_W, captionH, [16, 14, 12]),
          color: QUIET,
          valign: 'top',
          fit: 'shrink',
          margin: 0,
        });
      }
      return;
    }
    case 'chart-and-bullets': {
      const chartW = CONTENT_W * 0.52;
      const keyH = 0.4;
      drawChart(pres, slide, body.chart, { x: MARGIN_X, y: BODY_Y, w: chartW, h: BODY_H - keyH });
      drawScaleKey(slide, body.chart, {
        x: MARGIN_X,
        y: BODY_Y + BODY_H - keyH,
        w: chartW,
        h: keyH,
      });
      const gap = 0.4;
      drawBullets(slide, body.bullets, {
        x: MARGIN_X + chartW + gap,
        y: BODY_Y,
        w: CONTENT_W - chartW - gap,
        h: BODY_H,
      });
      return;
    }
  }
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function drawFigures(slide: PptxGenJS.Slide, figures: Figure[]): void {
  if (figures.length === 0) return;
  const columns = figures.length <= 3 ? figures.length : figures.length === 4 ? 2 : 3;
  const rows = Math.ceil(figures.length / columns);
  const gap = 0.35;
  const cellW = (CONTENT_W - gap * (columns - 1)) / columns;
  const cellH = Math.min(2.4, (BODY_H - gap * (rows - 1)) / rows);
  const top = BODY_Y + (BODY_H - (cellH * rows + gap * (rows - 1))) / 2;
  const valueSizes = [54, 48, 44, 40, 36, 32, 28];
  // One size for every number, so the grid reads as a set.
  const valueSize = Math.min(
    ...figures.map((figure) => fontSizeToFit(figure.value, cellW - 0.5, 1.1, valueSizes)),
  );
  figures.forEach((figure, index) => {
    const x = MARGIN_X + (index % columns) * (cellW + gap);
    const y = top + Math.floor(index / columns) * (cellH + gap);
    slide.addShape('rect', {
      x,
      y,
      w: cellW,
      h: cellH,
      fill: { color: 'F3F6F9' },
      line: { color: RULE, width: 0.75 },
    });
    slide.addText(figure.value, {
      x: x + 0.25,
      y: y + 0.2,
      w: cellW - 0.5,
      h: 1.1,
      fontFace: FONT,
      fontSize: valueSize,
      bold: true,
      color: THEME,
      valign: 'bottom',
      fit: 'shrink',
      margin: 0,
    });
    const labelH = cellH - 1.45;
    slide.addText(figure.label, {
      x: x + 0.25,
      y: y + 1.35,
      w: cellW - 0.5,
      h: labelH,
      fontFace: FONT,
      fontSize: fontSizeToFit(figure.label, cellW - 0.5, labelH, [18, 16, 14, 12]),
      color: QUIET,
      valign: 'top',
      fit: 'shrink',
      margin: 0,
    });
  });
}

/** Headline sizes from the largest down; the detail line is always a step quieter. */
const BULLET_SIZES: [number, number][] = [
  [22, 16],
  [20, 15],
  [18, 14],
  [17, 13],
  [16, 12],
  [15, 12],
  [14, 11],
  [13, 11],
  [12, 10],
  [11, 10],
  [10, 9],
];
const PARA_GAP_PT = 10;
const BULLET_INDENT_PT = 22;

function drawBullets(slide: PptxGenJS.Slide, bullets: Bullet[], box: Box): void {
  if (bullets.length === 0) return;
  const textW = box.w - BULLET_INDENT_PT / 72;
  const [textSize, detailSize] = BULLET_SIZES.find(([text, detail]) => {
    const heightPt = bullets.reduce(
      (sum, bullet) =>
        sum +
        linesNeeded(bullet.text, textW, text) * text * LINE_HEIGHT +
        (bullet.detail ? linesNeeded(bullet.detail, textW, detail) * detail * LINE_HEIGHT : 0) +
        PARA_GAP_PT +
        (bullet.detail ? 2 : 0),
      0,
    );
    return heightPt <= box.h * 72;
  }) ?? [10, 9];

  // The detail is its own paragraph hanging from the same indent as the headline. Its "bullet" is
  // a zero-width space: pptxgenjs writes a soft line break with invalid XML, and a bullet-less
  // paragraph would lose the indent.
  const runs: PptxGenJS.TextProps[] = [];
  for (const bullet of bullets) {
    runs.push({
      text: bullet.text,
      options: {
        bold: true,
        fontSize: textSize,
        color: INK,
        bullet: { characterCode: '25A0', indent: BULLET_INDENT_PT },
        paraSpaceBefore: PARA_GAP_PT,
        breakLine: true,
      },
    });
    if (bullet.detail) {
      runs.push({
        text: bullet.detail,
        options: {
          fontSize: detailSize,
          color: QUIET,
          bullet: { characterCode: '200B', indent: BULLET_INDENT_PT },
          paraSpaceBefore: 2,
          breakLine: true,
        },
      });
    }
  }
  slide.addText(runs, {
    ...box,
    fontFace: FONT,
    valign: 'top',
    fit: 'shrink',
    margin: 0,
  });
}

function drawChart(pres: PptxGenJS, slide: PptxGenJS.Slide, chart: ChartSpec, box: Box): void {
  const isBar = chart.type === 'bar';
  const data = chart.series.map((series) => ({
    name: series.name,
    labels: chart.categories,
    // pptxgenjs writes a missing value as an empty cell, which the chart shows as a gap
    // (displayBlanksAs 'gap'); its types only admit numbers.
    values: series.values as number[],
  }));
  const many = chart.categories.length > 6;
  const options: PptxGenJS.IChartOpts = {
    ...box,
    chartColors: isBar ? BAR_COLOURS : LINE_COLOURS,
    showTitle: true,
    title: chart.title,
    titleFontFace: FONT,
    titleFontSize: 16,
    titleColor: INK,
    showLegend: chart.series.length > 0,
    legendPos: 'b',
    legendFontFace: FONT,
    legendFontSize: 13,
    legendColor: INK,
    displayBlanksAs: 'gap',
    valAxisMinVal: chart.axis.min,
    valAxisMaxVal: chart.axis.max,
    valAxisMajorUnit: 1,
    valAxisLabelFormatCode: '0',
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: QUIET,
    valGridLine: { color: 'E4E9EE', size: 0.75 },
    catGridLine: { style: 'none' },
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: many ? 11 : 13,
    catAxisLabelColor: INK,
    ...(isBar
      ? { barDir: 'col', barGrouping: 'clustered', barGapWidthPct: 60 }
      : { lineSize: 2.5, lineDataSymbol: 'circle', lineDataSymbolSize: 7 }),
  };
  slide.addChart(isBar ? pres.ChartType.bar : pres.ChartType.line, data, options);
}

/** The value axis shows numbers; this line says what each level means. */
function drawScaleKey(slide: PptxGenJS.Slide, chart: ChartSpec, box: Box): void {
  const { min, max, labels } = chart.axis;
  if (labels.length === 0 || labels.length !== max - min + 1) return;
  const key = labels.map((label, index) => `${min + index} ${label}`).join('   ·   ');
  slide.addText(key, {
    ...box,
    fontFace: FONT,
    fontSize: fontSizeToFit(key, box.w, box.h, [13, 12, 11, 10, 9]),
    color: QUIET,
    align: 'center',
    valign: 'middle',
    fit: 'shrink',
    margin: 0,
  });
}

const LINE_HEIGHT = 1.2;
/** Average glyph width of Calibri/Arial as a share of the font size, rounded up to be safe. */
const GLYPH_WIDTH_EM = 0.52;

function linesNeeded(text: string, widthInches: number, fontPt: number): number {
  const perLine = Math.max(1, Math.floor((widthInches * 72) / (fontPt * GLYPH_WIDTH_EM)));
  // Words wrap whole, so a line holds a little less than its width on average.
  return Math.max(1, Math.ceil((text.length * 1.08) / perLine));
}

/** The largest size whose wrapped text fits the box (the smallest if none does). */
function fontSizeToFit(
  text: string,
  widthInches: number,
  heightInches: number,
  sizes: number[],
): number {
  for (const size of sizes) {
    if (linesNeeded(text, widthInches, size) * size * LINE_HEIGHT <= heightInches * 72) return size;
  }
  return sizes[sizes.length - 1] ?? 12;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
