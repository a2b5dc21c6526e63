/**
 * Editable frameworks, in a real browser on the production build: a delegate renames a skill, adds
 * one, archives one and rewrites a level descriptor, sees the audit follow, exports the framework
 * through a real download, and a colleague imports the file in a second, fresh browser, which
 * updates their copy of the same framework instead of adding a second one. Offline, after a reload,
 * everything is still there. The editor is checked with axe and photographed at 390 and 1280 px.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkAccessibility } from './support/axe.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { useAppUnderTest } from './support/suite.mjs';
import { openScreen } from './support/navigation.mjs';

const app = useAppUnderTest();

const RENAMED = 'Plans every lesson around one precise goal and checks it at the end';
const ADDED = 'Uses mini whiteboards so every pupil answers';
const DESCRIPTOR = 'I use the skill in most lessons; it still slips with harder classes.';

function localDateDaysAgo(days) {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function startsWith(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** @param {import('playwright-core').Page} page */
async function dismissOfflineReadyNotice(page) {
  const notice = page.getByRole('status').filter({ hasText: 'Trellis is ready to work offline.' });
  await notice.waitFor({ timeout: 15_000 });
  await notice.getByRole('button', { name: 'OK' }).click();
  await notice.waitFor({ state: 'detached' });
}

/** First-run set-up of an OTP Plus programme that started 14 days ago. */
async function setUpOtpPlus(page, name) {
  await page.goto(app.server.baseUrl);
  await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor();
  await dismissOfflineReadyNotice(page);
  await page.getByRole('button', { name: 'Set up my programme' }).click();
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('radio', { name: startsWith('OTP Plus') }).check();
  await page.getByLabel('Start date').fill(localDateDaysAgo(14));
  await page.getByLabel('Length in weeks').fill('10');
  await page.getByRole('button', { name: 'Start my programme' }).click();
  await page.getByRole('article').first().waitFor();
}

/** @param {import('playwright-core').Page} page */
async function openEditorFromProgramme(page) {
  await openScreen(page, 'Programme');
  await page.getByRole('link', { name: 'Edit framework' }).click();
  await page.getByRole('heading', { name: /About this framework/ }).waitFor();
}

/** @param {import('playwright-core').Page} page */
function area(page, number) {
  return page.getByRole('region', { name: new RegExp(`^Area ${number}\\b`) });
}

