/**
 * The improvement project in a real browser on the production build. The example delegate's
 * project (part-way through its write-up) is photographed at 390 and 1280 px — the project, the
 * write-up and the print view — and checked with axe. Then the delegate starts again: a new
 * project with the NPQ case study write-up, a timeline over two terms, a linked enquiry and an
 * evidence item with an image; writes past the 1,500-word limit (saved, flagged, and confirmed
 * before export); and exports the Word document to test-results/exports/, whose XML must name
 * every section and appendix. Nothing may be requested outside the app's origin.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { LAPTOP } from '../support/chromium.mjs';
import { checkAccessibility } from './support/axe.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { openScreen, openWithExampleData } from './support/navigation.mjs';
import { useAppUnderTest } from './support/suite.mjs';

const app = useAppUnderTest();
const exportDir = fileURLToPath(new URL('../../test-results/exports/', import.meta.url));

/** A 1×1 PNG, as a phone photo would be attached. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const words = (count) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

test(
  'the improvement project: the example photographed, then a new one written past its limit and exported',
  { timeout: 240_000 },
  async (t) => {
    const context = await newAppContext(app.browser, { viewport: LAPTOP, acceptDownloads: true });
    const requests = recordRequests(context, app.server.baseUrl);
    const page = await context.newPage();
    /** @type {string[]} */
    const failures = [];
    async function a11y(screen) {
      failures.push(...(await checkAccessibility(t, page, screen)));
    }
    try {
      await openWithExampleData(page, app.server.baseUrl);
      await openScreen(page, 'Journal');
      await page.getByRole('link', { name: 'Improvement project' }).click();
      await page
        .getByRole('heading', { name: 'Spaced retrieval practice in Year 9 maths', level: 1 })
        .waitFor();
      assert.equal(new URL(page.url()).pathname, '/project');
      await a11y('project');
      await screenshot(page, 'project');

      await page.getByRole('link', { name: 'Write up the project' }).click();
      await page.getByRole('heading', { name: /^Write-up:/, level: 1 }).waitFor();
      await page
        .getByText(/of 4,500 words/)
        .first()
        .waitFor();
      await a11y('project write-up');
      await screenshot(page, 'project-write-up');

      // The example is within its limit, so it exports at once, with the linked ratings as a chart.
      const [exampleDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export Word document' }).click(),
      ]);
      await mkdir(exportDir, { recursive: true });
      const examplePath = `${exportDir}example-project-write-up.docx`;
      await exampleDownload.saveAs(examplePath);
      const exampleFiles = unzipSync(new Uint8Array(await readFile(examplePath)));
      const chart = Object.keys(exampleFiles).filter((name) => /^word\/media\/.+\.png$/.test(name));
      assert.equal(chart.length, 1, 'the linked ratings chart is in the document as a PNG');
      const exampleXml = strFromU8(exampleFiles['word/document.xml']);
      for (const heading of ['Initiation', 'Implementation', 'Evaluation']) {
        assert.ok(exampleXml.includes(`>${heading}<`), `the example names “${heading}”`);
      }

      await page.getByRole('link', { name: 'Print view' }).click();
      await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
      await page.locator('.write-up-chart').waitFor();
      await screenshot(page, 'project-print');
      // Printed, the app around the document is hidden and the title page stands alone.
      const printed = await page.pdf({ format: 'A4', printBackground: true });
      await mkdir(exportDir, { recursive: true });
      await writeFile(`${exportDir}project-write-up-print.pdf`, printed);
      const printedPages = (printed.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      assert.ok(
        printedPages >= 4,
        `a title page, the sections and the appendices: ${printedPages} pages`,
      );

      // Start again with a project of one's own.
      await page.goto(`${app.server.baseUrl}/project`);
      await page.getByRole('button', { name: 'Delete this project…' }).click();
      await page.getByRole('button', { name: 'Delete the project and its write-up' }).click();
      await page.getByRole('heading', { name: 'Start your improvement project' }).waitFor();
      await page.getByLabel('Project title').fill('Oracy in Year 7 science');
      await page.getByRole('radio', { name: /NPQ case study/ }).check();
      await screenshot(page, 'project-start');
      await page.getByRole('button', { name: 'Start the project' }).click();
      await page.getByRole('heading', { name: 'Oracy in Year 7 science', level: 1 }).waitFor();

      await page
        .getByRole('textbox', { name: 'The problem' })
        .fill('Pupils rarely explain their reasoning aloud.');
      for (const [title, date] of [
        ['Baseline recording of discussion', '2026-10-05'],
        ['Final recording and survey', '2027-03-22'],
      ]) {
        await page.getByRole('button', { name: 'Add a milestone' }).click();
        await page.getByLabel('Milestone').last().fill(title);
        await page.locator('.project-milestone input[type="date"]').last().fill(date);
      }
      await page.getByText('Spans 2 terms: Autumn 2026, Spring 2027.').waitFor();

      await page.getByText(/^Journal enquiries/).click();
      await page.getByRole('checkbox').first().check();
      await page.getByText(/\(1 of \d+ linked\)/).waitFor();

      const form = page.getByRole('form', { name: 'Add an evidence item' });
      await form.getByLabel('What it shows').fill('Tally of pupils explaining their reasoning');
      await form.getByLabel('Figure (optional)').fill('9 of 28 pupils');
      await form
        .getByLabel(/Image or PDF/)
        .setInputFiles({ name: 'tally.png', mimeType: 'image/png', buffer: PNG });
      await form.getByRole('button', { name: 'Add the evidence' }).click();
      await page.getByRole('button', { name: /Open tally\.png/ }).waitFor();

      // The write-up: 1,495 words pasted into the first section, then typed past 1,500.
      await page.getByRole('link', { name: 'Write up the project' }).click();
      const problem = page.getByRole('textbox', { name: 'The problem' });
      await problem.fill(words(1495));
      await problem.press('End');
      await page.keyboard.type(' and then six more words here now');
      const total = page.getByRole('region', { name: 'Word count' });
      await total.getByText('1,502 of 1,500 words — 2 over the limit').waitFor();
      await total.getByText(/Over the limit\. It is saved/).waitFor();
      await eventually(async () =>
        assert.equal(
          (
            await page.locator('.write-up-section').first().getByRole('status').textContent()
          )?.trim(),
          '✓Saved',
        ),
      );
      await page
        .getByRole('textbox', { name: 'How you would implement it' })
        .fill('Talk partners first; then structured sentence stems; then whole-class discussion.');
      await screenshot(page, 'project-write-up-over');

      await page.getByRole('button', { name: 'Export Word document' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Over the word limit' });
      await confirm.waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        confirm.getByRole('button', { name: 'Export anyway' }).click(),
      ]);
      assert.match(
        download.suggestedFilename(),
        /^oracy-in-year-7-science-write-up-\d{4}-\d{2}-\d{2}\.docx$/,
      );
      const path = `${exportDir}project-write-up.docx`;
      await download.saveAs(path);
      const files = unzipSync(new Uint8Array(await readFile(path)));
      const xml = strFromU8(files['word/document.xml']);
      for (const heading of [
        'The problem',
        'The proposed solution and its rationale',
        'How you would implement it',
        'Appendix A: Evidence',
        'Appendix B: Success criteria and linked ratings',
        'Appendix C: Project timeline',
        'Tally of pupils explaining their reasoning',
        'Baseline recording of discussion',
      ]) {
        assert.ok(xml.includes(heading), `the document names “${heading}”`);
      }
      assert.ok(xml.includes('1,512 of 1,500 words'), 'the word count is on the title page');

      assert.deepEqual(failures, []);
      assert.deepEqual(requests.outsideOrigin(), []);
    } finally {
      await context.close();
    }
  },
);
