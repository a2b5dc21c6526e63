/**
 * Coaching from a logged session to a verification no one can forge, in a real browser on the
 * production build, with two contexts: the delegate's device and the coach's. The coach sets up
 * and sends their link; the delegate adds the coach, logs a session with an action and asks for a
 * verification; the coach, OFFLINE, opens the request, confirms with a comment and sends back the
 * signed answer; the delegate's Trellis checks it ("Verified by …"), refuses a tampered copy, and
 * after an edit shows "changed since it was verified". Screenshots are coaching-*-390/1280.png,
 * light and dark.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE } from '../support/chromium.mjs';
import { accessibilityLog } from './support/axe.mjs';
import { newAppContext, recordRequests, screenshot, settle } from './support/browser.mjs';
import { useAppUnderTest } from './support/suite.mjs';

const app = useAppUnderTest();

const DELEGATE = 'Sam Patel';
const COACH = 'Dr Ruth Adeyemi';

/** @param {import('playwright-core').Page} page */
async function dismissOfflineReadyNotice(page) {
  const notice = page.getByRole('status').filter({ hasText: 'Trellis is ready to work offline.' });
  await notice.waitFor({ timeout: 15_000 });
  await notice.getByRole('button', { name: 'OK' }).click();
  await notice.waitFor({ state: 'detached' });
}

/** Light and dark, at 390 and 1280 px; a phone never scrolls sideways. */
async function shots(page, name) {
  await page.setViewportSize(PHONE);
  await settle(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${name} is ${width.toString()} px wide on a phone`);
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshot(page, `coaching-${name}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, `coaching-${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

test(
  'a coaching session is verified by the coach, offline, and shows when changed since',
  { timeout: 180_000 },
  async () => {
    const origin = app.server.baseUrl;
    const coachContext = await newAppContext(app.browser);
    const delegateContext = await newAppContext(app.browser);
    const requests = [
      recordRequests(coachContext, origin),
      recordRequests(delegateContext, origin),
    ];
    try {
      // 1. The coach sets up on their own device and reads their link.
      const coach = await coachContext.newPage();
      coach.setDefaultTimeout(20_000);
      await coach.goto(`${origin}/coaching`);
      await dismissOfflineReadyNotice(coach);
      await coach.getByLabel('Your name').fill(COACH);
      await coach.getByRole('button', { name: 'Set up as a coach' }).click();
      const coachLinkField = coach.getByLabel('Your coach link');
      await coachLinkField.waitFor();
      const coachLink = await coachLinkField.inputValue();

      // 2. The delegate sets up and adds the coach from the link.
      const delegate = await delegateContext.newPage();
      delegate.setDefaultTimeout(20_000);
      await delegate.goto(origin);
      await dismissOfflineReadyNotice(delegate);
      await delegate.getByRole('button', { name: 'Set up my programme' }).click();
      await delegate.getByLabel('Your name', { exact: true }).fill(DELEGATE);
      await delegate.getByRole('button', { name: 'Start my programme' }).click();
      await delegate.getByRole('navigation', { name: 'Main' }).waitFor();
      await delegate.goto(coachLink);
      await delegate.getByRole('button', { name: `Add ${COACH} as your coach` }).click();
      await delegate.waitForURL(/\/360/);

      // 3. A session with notes, a private note and an agreed action.
      await delegate.goto(`${origin}/progress`);
      await delegate.getByRole('link', { name: 'Log a coaching session' }).click();
      await delegate.getByRole('heading', { name: 'Coaching', level: 1 }).waitFor();
      await delegate.getByRole('button', { name: 'Log a session' }).click();
      await delegate.getByRole('heading', { name: `Coaching with ${COACH}`, level: 1 }).waitFor();
      await delegate.getByLabel('Start time').fill('16:15');
      await delegate
        .getByLabel('What you talked about')
        .fill('Cold calling in 9X2: every pupil answered by week 3.');
      await delegate.getByLabel('Private notes').fill('Nervous about the deep dive.');
      await delegate.getByLabel('A new action').fill('Plan three hinge questions for Year 9');
      await delegate.getByRole('button', { name: 'Add the action' }).click();
      await delegate.getByLabel('What was agreed').waitFor();
      await delegate.locator('.page-header .save-status[data-status="saved"]').waitFor();
      await shots(delegate, '1-session');

      // 4. The request: the preview shows what the coach will sign, and no private note.
      await delegate.getByRole('button', { name: `Ask ${COACH} to verify it` }).click();
      const preview = delegate.locator('.verification-preview');
      await preview.getByText('Cold calling in 9X2').waitFor();
      assert.equal(await preview.getByText('Nervous about the deep dive').count(), 0);
      await delegate.getByRole('button', { name: 'Make the request' }).click();
      const requestField = delegate.getByLabel('Request link');
      await requestField.waitFor();
      const requestLink = await requestField.inputValue();
      assert.match(requestLink, new RegExp(`^${origin}/verify#[A-Za-z0-9_-]+$`));
      assert.ok(!requestLink.includes('Nervous'));
      await delegate.getByText(`Waiting for ${COACH}`).waitFor();
      await shots(delegate, '2-request');

      // 5. The coach, offline, opens the request and confirms with a comment.
      await coachContext.setOffline(true);
      await coach.goto(requestLink);
      await coach
        .getByRole('heading', { name: `${DELEGATE} asks you to verify a record` })
        .waitFor();
      await coach.getByText('Plan three hinge questions for Year 9').waitFor();
      assert.equal(await coach.getByText('Nervous about the deep dive').count(), 0);
      await shots(coach, '3-coach-request');
      await coach.getByLabel('A comment (optional)').fill('A fair record of our session.');
      await coach.getByRole('button', { name: 'Confirm and sign' }).click();
      const answerField = coach.getByLabel('Answer link');
      await answerField.waitFor();
      const answerLink = await answerField.inputValue();
      assert.match(answerLink, new RegExp(`^${origin}/verified#[A-Za-z0-9_-]+$`));
      await shots(coach, '4-coach-answer');

      // 6. A tampered copy is refused and changes nothing; the real one is taken.
      const hash = answerLink.split('#')[1];
      const tampered = `${origin}/verified#${hash.slice(0, 40)}${hash[40] === 'A' ? 'B' : 'A'}${hash.slice(41)}`;
      await delegate.goto(tampered);
      await delegate.getByRole('alert').waitFor();
      await delegate.goto(answerLink);
      await delegate.getByText(`Verified by ${COACH} on`).waitFor();
      await shots(delegate, '5-verified');
      await delegate.getByRole('link', { name: 'Open the record' }).click();
      const panel = delegate.locator('.verification-panel');
      await panel.getByText(`Verified by ${COACH} on`).waitFor();
      await panel.getByText('A fair record of our session.').waitFor();

      // 7. An edit after the verification shows what changed.
      await delegate
        .getByLabel('What you talked about')
        .fill('Cold calling in 9X2 and 9X3: every pupil answered by week 3.');
      await delegate.getByLabel('Start time').focus();
      await panel.getByText('Changed since it was verified.').waitFor();
      await panel.getByText('Notes changed').waitFor();
      await shots(delegate, '6-changed-since');

      // 8. The action list.
      await delegate.getByRole('link', { name: 'All sessions' }).click();
      await delegate.getByText(`Changed since verified by ${COACH}`).waitFor();
      await delegate.getByRole('link', { name: 'Actions' }).click();
      await delegate.getByRole('heading', { name: /Open, not due yet/ }).waitFor();
      await settle(delegate);
      await shots(delegate, '7-actions');

      for (const recorded of requests) assert.deepEqual(recorded.outsideOrigin(), []);
    } finally {
      await coachContext.close();
      await delegateContext.close();
    }
  },
);

