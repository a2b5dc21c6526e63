/**
 * Learning 3 across two devices, in a real browser on the production build. The delegate (one
 * browser context, a laptop) asks Priya to observe Tom; Priya's phone (another context, 390 px,
 * which has opened Trellis once and is now OFFLINE) opens the request link, records the
 * observation and produces the return link; the delegate opens it, previews, accepts, and sees
 * Tom's progress change. No request leaves the origin; axe checks every new screen; every step is
 * photographed as learning3-*-390.png / -1280.png.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAccessibility } from './support/axe.mjs';
import { LAPTOP } from '../support/chromium.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { useAppUnderTest } from './support/suite.mjs';

const app = useAppUnderTest();

/** @param {import('playwright-core').Page} page */
async function dismissOfflineReadyNotice(page) {
  const notice = page.getByRole('status').filter({ hasText: 'Trellis is ready to work offline.' });
  await notice.waitFor({ timeout: 15_000 });
  await notice.getByRole('button', { name: 'OK' }).click();
  await notice.waitFor({ state: 'detached' });
}

/** @param {import('playwright-core').Page} page */
async function progressTableText(page) {
  return page
    .getByRole('table', { name: 'Focus skills as observed, by programme week' })
    .innerText();
}

test(
  'a colleague observes offline on their phone and the delegate receives it',
  { timeout: 150_000 },
  async (t) => {
    const delegateContext = await newAppContext(app.browser, { viewport: LAPTOP });
    const phoneContext = await newAppContext(app.browser);
    const delegateRequests = recordRequests(delegateContext, app.server.baseUrl);
    const phoneRequests = recordRequests(phoneContext, app.server.baseUrl);
    /** @type {string[]} */
    const a11yFailures = [];
    async function checkA11y(page, screen) {
      a11yFailures.push(...(await checkAccessibility(t, page, screen)));
    }

    try {
      // The delegate, with the example programme (Jordan, Priya and Tom).
      const delegate = await delegateContext.newPage();
      await delegate.goto(app.server.baseUrl);
      await dismissOfflineReadyNotice(delegate);
      await delegate.getByRole('button', { name: 'Try it with example data' }).click();
      await delegate.getByRole('navigation', { name: 'Main' }).waitFor();
      await delegate.getByRole('link', { name: 'Colleagues' }).click();
      await delegate.getByRole('heading', { name: 'Colleagues', level: 1 }).waitFor();
      await delegate.getByRole('link', { name: 'Tom Okafor' }).waitFor();
      await checkA11y(delegate, 'trio');
      await screenshot(delegate, 'learning3-trio');

      await delegate.getByRole('link', { name: 'Tom Okafor' }).click();
      await delegate.getByRole('heading', { name: 'Tom Okafor’s progress' }).waitFor();
      const before = await progressTableText(delegate);
      assert.doesNotMatch(before, /Week 10/, 'nothing observed in week 10 yet');
      await delegate.getByRole('link', { name: '← All colleagues' }).click();
      await delegate.getByRole('link', { name: 'Priya Shah' }).click();
      await delegate.getByRole('heading', { name: 'Priya Shah’s progress' }).waitFor();
      await delegate.locator('.recharts-line').first().waitFor();
      await checkA11y(delegate, 'colleague');
      await screenshot(delegate, 'learning3-colleague');

      await delegate.getByRole('button', { name: 'Ask Priya Shah to observe Tom Okafor' }).click();
      const requestLink = await delegate.getByLabel('The link').inputValue();
      assert.match(requestLink, new RegExp(`^${app.server.baseUrl}/observe#[A-Za-z0-9_-]+$`));
      await delegate.getByRole('img', { name: /QR code/ }).waitFor();
      // The same request as a file, for a colleague whose link will not open.
      const [requestFile] = await Promise.all([
        delegate.waitForEvent('download'),
        delegate.getByRole('button', { name: 'Save as a file' }).click(),
      ]);
      assert.match(
        requestFile.suggestedFilename(),
        /^observation-request-\d{4}-\d{2}-\d{2}-priya-shah\.trellis-observation-request\.json$/,
      );
      await checkA11y(delegate, 'request');
      await screenshot(delegate, 'learning3-request');

      // Priya's phone: opens Trellis once (the service worker installs), then loses signal.
      const phone = await phoneContext.newPage();
      await phone.goto(app.server.baseUrl);
      await phone.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 15_000,
      });
      await phoneContext.setOffline(true);
      await phone.goto(requestLink);
      await phone.getByRole('heading', { name: 'Priya Shah observed Tom Okafor' }).waitFor();
      await phone.getByText('No pupil names.').waitFor();
      const firstSkill = phone.getByRole('group').filter({ hasText: 'Not seen' }).first();
      await firstSkill.getByRole('radio', { name: '4 Leading' }).check();
      await phone.getByText(/^Leading:/).waitFor();
      await phone.getByLabel('Class').fill('Year 4 (Oak)');
      await phone.getByLabel('Subject').fill('Maths — fractions');
      await phone
        .getByLabel('Strengths')
        .fill('Modelled three worked examples, then faded them — every pupil had a go. 🌱');
      await phone.getByLabel('Next step').fill('Share the faded examples with Year 3');
      await phone.locator('.save-status[data-status="saved"]').waitFor();
      await checkA11y(phone, 'observe');
      await screenshot(phone, 'learning3-observe');
      await phone.emulateMedia({ colorScheme: 'dark' });
      await checkA11y(phone, 'observe, dark');
      await screenshot(phone, 'learning3-observe-dark');
      await phone.emulateMedia({ colorScheme: 'light' });

      await phone.getByRole('button', { name: 'Finish and send back' }).click();
      await phone.getByRole('heading', { name: 'Send it back' }).waitFor();
      await phone.getByRole('img', { name: /QR code/ }).waitFor();
      const returnLink = await phone.getByLabel('The link').inputValue();
      assert.match(returnLink, new RegExp(`^${app.server.baseUrl}/receive#[A-Za-z0-9_-]+$`));
      await checkA11y(phone, 'send back');
      await screenshot(phone, 'learning3-send-back');

      // The delegate opens the return link: a preview, nothing stored until accepted.
      await delegate.goto(returnLink);
      await delegate.getByRole('heading', { name: 'Received observation' }).waitFor();
      await delegate.getByText('Priya Shah observed Tom Okafor').waitFor();
      await delegate.getByText(/every pupil had a go/).waitFor();
      await checkA11y(delegate, 'receive');
      await screenshot(delegate, 'learning3-receive');
      await delegate.getByRole('button', { name: 'Accept and save' }).click();

      await delegate.getByRole('heading', { name: 'Tom Okafor’s progress' }).waitFor();
      await eventually(async () => {
        const after = await progressTableText(delegate);
        assert.match(after, /Week 10/);
        assert.match(after, /4 Leading/);
      });
      await delegate.getByText('Share the faded examples with Year 3').waitFor();
      // Away from the chart, so its tooltip is not in the photograph.
      await delegate.mouse.move(0, 0);
      await checkA11y(delegate, 'progress');
      await screenshot(delegate, 'learning3-progress');
      await delegate.emulateMedia({ colorScheme: 'dark' });
      await checkA11y(delegate, 'progress, dark');
      await screenshot(delegate, 'learning3-progress-dark');
      await delegate.emulateMedia({ colorScheme: 'light' });

      // The same link again is recognised, not stored twice.
      await delegate.goto(returnLink);
      await delegate.getByText(/You already have this observation/).waitFor();

      assert.deepEqual(delegateRequests.outsideOrigin(), [], 'delegate: no request outside');
      assert.deepEqual(phoneRequests.outsideOrigin(), [], 'phone: no request outside');
      assert.deepEqual(a11yFailures, [], 'no accessibility violations');
    } finally {
      await delegateContext.close();
      await phoneContext.close();
    }
  },
);