test(
  'a delegate edits the framework, the audit follows, and the file carries it to a colleague',
  { timeout: 180_000 },
  async (t) => {
    const downloadDir = await mkdtemp(join(tmpdir(), 'trellis-framework-'));
    const context = await newAppContext(app.browser, { acceptDownloads: true });
    const requests = recordRequests(context, app.server.baseUrl);
    const page = await context.newPage();
    /** @type {string[]} */
    const violations = [];
    async function a11y(target, screen) {
      violations.push(...(await checkAccessibility(t, target, screen)));
    }
    let originalSecond = '';
    let filePath = '';

    try {
      await t.test('set up, and rate the second skill so it has a history', async () => {
        await setUpOtpPlus(page, 'Sam Patel');
        const second = page.getByRole('article').nth(1);
        originalSecond = ((await second.getByRole('heading').textContent()) ?? '').trim();
        await second.getByRole('radio', { name: startsWith('Secure') }).check();
        await second.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      });

      await t.test('edit: rename, add, archive, and change a level descriptor', async () => {
        await openEditorFromProgramme(page);
        const first = area(page, 1);
        const skill1 = first.getByLabel('Skill 1', { exact: true });
        await skill1.fill(RENAMED);
        await skill1.blur();
        await first.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();

        await first.getByLabel(/^New skill in /).fill(ADDED);
        await first.getByRole('button', { name: 'Add skill' }).click();
        await eventually(async () => {
          const values = await first
            .locator('.fw-skill textarea')
            .evaluateAll((fields) => fields.map((field) => field.value));
          assert.equal(values.at(-1), ADDED, 'the new skill ends the area');
        });

        const archive = first.getByRole('button', { name: /^Archive skill 2 in / });
        await archive.click();
        await first
          .getByText('Archived: hidden from new audits; its 1 rating stays in your charts.', {
            exact: false,
          })
          .waitFor();

        const scale = page.getByRole('region', { name: 'Rating scale' });
        await scale.getByLabel('Level 2 descriptor').fill(DESCRIPTOR);
        await scale.getByRole('button', { name: 'Save scale' }).click();
        await scale.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

        // A scale that would strand the Secure rating cannot be saved.
        await scale.getByLabel('Number of levels').selectOption('2');
        await scale.getByRole('alert').filter({ hasText: '1 rating is at level 3' }).waitFor();
        assert.equal(await scale.getByRole('button', { name: 'Save scale' }).isDisabled(), true);
        await scale.getByRole('button', { name: 'Discard changes' }).click();

        await a11y(page, 'framework editor');
        await screenshot(page, 'framework-editor');
        await page.emulateMedia({ colorScheme: 'dark' });
        await a11y(page, 'framework editor, dark');
        await screenshot(page, 'framework-editor-dark');
        await page.emulateMedia({ colorScheme: 'light' });
      });

      await t.test('the audit reflects the edits', async () => {
        await openScreen(page, 'Audit');
        const headings = page.getByRole('article').getByRole('heading', { level: 3 });
        await headings.first().waitFor();
        // The audit draws its first cards at once and the rest straight after.
        await page.getByRole('heading', { level: 3, name: ADDED }).waitFor();
        const statements = (await headings.allTextContents()).map((text) => text.trim());
        assert.equal(statements[0], RENAMED, 'the renamed skill leads the audit');
        assert.ok(statements.includes(ADDED), 'the added skill is offered');
        assert.ok(!statements.includes(originalSecond), 'the archived skill is hidden');
        // The scale's descriptors are one tap away on every card.
        const firstCard = page.getByRole('article').first();
        await firstCard.getByRole('button', { name: 'What do the levels mean?' }).click();
        await firstCard.getByRole('definition').filter({ hasText: DESCRIPTOR }).waitFor();
      });

      await t.test('export downloads a framework file', async () => {
        await openEditorFromProgramme(page);
        const downloading = page.waitForEvent('download');
        await page.getByRole('button', { name: /^Export/ }).click();
        const download = await downloading;
        assert.equal(
          download.suggestedFilename(),
          'OTP Plus teaching audit.trellis-framework.json',
        );
        filePath = join(downloadDir, download.suggestedFilename());
        await download.saveAs(filePath);
        const file = JSON.parse(await readFile(filePath, 'utf8'));
        assert.equal(file.type, 'trellis-framework');
        assert.equal(file.data.areas[0].skills[0].statement, RENAMED);
      });
    } finally {
      assert.deepEqual(requests.outsideOrigin(), [], 'no request leaves the origin');
      await context.close();
    }

    const colleague = await newAppContext(app.browser);
    const colleagueRequests = recordRequests(colleague, app.server.baseUrl);
    const other = await colleague.newPage();
    try {
      await t.test(
        'a colleague imports it: a preview, then an update, not a duplicate',
        async () => {
          await setUpOtpPlus(other, 'Alex Morgan');
          await openScreen(other, 'Settings');
          await other.getByRole('link', { name: 'Edit framework' }).click();
          await other.getByLabel('Import a framework file').setInputFiles(filePath);
          await other
            .getByText(
              'Updates “OTP Plus teaching audit”: adds 1 skill, renames 1, archives 1, changes the scale.',
            )
            .waitFor();
          await a11y(other, 'framework import preview');
          await screenshot(other, 'framework-editor-import');
          await other.getByRole('button', { name: 'Import', exact: true }).click();
          await other.getByText('Updated "OTP Plus teaching audit" to version').waitFor();
          assert.equal(
            await other.getByLabel('Framework to edit').count(),
            0,
            'still one framework: the file updated it',
          );
          await openScreen(other, 'Audit');
          await other.getByRole('heading', { name: RENAMED }).waitFor();
        },
      );

      await t.test('offline, after a reload, everything is still there', async () => {
        await other.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
          timeout: 15_000,
        });
        await colleague.setOffline(true);
        await other.reload();
        await other.getByRole('heading', { name: RENAMED }).waitFor();
        await other.getByRole('heading', { name: ADDED }).waitFor();
        await openEditorFromProgramme(other);
        assert.equal(
          await area(other, 1).getByLabel('Skill 1', { exact: true }).inputValue(),
          RENAMED,
        );
        assert.equal(
          await other
            .getByRole('region', { name: 'Rating scale' })
            .getByLabel('Level 2 descriptor')
            .inputValue(),
          DESCRIPTOR,
        );
        await colleague.setOffline(false);
      });
    } finally {
      assert.deepEqual(colleagueRequests.outsideOrigin(), [], 'no request leaves the origin');
      await colleague.close();
    }
    assert.deepEqual(violations, [], 'no accessibility violations');
  },
);
