/**
 * The weekly re-rate on a phone, by touch, in a real browser on the production build: the example
 * delegate (OTP Plus, 33 skills, last rated in Week 9) re-rates Week 10 at 390 px. The audit page
 * must be at most 15,000 px tall; the re-rate — a new level for the skills that changed, "Same as
 * Week N" for the rest of each area — must take at most 45 taps and no more than one scroll
 * gesture per skill; then Progress shows Week 10. axe runs in light and dark; screenshots are
 * rerate-*-390.png / -1280.png.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessibilityLog } from './support/axe.mjs';
import { newAppContext, recordRequests, screenshot, settle } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { openScreen, openWithExampleData, waitForProgressDrawn } from './support/navigation.mjs';
import { useAppUnderTest } from './support/suite.mjs';

const app = useAppUnderTest();

const SKILLS = 33;
const MAX_PAGE_HEIGHT = 15_000;
const MAX_TAPS = 45;

/**
 * Touch, counted: every tap, and every scroll gesture (a scroll made to bring something into view
 * when it was not fully on screen between the sticky header and the bottom navigation).
 * @param {import('playwright-core').Page} page
 */
function countedTouch(page) {
  const counts = { taps: 0, gestures: 0 };
  return {
    counts,
    /** @param {import('playwright-core').Locator} locator */
    async tap(locator) {
      await this.reach(locator);
      await locator.tap();
      counts.taps += 1;
    },
    /** @param {import('playwright-core').Locator} locator */
    async reach(locator) {
      const isOnScreen = await locator.evaluate((element) => {
        const header = document.querySelector('header.app-header, .app-header');
        const nav = document.querySelector('nav[aria-label="Main"]');
        const top = header ? header.getBoundingClientRect().bottom : 0;
        const navTop = nav ? nav.getBoundingClientRect().top : window.innerHeight;
        const bottom = navTop > top + 100 ? navTop : window.innerHeight;
        const box = element.getBoundingClientRect();
        return box.top >= top && box.bottom <= bottom;
      });
      if (isOnScreen) return;
      // One swipe: the element ends up near the top, under the sticky header.
      await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      counts.gestures += 1;
      await settle(page);
    },
  };
}

/** The level to move a skill to: one up, or one down from the top. */
function changedLevel(carried) {
  return carried >= 4 ? 3 : carried + 1;
}

test('a delegate re-rates every skill on a phone by touch', { timeout: 240_000 }, async (t) => {
  const context = await newAppContext(app.browser, { hasTouch: true, isMobile: true });
  const requests = recordRequests(context, app.server.baseUrl);
  const a11y = accessibilityLog(t);
  try {
    const page = await context.newPage();
    await openWithExampleData(page, app.server.baseUrl);
    await page.getByText('0 of 33').waitFor();
    await eventually(async () => assert.equal(await page.getByRole('article').count(), SKILLS));
    await settle(page);

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    t.diagnostic(`audit page height at 390 px: ${height} px (at most ${MAX_PAGE_HEIGHT})`);
    assert.ok(height <= MAX_PAGE_HEIGHT, `the audit is ${height} px tall`);
    await a11y.check(page, 'audit, compact');
    await screenshot(page, 'rerate-audit');
    await page.emulateMedia({ colorScheme: 'dark' });
    await a11y.check(page, 'audit, compact, dark');
    await screenshot(page, 'rerate-audit-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);

    const touch = countedTouch(page);
    const areas = page.locator('section.audit-area');
    const areaCount = await areas.count();
    let changed = 0;
    for (let areaIndex = 0; areaIndex < areaCount; areaIndex += 1) {
      const area = areas.nth(areaIndex);
      const cards = area.getByRole('article');
      const cardCount = await cards.count();
      // Every third skill moved this fortnight; the rest stayed where they were.
      for (let cardIndex = 0; cardIndex < cardCount; cardIndex += 3) {
        const card = cards.nth(cardIndex);
        const carried = Number(
          await card.locator('.rate-level[data-carried="true"] input').getAttribute('value'),
        );
        const level = card.locator(`.rate-level:has(input[value="${changedLevel(carried)}"])`);
        await touch.tap(level);
        await eventually(async () =>
          assert.equal(
            await card.locator('input:checked').getAttribute('value'),
            `${changedLevel(carried)}`,
          ),
        );
        changed += 1;
      }
      const confirm = area.getByRole('button', { name: /^Same as/ });
      await touch.tap(confirm);
      await area.getByText(/rated for Week 10 as/).waitFor();
      if (areaIndex === 0) {
        await a11y.check(page, 'audit, an area confirmed');
        await screenshot(page, 'rerate-area-confirmed');
      }
    }

    await page.getByText('33 of 33').waitFor();
    const { taps, gestures } = touch.counts;
    t.diagnostic(
      `re-rate of ${SKILLS} skills (${changed} changed): ${taps} taps, ${gestures} scroll gestures`,
    );
    assert.ok(taps <= MAX_TAPS, `${taps} taps`);
    assert.ok(gestures <= SKILLS, `${gestures} scroll gestures`);
    const chips = page.getByRole('navigation', { name: 'Areas' }).getByRole('link');
    for (let index = 0; index < (await chips.count()); index += 1) {
      assert.match((await chips.nth(index).textContent()) ?? '', /✓ (\d+)\/\1/);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'rerate-done');

    await openScreen(page, 'Progress');
    await waitForProgressDrawn(page);
    // The area averages gain a Week 10 column: the re-rate is on the dashboard.
    await eventually(async () =>
      assert.ok((await page.locator('th abbr[title="Week 10"]').count()) > 0, 'Week 10 shown'),
    );
    assert.deepEqual(requests.outsideOrigin(), []);
    a11y.assertNone();
  } finally {
    await context.close();
  }
});