test(
  'the example’s coaching history: verified, changed since, waiting, overdue, on the audit card',
  { timeout: 150_000 },
  async (t) => {
    const context = await newAppContext(app.browser);
    const requests = recordRequests(context, app.server.baseUrl);
    const a11y = accessibilityLog(t);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    try {
      await page.goto(app.server.baseUrl);
      await dismissOfflineReadyNotice(page);
      await page.getByRole('button', { name: 'Try it with example data' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      // The audit card of a skill with an open action says so.
      await page.getByText('Open actions:').first().waitFor();

      await page.goto(`${app.server.baseUrl}/coaching-log`);
      await page.getByText('Verified by Dr Ruth Adeyemi on').first().waitFor();
      await page.getByText('Changed since verified by Dr Ruth Adeyemi').waitFor();
      await page.getByText('Waiting for Dr Ruth Adeyemi').waitFor();
      await a11y.check(page, 'coaching sessions');
      await shots(page, 'example-sessions');

      await page.getByRole('link', { name: 'Actions' }).click();
      await page.getByRole('heading', { name: /Overdue/ }).waitFor();
      await page.getByText('Overdue by 5 days').waitFor();
      await a11y.check(page, 'coaching actions');
      await shots(page, 'example-actions');

      await page.getByRole('link', { name: 'Evidence' }).click();
      await page.getByRole('heading', { name: 'Your evidence sets' }).waitFor();
      await a11y.check(page, 'evidence sets');
      await page.getByRole('link', { name: 'Questioning, for the final assessment' }).click();
      await page.getByRole('heading', { name: 'Evidence chosen' }).waitFor();
      await a11y.check(page, 'evidence set');
      await shots(page, 'example-evidence');

      await page.goto(`${app.server.baseUrl}/report`);
      await page.getByRole('heading', { name: 'Coaching:', level: 3 }).waitFor();
      await page.getByText(/sessions, .* verified by Dr Ruth Adeyemi/).waitFor();

      assert.deepEqual(requests.outsideOrigin(), []);
      a11y.assertNone();
    } finally {
      await context.close();
    }
  },
);
