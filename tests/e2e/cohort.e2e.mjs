/**
 * The facilitator's cohort view across four devices, in a real browser on the production build.
 * Three delegates (each their own browser context, on a phone) share a progress snapshot as a
 * file: Jordan from the example data, with a journal, a trio and a 360° review; Priya and Tom from
 * programmes they set up and rated. The facilitator (a laptop, its own context) sets up a
 * facilitator profile and a cohort, goes OFFLINE, and opens the three files at once with a fourth,
 * damaged copy: the damaged file gets its own message and the others load. The dashboard, one
 * delegate's detail, the CSV and the deck are checked. No request leaves the origin; axe checks
 * each new screen; screenshots are cohort-*-390.png / -1280.png.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { checkAccessibility } from './support/axe.mjs';
import { LAPTOP, PHONE } from '../support/chromium.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { useAppUnderTest } from './support/suite.mjs';

const app = useAppUnderTest();
const exportsDir = fileURLToPath(new URL('../../test-results/exports/', import.meta.url));

/** @param {import('playwright-core').Page} page */
async function dismissOfflineReadyNotice(page) {
  const notice = page.getByRole('status').filter({ hasText: 'Trellis is ready to work offline.' });
  await notice.waitFor({ timeout: 30_000 });
  await notice.getByRole('button', { name: 'OK' }).click();
  await notice.waitFor({ state: 'detached' });
}

