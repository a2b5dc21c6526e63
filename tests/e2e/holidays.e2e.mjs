/**
 * A programme that pauses for Christmas, in a real browser on the production build. The device's
 * clock is set to Monday 28 December 2026, in the holidays: a delegate sets up ten teaching weeks
 * from Monday 9 November, adds the usual Christmas holidays the set-up offers, sees the header say
 * where the programme stands, rates in week 6 (before the break) and week 7 (after it), and finds
 * the progress charts running from week 6 straight to week 7 — no holiday gap. Photographed at 390
 * and 1280 px wide.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAccessibility } from './support/axe.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { useAppUnderTest } from './support/suite.mjs';
import { openScreen, waitForProgressDrawn } from './support/navigation.mjs';

const app = useAppUnderTest();

/** Anchored "starts with" for accessible names that carry a description after the label. */
function startsWith(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/**
 * @param {import('playwright-core').Locator} card
 * @param {string} levelLabel
 */
async function rate(card, levelLabel) {
  const radio = card.getByRole('radio', { name: startsWith(levelLabel) });
  await radio.check();
  await eventually(async () => assert.equal(await radio.isChecked(), true));
  await card.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} week
 */
async function chooseAuditWeek(page, week) {
  const select = page.getByRole('combobox', { name: 'Week', exact: true });
  await select.selectOption(week);
  await eventually(async () => assert.equal(await select.inputValue(), week));
}

test(
  'a programme over Christmas: weeks skip the holidays and the charts have no gap',
  { timeout: 150_000 },
  async (t) => {
    const context = await newAppContext(app.browser);
    const requests = recordRequests(context, app.server.baseUrl);
    const page = await context.newPage();
    // Local time on the device: the Monday between Christmas and New Year.
    await page.clock.setFixedTime(new Date(2026, 11, 28, 10, 0));
    /** @type {string[]} */
    const failures = [];

    try {
      await page.goto(app.server.baseUrl);
      const notice = page
        .getByRole('status')
        .filter({ hasText: 'Trellis is ready to work offline.' });
      await notice.waitFor({ timeout: 15_000 });
      await notice.getByRole('button', { name: 'OK' }).click();

      // Set-up: OTP Plus from Monday 9 November, paused for the usual Christmas holidays.
      await page.getByRole('button', { name: 'Set up my programme' }).click();
      await page.getByLabel('Your name', { exact: true }).fill('Sam Patel');
      await page.getByRole('radio', { name: startsWith('OTP Plus') }).check();
      await page.getByLabel('Start date').fill('2026-11-09');
      await page.getByLabel('Length in weeks').fill('10');
      await page.getByText('Today is in week 8 of 10').waitFor();
      await page.getByRole('radio', { name: 'Yes, it pauses' }).check();
      await page.getByText(/not your school’s/).waitFor();
      await screenshot(page, 'holidays-suggestions');
      await page.getByRole('button', { name: 'Add Christmas holidays' }).click();
      const christmas = page.getByRole('group', { name: 'Christmas holidays' });
      assert.equal(await christmas.getByLabel('First day').inputValue(), '2026-12-19');
      assert.equal(await christmas.getByLabel('Last day').inputValue(), '2027-01-03');
      await page
        .getByText('Today is in the break “Christmas holidays”; week 7 starts on Mon, 4 Jan 2027.')
        .waitFor();
      await page.getByText('Your programme ends on Sun, 31 Jan 2027.').first().waitFor();
      failures.push(...(await checkAccessibility(t, page, 'set-up with breaks')));
      await screenshot(page, 'holidays-setup');
      await page.getByRole('button', { name: 'Start my programme' }).click();

      // The header says where the programme stands: in the holidays, and when week 7 starts.
      await page
        .locator('.week-chip')
        .filter({ hasText: 'Christmas holidays — Week 7 starts on Mon 4 Jan' })
        .waitFor();
      await page
        .getByText(/Today is in the Christmas holidays, which is not a programme week/)
        .waitFor();
      failures.push(...(await checkAccessibility(t, page, 'audit in the holidays')));
      await screenshot(page, 'holidays-audit');

      // Week 7 is offered straight after week 6, with its date after the break.
      const week = page.getByRole('combobox', { name: 'Week', exact: true });
      const options = await week.locator('option').allTextContents();
      assert.deepEqual(options.slice(6, 9), [
        'Week 6 · from 14 Dec (this week)',
        'Christmas holidays · 19 Dec – 3 Jan',
        'Week 7 · from 4 Jan',
      ]);

      const cards = page.getByRole('article');
      await chooseAuditWeek(page, '0');
      await rate(cards.nth(0), 'Emerging');
      await rate(cards.nth(1), 'Emerging');
      await chooseAuditWeek(page, '6');
      await rate(cards.nth(0), 'Developing');
      await rate(cards.nth(1), 'Developing');
      await chooseAuditWeek(page, '7');
      await page.getByText('Week 7 starts on Mon, 4 Jan 2027.', { exact: false }).waitFor();
      await rate(cards.nth(0), 'Secure');
      await rate(cards.nth(1), 'Secure');

      // Progress up to week 7: the weeks run Baseline … Week 6, Week 7 — no holiday in between.
      await openScreen(page, 'Progress');
      await page.getByRole('combobox', { name: 'Show progress up to' }).selectOption('7');
      await waitForProgressDrawn(page);
      failures.push(...(await checkAccessibility(t, page, 'progress over Christmas')));
      await screenshot(page, 'holidays-progress');
      const averages = page.getByRole('region', { name: 'Area averages by week' });
      await averages.getByRole('button', { name: 'Show as table' }).click();
      const table = averages.getByRole('table');
      await table.getByRole('columnheader', { name: 'Week 7' }).waitFor();
      // Each week's header reads "W6" on screen and "Week 6" to a screen reader.
      const headers = (await table.getByRole('columnheader').allTextContents()).map(
        (text) => text.match(/(Baseline|Week \d+)$/)?.[1] ?? text.trim(),
      );
      assert.deepEqual(headers, [
        'Area',
        'Baseline',
        ...Array.from({ length: 7 }, (_, index) => `Week ${index + 1}`),
      ]);
      const cells = (await table.getByRole('row').nth(1).getByRole('cell').allTextContents()).map(
        (text) => Number.parseFloat(text),
      );
      // Cells after the row header: the baseline, then weeks 1 to 7; week 7 follows week 6.
      assert.deepEqual([cells[0], cells[6], cells[7]], [1, 2, 3]);
      await screenshot(page, 'holidays-progress-table');

      // The Programme screen: the break between week 6 and week 7, and its editor.
      await openScreen(page, 'Programme');
      await page.getByRole('heading', { name: 'Week by week' }).waitFor();
      const labels = (
        await page.locator('.programme-weeks .programme-week-label strong').allTextContents()
      ).map((text) => text.trim());
      assert.deepEqual(labels.slice(5, 8), ['Week 6', 'Christmas holidays', 'Week 7']);
      failures.push(...(await checkAccessibility(t, page, 'programme with a break')));
      await screenshot(page, 'holidays-programme');

      assert.deepEqual(requests.outsideOrigin(), []);
      assert.deepEqual(failures, []);
    } finally {
      await context.close();
    }
  },
);
