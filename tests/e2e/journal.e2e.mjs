/**
 * The action-research journal in a real browser on the production build, on a phone-sized page: a
 * delegate (the example teacher) writes an enquiry, marks it effective with an impact rating, goes
 * offline, reloads and finds everything intact — in the editor, the list, the ranking and on the
 * skill card it targets. Every journal screen is checked with axe (light and dark) and photographed
 * at 390 and 1280 px wide.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAccessibility } from './support/axe.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { useAppUnderTest } from './support/suite.mjs';
import { openScreen, openWithExampleData } from './support/navigation.mjs';

const app = useAppUnderTest();

const FOCUS = 'Does a think-pair-share before answers get more pupils explaining their reasoning?';
const TECHNIQUE =
  'Thirty seconds thinking alone, a minute with a partner, then cold call pairs to explain.';
const EVIDENCE = 'Counted full-sentence explanations: 6 in the first lesson, 17 by the fourth.';
const HINGE_SKILL = 'Plans hinge questions that reveal misconceptions before moving on';

/** @param {import('playwright-core').Page} page */
function saveStatus(page) {
  return page.locator('.enquiry-savebar').getByRole('status');
}

/** @param {import('playwright-core').Page} page */
async function waitUntilSaved(page) {
  await eventually(async () =>
    assert.equal((await saveStatus(page).textContent())?.trim(), '✓Saved'),
  );
}

test(
  'a delegate writes an enquiry on a phone, marks it effective, and finds it all again offline',
  { timeout: 150_000 },
  async (t) => {
    const context = await newAppContext(app.browser);
    const requests = recordRequests(context, app.server.baseUrl);
    const page = await context.newPage();
    /** @type {string[]} */
    const failures = [];
    async function a11y(screen) {
      failures.push(...(await checkAccessibility(t, page, screen)));
    }

    try {
      await openWithExampleData(page, app.server.baseUrl);

      // The journal, with the example teacher's enquiries.
      await openScreen(page, 'Journal');
      await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
      const entries = page.getByRole('list', { name: 'Enquiries' });
      await entries.waitFor();
      assert.ok((await entries.getByRole('article').count()) >= 4, 'the example journal shows');
      await a11y('journal list');
      await screenshot(page, 'journal-list');

      await page.getByRole('link', { name: 'Most effective techniques' }).click();
      const ranking = page.getByRole('list', { name: 'Effective techniques, best first' });
      await ranking.waitFor();
      await page.getByText('What the impact ratings mean').click();
      await a11y('journal ranking');
      await screenshot(page, 'journal-ranked');

      // A new enquiry, written on the phone.
      await page.getByRole('link', { name: 'New enquiry' }).click();
      await page.getByRole('heading', { name: 'New enquiry', level: 1 }).waitFor();
      await page.getByLabel('Focus question').fill(FOCUS);
      await waitUntilSaved(page);
      assert.match(new URL(page.url()).search, /^\?entry=[0-9a-f-]{36}$/);
      const entryUrl = page.url();

      await page.getByLabel('Technique or change tried').fill(TECHNIQUE);
      await page.getByLabel('Find a skill').fill('hinge');
      await page.getByRole('checkbox', { name: HINGE_SKILL }).check();
      await page.getByLabel('Class or group').fill('Year 8 science');
      await page.getByLabel('First week').selectOption('8');
      await page.getByLabel('Last week').selectOption('10');
      await page.getByRole('radio', { name: 'Done' }).check();
      await page.getByLabel('Evidence gathered').fill(EVIDENCE);
      await page.getByRole('checkbox', { name: 'This technique was effective' }).check();
      await page.getByRole('radio', { name: /^3 · Clear/ }).check();
      await page.getByLabel('Reflection').fill('Pairs need a sentence starter at first.');
      await page.getByLabel('Reflection').blur();
      await waitUntilSaved(page);
      await a11y('journal editor');
      await screenshot(page, 'journal-editor');

      // Offline, reloaded: the enquiry is all there.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 15_000,
      });
      await context.setOffline(true);
      await page.goto(entryUrl);
      await page.getByRole('heading', { name: 'Enquiry', level: 1 }).waitFor();
      assert.equal(await page.getByLabel('Focus question').inputValue(), FOCUS);
      assert.equal(await page.getByLabel('Technique or change tried').inputValue(), TECHNIQUE);
      assert.equal(await page.getByLabel('Evidence gathered').inputValue(), EVIDENCE);
      assert.equal(await page.getByLabel('Class or group').inputValue(), 'Year 8 science');
      assert.equal(await page.getByLabel('First week').inputValue(), '8');
      assert.equal(await page.getByLabel('Last week').inputValue(), '10');
      assert.equal(await page.getByRole('radio', { name: 'Done' }).isChecked(), true);
      assert.equal(
        await page.getByRole('checkbox', { name: 'This technique was effective' }).isChecked(),
        true,
      );
      assert.equal(await page.getByRole('radio', { name: /^3 · Clear/ }).isChecked(), true);
      await page.getByRole('list', { name: 'Chosen skills' }).getByText(HINGE_SKILL).waitFor();

      // Typed offline, then the page closes before the pause is over: still saved.
      await page.getByLabel('What next').fill('Share with my Learning 3.');
      await page.reload();
      await page.getByRole('heading', { name: 'Enquiry', level: 1 }).waitFor();
      assert.equal(await page.getByLabel('What next').inputValue(), 'Share with my Learning 3.');

      await page.getByRole('link', { name: 'Done' }).click();
      await page.getByLabel('Search your journal').fill('THINK pair');
      await eventually(async () =>
        assert.equal(await entries.getByRole('article').count(), 1, 'search finds the enquiry'),
      );
      await entries.getByRole('link', { name: FOCUS }).waitFor();

      await page.getByRole('link', { name: 'Most effective techniques' }).click();
      await ranking.getByRole('link', { name: FOCUS }).waitFor();

      // The skill card links back to it.
      await openScreen(page, 'Audit');
      const card = page.getByRole('article', { name: HINGE_SKILL });
      await card.getByRole('link', { name: FOCUS }).waitFor();
      await card.getByRole('link', { name: /enquir(y|ies) targeting this skill/ }).click();
      await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
      await entries.getByRole('link', { name: FOCUS }).waitFor();

      // The dark scheme.
      await page.emulateMedia({ colorScheme: 'dark' });
      await a11y('journal list, dark');
      await entries.getByRole('link', { name: FOCUS }).click();
      await page.getByRole('heading', { name: 'Enquiry', level: 1 }).waitFor();
      await a11y('journal editor, dark');
      await screenshot(page, 'journal-editor-dark');
      await page.emulateMedia({ colorScheme: 'light' });

      assert.deepEqual(failures, [], 'no accessibility violations');
      assert.deepEqual(requests.outsideOrigin(), [], 'no request left the app’s origin');
    } finally {
      await context.close();
    }
  },
);
