/**
 * Taking the progress elsewhere, in a real browser on the production build with the example data:
 * the ratings CSV through the real download (saved to test-results/exports/ratings.csv), and the
 * one-page progress update printed to PDF with Chromium (test-results/exports/progress-report.pdf),
 * which must be exactly one A4 page. Nothing may be requested outside the app's origin.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LAPTOP } from '../support/chromium.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { openScreen, openWithExampleData } from './support/navigation.mjs';
import { useAppUnderTest } from './support/suite.mjs';

const app = useAppUnderTest();
const exportDir = fileURLToPath(new URL('../../test-results/exports/', import.meta.url));

/** Pages in a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
function pdfPageCount(bytes) {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test(
  'the example delegate downloads the ratings CSV and prints a one-page progress update',
  { timeout: 120_000 },
  async () => {
    const context = await newAppContext(app.browser, { viewport: LAPTOP, acceptDownloads: true });
    const requests = recordRequests(context, app.server.baseUrl);
    const page = await context.newPage();
    try {
      await openWithExampleData(page, app.server.baseUrl);
      await openScreen(page, 'Progress');
      await page.getByRole('heading', { name: 'Share your progress' }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download ratings (CSV)' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'jordan-ellis-ratings.csv');
      await mkdir(exportDir, { recursive: true });
      const csvPath = `${exportDir}ratings.csv`;
      await download.saveAs(csvPath);
      const csv = await readFile(csvPath, 'utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'starts with a byte order mark for Excel');
      const lines = csv.slice(1).split('\r\n');
      assert.equal(
        lines[0],
        'Source,Person,Observed by,Week,Week starts,Week ends,Date,Area,Skill,Level,Level name,Note or evidence',
      );
      assert.ok(
        lines.some((line) => /^Self-rating,Jordan Ellis,,0,,,\d{2}\/\d{2}\/\d{4},/.test(line)),
        'a baseline self-rating (no week dates) with an en-GB date',
      );
      assert.ok(
        lines.some((line) =>
          /^Self-rating,Jordan Ellis,,[1-9]\d*,\d{2}\/\d{2}\/\d{4},\d{2}\/\d{2}\/\d{4},/.test(line),
        ),
        'a later self-rating with its week’s first and last days',
      );
      assert.ok(
        lines.some((line) => /^Observation,Priya Shah,/.test(line)),
        'an observation of a colleague',
      );
      assert.ok(lines.length > 40, `many rows, not ${lines.length}`);

      await page.getByRole('link', { name: 'Progress update for your coach' }).click();
      await page.getByRole('heading', { name: /^Progress update: Jordan Ellis/ }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/report');
      await screenshot(page, 'report');

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await writeFile(`${exportDir}progress-report.pdf`, pdf);
      assert.equal(pdfPageCount(pdf), 1, 'the progress update fits on one A4 page');

      assert.deepEqual(requests.outsideOrigin(), []);
    } finally {
      await context.close();
    }
  },
);
