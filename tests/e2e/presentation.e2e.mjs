/**
 * The end-of-programme presentation in a real browser on the production build: the example
 * teacher opens the presentation screen, downloads the PowerPoint deck through a real download
 * and prints the handout to PDF. The deck is opened (it is a zip) and checked against what the
 * page previews: as many slides, a chart part for every chart, the delegate's numbers in the
 * slides. The printed charts are checked to lie inside their slides on A4 when printed from a
 * wide window. Files land in test-results/exports/ (presentation.pptx, handout.pdf,
 * handout-page1.png and -page2.png) for a person to open. Nothing leaves the origin.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { LAPTOP } from '../support/chromium.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { useAppUnderTest } from './support/suite.mjs';
import { openScreen, openWithExampleData } from './support/navigation.mjs';

const app = useAppUnderTest();

const exportsDir = fileURLToPath(new URL('../../test-results/exports/', import.meta.url));

/** @param {string} text */
function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** @param {Record<string, Uint8Array>} files @param {RegExp} pattern */
function partsMatching(files, pattern) {
  return Object.keys(files).filter((path) => pattern.test(path));
}

test(
  'a delegate downloads an editable deck and prints a handout of their programme',
  { timeout: 150_000 },
  async () => {
    await mkdir(exportsDir, { recursive: true });
    const context = await newAppContext(app.browser, { acceptDownloads: true, viewport: LAPTOP });
    const requests = recordRequests(context, app.server.baseUrl);
    const page = await context.newPage();
    try {
      await openWithExampleData(page, app.server.baseUrl);

      // Reached the way a user does: from Progress.
      await openScreen(page, 'Progress');
      await page.getByRole('link', { name: 'Build your end-of-programme presentation' }).click();
      await page
        .getByRole('heading', { name: 'Your end-of-programme presentation', level: 1 })
        .waitFor();
      const preview = page.locator('.presentation-preview');
      await preview.locator('article.slide-item').first().waitFor();

      const previewSlides = await preview.locator('article.slide-item').count();
      const previewCharts = await preview.locator('figure.slide-chart').count();
      const figures = (await preview.locator('.slide-figures dd').allTextContents()).map((text) =>
        text.trim(),
      );
      const deckTitle = (await preview.locator('.presentation-preview-heading').textContent())
        ?.trim()
        .replace(/\s+/g, ' ');
      // The example has every optional part (360°, project, coaching), each a slide or more.
      assert.ok(previewSlides >= 8 && previewSlides <= 18, `${previewSlides} slides previewed`);
      assert.ok(previewCharts >= 1, 'the preview has charts');
      assert.ok(figures.length >= 2, 'the preview shows the journey in numbers');
      await preview.locator('.slide-chart .recharts-surface').first().waitFor();
      await screenshot(page, 'presentation');

      // The real download.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download PowerPoint' }).click();
      const download = await downloading;
      assert.match(download.suggestedFilename(), /\.pptx$/);
      const deckPath = `${exportsDir}presentation.pptx`;
      await download.saveAs(deckPath);

      const zip = unzipSync(new Uint8Array(await readFile(deckPath)));
      const slideParts = partsMatching(zip, /^ppt\/slides\/slide\d+\.xml$/);
      assert.equal(slideParts.length, previewSlides, 'one deck slide per previewed slide');
      assert.equal(
        partsMatching(zip, /^ppt\/charts\/chart\d+\.xml$/).length,
        previewCharts,
        'a native chart for every previewed chart',
      );
      assert.ok(
        partsMatching(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).length >= 1,
        'speaker notes',
      );
      const slideText = slideParts
        .map((path) => strFromU8(zip[path] ?? new Uint8Array()))
        .join('\n');
      for (const figure of figures) {
        assert.ok(slideText.includes(escapeXml(figure)), `the deck shows the figure ${figure}`);
      }
      const core = strFromU8(zip['docProps/core.xml'] ?? new Uint8Array());
      assert.ok(deckTitle && core.includes(escapeXml(deckTitle)), 'the deck has its title');

      // The handout: the same page printed to A4.
      await page.emulateMedia({ media: 'print' });
      const handoutPath = `${exportsDir}handout.pdf`;
      await page.pdf({ format: 'A4', path: handoutPath, printBackground: true });
      // Each chart on paper, printed from this 1280 px window: the preview laid out at A4's width
      // less the 14 mm margins (182 mm), as the printer lays it out, still in print media.
      // (Set through the CSSOM: the app's Content Security Policy refuses a <style> element.)
      await preview.evaluate((node) => node.style.setProperty('width', '182mm'));
      const printed = await page.evaluate(() =>
        [...document.querySelectorAll('.slide')]
          .filter((slide) => slide.querySelector('figure.slide-chart'))
          .map((slide) => {
            const box = (/** @type {Element | null} */ element) => {
              if (!element) return null;
              const { left, right, top, bottom, width } = element.getBoundingClientRect();
              return { left, right, top, bottom, width };
            };
            const style = getComputedStyle(slide);
            const card = slide.getBoundingClientRect();
            return {
              title: slide.querySelector('h2')?.textContent ?? '',
              inner: {
                left: card.left + parseFloat(style.paddingLeft),
                right: card.right - parseFloat(style.paddingRight),
                top: card.top,
                bottom: card.bottom,
              },
              spills: slide.scrollWidth > slide.clientWidth,
              screenDrawing: box(slide.querySelector('.slide-chart-drawing')),
              drawing: box(slide.querySelector('.slide-chart-print svg.recharts-surface')),
              legend: box(slide.querySelector('.slide-chart-print .slide-chart-legend')),
              caption: box(slide.querySelector('.slide-caption')),
              cutLabels: [
                ...slide.querySelectorAll(
                  '.slide-chart-print .recharts-cartesian-axis-tick-label tspan',
                ),
              ]
                .map((line) => line.textContent ?? '')
                .filter((line) => line.endsWith('…')),
            };
          }),
      );
      await preview.evaluate((node) => node.style.removeProperty('width'));
      await page.emulateMedia({ media: 'screen' });
      assert.equal(printed.length, previewCharts, 'every chart slide is printed');
      for (const printedSlide of printed) {
        const { title, inner, spills, screenDrawing, drawing, legend, caption, cutLabels } =
          printedSlide;
        assert.equal(screenDrawing?.width, 0, `${title}: the window-sized chart is not printed`);
        assert.ok(drawing && legend, `${title}: the A4 chart and its legend are printed`);
        assert.ok(
          drawing.left >= inner.left - 0.5 && drawing.right <= inner.right + 0.5,
          `${title}: the chart (${drawing.left}–${drawing.right}) lies inside the card (${inner.left}–${inner.right})`,
        );
        assert.ok(
          drawing.top >= inner.top && legend.bottom <= inner.bottom,
          `${title}: the chart and its legend lie within the card's height`,
        );
        assert.ok(legend.top >= drawing.bottom - 0.5, `${title}: the legend is under the chart`);
        assert.ok(
          legend.left >= inner.left - 0.5 && legend.right <= inner.right + 0.5,
          `${title}: the legend lies inside the card`,
        );
        if (caption) {
          assert.ok(
            legend.bottom <= caption.top + 0.5,
            `${title}: the legend is above the caption`,
          );
        }
        assert.equal(spills, false, `${title}: nothing runs off the card`);
        // The example's area names all fit their bars on two or three lines (this context reduces
        // motion, which once made Recharts measure them at the wrong size and cut them).
        assert.deepEqual(cutLabels, [], `${title}: no axis label is cut`);
      }
      const pdf = await readFile(handoutPath);
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      assert.ok(pages >= 2, `the handout has ${pages} pages`);
      // A picture of page 1 for a person to look at, where poppler is installed.
      if (existsSync('/usr/bin/pdftoppm')) {
        spawnSync('/usr/bin/pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          '1',
          '-l',
          '1',
          '-singlefile',
          handoutPath,
          `${exportsDir}handout-page1`,
        ]);
        // Page 2 starts with the first chart.
        spawnSync('/usr/bin/pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          '2',
          '-l',
          '2',
          '-singlefile',
          handoutPath,
          `${exportsDir}handout-page2`,
        ]);
      }

      assert.deepEqual(requests.outsideOrigin(), [], 'no request outside the origin');
    } finally {
      await context.close();
    }
  },
);