function localDateDaysAgo(days) {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** @param {import('playwright-core').Page} page @param {string} week */
async function chooseAuditWeek(page, week) {
  const select = page.getByRole('combobox', { name: 'Week', exact: true });
  await select.selectOption(week);
  await eventually(async () => assert.equal(await select.inputValue(), week));
}

/** Rates the first `count` skills at the given level (radio index) in the chosen week. */
async function rateFirstSkills(page, count, levelIndex) {
  for (let index = 0; index < count; index += 1) {
    const card = page.getByRole('article').nth(index);
    const radio = card.getByRole('radio').nth(levelIndex);
    await radio.check();
    await card.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  }
}

/**
 * A delegate sets up their own programme and rates the first skills at the baseline and in week 3.
 * @param {import('playwright-core').Page} page @param {string} name @param {number} rise
 */
async function delegateWithOwnProgramme(page, name, rise) {
  await page.getByRole('button', { name: 'Set up my programme' }).click();
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('radio', { name: /^OTP Plus/ }).check();
  await page.getByLabel('Start date').fill(localDateDaysAgo(14));
  await page.getByLabel('Length in weeks').fill('10');
  await page.getByRole('button', { name: 'Start my programme' }).click();
  await page.getByRole('article').first().waitFor();
  await chooseAuditWeek(page, '0');
  await rateFirstSkills(page, 3, 0);
  await chooseAuditWeek(page, '3');
  await rateFirstSkills(page, 3, rise);
}

/**
 * From Progress, "Share with my facilitator": the preview, then the file saved through a real
 * download. Returns the file's name and text.
 * @param {import('playwright-core').Page} page
 */
async function shareSnapshotFile(page) {
  await page.goto(`${app.server.baseUrl}/progress`);
  await page.getByRole('link', { name: 'Share with my facilitator' }).click();
  await page.getByRole('heading', { name: 'Exactly what goes' }).waitFor();
  await page.getByRole('button', { name: 'Save as a file' }).waitFor();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as a file' }).click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/**
 * At phone width nothing may stick out sideways: the page would scroll left and right.
 * @param {import('playwright-core').Page} page @param {string} screen
 */
async function assertFitsPhone(page, screen) {
  const original = page.viewportSize();
  await page.setViewportSize(PHONE);
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // What sticks out, outermost first (a wide table inside its scrolling box does not).
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
  if (original) await page.setViewportSize(original);
  assert.deepEqual(wide, [], `${screen} fits a 390 px phone`);
}

test(
  'three delegates share snapshots and a facilitator opens them offline, one file damaged',
  { timeout: 300_000 },
  async (t) => {
    await mkdir(exportsDir, { recursive: true });
    const facilitatorContext = await newAppContext(app.browser, {
      viewport: LAPTOP,
      acceptDownloads: true,
    });
    const delegateContexts = await Promise.all(
      [0, 1, 2].map(() => newAppContext(app.browser, { acceptDownloads: true })),
    );
    const requests = [facilitatorContext, ...delegateContexts].map((context) =>
      recordRequests(context, app.server.baseUrl),
    );
    /** @type {string[]} */
    const a11yFailures = [];
    async function checkA11y(page, screen) {
      a11yFailures.push(...(await checkAccessibility(t, page, screen)));
    }

    try {
      // The facilitator: a facilitator profile and a cohort of four names, online once.
      const facilitator = await facilitatorContext.newPage();
      await facilitator.goto(`${app.server.baseUrl}/`);
      await dismissOfflineReadyNotice(facilitator);
      await facilitator.getByRole('link', { name: 'I’m a facilitator' }).click();
      await facilitator.getByRole('heading', { name: 'See where your cohort stands' }).waitFor();
      await checkA11y(facilitator, 'facilitator set-up');
      await facilitator.getByLabel('Your name').fill('Fran Okoye');
      await facilitator.getByRole('button', { name: 'Set up as a facilitator' }).click();
      await facilitator.getByRole('heading', { name: 'Your cohorts' }).waitFor();
      await facilitator.getByLabel('Programme').fill('OTP Plus — autumn cohort');
      await facilitator.getByLabel('Starts').fill(localDateDaysAgo(14));
      await facilitator.getByLabel('Ends').fill(localDateDaysAgo(-70));
      await facilitator
        .getByLabel('Delegates’ names')
        .fill('Jordan Ellis\nPriya Shah\nTom O’Neill\nDee Adams');
      await checkA11y(facilitator, 'cohort list');
      await screenshot(facilitator, 'cohort-list');
      await facilitator.getByRole('button', { name: 'Make the cohort' }).click();
      await facilitator.getByRole('heading', { name: 'OTP Plus — autumn cohort' }).waitFor();
      await facilitator.getByText('0 of 4 on your list have shared; 4 not yet.').waitFor();
      const cohortUrl = facilitator.url();

      // Three delegates, each on their own phone.
      const files = [];
      const [jordanContext, priyaContext, tomContext] = delegateContexts;
      const jordan = await jordanContext.newPage();
      await jordan.goto(app.server.baseUrl);
      await dismissOfflineReadyNotice(jordan);
      await jordan.getByRole('button', { name: 'Try it with example data' }).click();
      await jordan.getByRole('navigation', { name: 'Main' }).waitFor();
      await jordan.goto(`${app.server.baseUrl}/progress`);
      await jordan.getByRole('link', { name: 'Share with my facilitator' }).click();
      await jordan.getByRole('heading', { name: 'Exactly what goes' }).waitFor();
      await jordan.getByRole('checkbox', { name: /360° review/ }).check();
      await jordan.getByRole('heading', { name: '360° review' }).waitFor();
      const preview = await jordan.locator('.share-snapshot-preview').innerText();
      assert.match(preview, /Colleague A/, 'colleagues are anonymised unless chosen');
      assert.doesNotMatch(preview, /Priya Shah/, 'no colleague’s name goes by default');
      assert.ok(
        await jordan.getByRole('textbox', { name: 'Link for your facilitator' }).inputValue(),
        'a link is offered too',
      );
      await checkA11y(jordan, 'share with my facilitator');
      await screenshot(jordan, 'cohort-share');
      await assertFitsPhone(jordan, 'the share screen');
      const downloading = jordan.waitForEvent('download');
      await jordan.getByRole('button', { name: 'Save as a file' }).click();
      const download = await downloading;
      files.push({
        name: download.suggestedFilename(),
        text: await readFile(await download.path(), 'utf8'),
      });
      assert.match(files[0].name, /^jordan-ellis-progress\.trellis-snapshot\.json$/);
      const shared = JSON.parse(files[0].text);
      assert.equal(shared.type, 'trellis-progress-snapshot');
      assert.ok(shared.data.review, 'the 360° figures go when chosen');
      const keys = new Set();
      JSON.parse(files[0].text, (key, value) => (keys.add(key), value));
      for (const privateField of ['note', 'evidence', 'reflection', 'context', 'comments']) {
        assert.ok(!keys.has(privateField), `no ${privateField} ever goes`);
      }

      for (const [context, name, rise] of [
        [priyaContext, 'Priya Shah', 2],
        [tomContext, 'Tom O’Neill', 1],
      ]) {
        const page = await context.newPage();
        await page.goto(app.server.baseUrl);
        await dismissOfflineReadyNotice(page);
        await delegateWithOwnProgramme(page, name, rise);
        files.push(await shareSnapshotFile(page));
      }
      for (const file of files) await writeFile(`${exportsDir}${file.name}`, file.text);

      // The facilitator, offline, opens all three and a damaged copy of Tom's at once.
      await facilitatorContext.setOffline(true);
      await facilitator.goto(cohortUrl);
      await facilitator.getByRole('heading', { name: 'OTP Plus — autumn cohort' }).waitFor();
      const damaged = files[2].text.replace('"level":2', '"level":3');
      assert.notEqual(damaged, files[2].text, 'the copy was changed');
      await facilitator.locator('input[type="file"]').setInputFiles([
        ...files.map((file) => ({
          name: file.name,
          mimeType: 'application/json',
          buffer: Buffer.from(file.text),
        })),
        { name: 'tom-copy.json', mimeType: 'application/json', buffer: Buffer.from(damaged) },
      ]);
      await facilitator.getByText('4 files opened: 3 added or updated, 1 refused.').waitFor({
        timeout: 60_000,
      });
      const refused = await facilitator.getByRole('list', { name: 'Files refused' }).innerText();
      assert.match(refused, /tom-copy\.json/);
      assert.match(refused, /checksum does not match/);
      await facilitator.getByText('3 of 4 on your list have shared; 1 not yet.').waitFor();
      const people = await facilitator.getByRole('list', { name: 'Delegates' }).innerText();
      assert.match(people, /Dee Adams\s+Not shared yet/);
      await facilitator.getByRole('table', { name: /Cohort area averages/ }).waitFor();
      assert.match(
        await facilitator
          .getByRole('heading', { name: 'Skills that moved most and least' })
          .innerText(),
        /moved/,
      );
      await checkA11y(facilitator, 'cohort dashboard');
      await screenshot(facilitator, 'cohort-dashboard');
      await assertFitsPhone(facilitator, 'the cohort dashboard');

      await facilitator.getByRole('button', { name: 'Priya Shah' }).click();
      await facilitator.getByRole('heading', { name: 'Priya Shah', level: 2 }).waitFor();
      await checkA11y(facilitator, 'delegate detail');
      await screenshot(facilitator, 'cohort-delegate');

      // The CSV: one row per delegate × skill × week.
      const csvDownload = facilitator.waitForEvent('download');
      await facilitator.getByRole('button', { name: 'Download the cohort (CSV)' }).click();
      const csvText = await readFile(await (await csvDownload).path(), 'utf8');
      await writeFile(`${exportsDir}cohort.csv`, csvText);
      const lines = csvText
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      assert.equal(
        lines[0],
        'Delegate,Shared on,Framework,Week,Area,Skill id,Skill,Level,Level name,Target',
      );
      for (const name of ['Jordan Ellis', 'Priya Shah', 'Tom O’Neill']) {
        assert.ok(
          lines.some((line) => line.startsWith(`${name},`)),
          `${name} has rows`,
        );
      }
      const priyaWeeks = new Set(
        lines.filter((line) => line.startsWith('Priya Shah,')).map((line) => line.split(',')[3]),
      );
      assert.deepEqual([...priyaWeeks].sort(), ['0', '3']);

      // The deck: a real PowerPoint file, no delegate named in it.
      const deckDownload = facilitator.waitForEvent('download');
      await facilitator
        .getByRole('button', { name: 'Download the cohort deck (PowerPoint)' })
        .click();
      const deckPath = `${exportsDir}cohort.pptx`;
      await (await deckDownload).saveAs(deckPath);
      const zip = unzipSync(new Uint8Array(await readFile(deckPath)));
      const slides = Object.keys(zip).filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path));
      assert.ok(slides.length >= 5, `${slides.length} slides`);
      const deckText = slides.map((path) => strFromU8(zip[path])).join('\n');
      assert.match(deckText, /3 of 4 delegates shared their progress/);
      for (const name of ['Jordan Ellis', 'Priya Shah', 'Tom']) {
        assert.doesNotMatch(deckText, new RegExp(name), `${name} is not named in the deck`);
      }

      for (const recorded of requests) assert.deepEqual(recorded.outsideOrigin(), []);
      assert.deepEqual(a11yFailures, []);
    } finally {
      await facilitatorContext.close();
      await Promise.all(delegateContexts.map((context) => context.close()));
    }
  },
);
