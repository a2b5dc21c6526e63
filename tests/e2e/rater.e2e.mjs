/**
 * A rater's phone answering a 360° review request, in a real browser on the production build. The
 * phone has opened Trellis once (the service worker installs) and is then OFFLINE: it opens the
 * request link, answers some statements, writes a comment, is asked about the rest, and sends; the
 * answer link is sealed to the coach. Reloading the link offline resumes the same answer. No
 * request leaves the origin; axe checks each screen in light and dark; screenshots are
 * rater-*-390.png / -1280.png.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessibilityLog } from './support/axe.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { makeReviewRequestLinks } from './support/review-links.mjs';
import { useAppUnderTest } from './support/suite.mjs';

const app = useAppUnderTest();

test('a rater answers a review request offline on their phone', { timeout: 150_000 }, async (t) => {
  const { links } = await makeReviewRequestLinks(app.server.baseUrl, {
    withCoach: true,
    groups: ['peers', 'line-manager'],
  });
  const context = await newAppContext(app.browser);
  const requests = recordRequests(context, app.server.baseUrl);
  const a11y = accessibilityLog(t);
  try {
    const phone = await context.newPage();
    await phone.goto(app.server.baseUrl);
    await phone.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    await context.setOffline(true);

    await phone.goto(links.peers);
    await phone.getByRole('heading', { name: 'Feedback for Sam Leader' }).waitFor();
    await phone.getByText(/only Ada Okonkwo, the coach, can read them/).waitFor();
    await a11y.check(phone, 'rater');
    await screenshot(phone, 'rater-request');

    const statements = phone.getByRole('group');
    await statements.nth(0).getByRole('radio', { name: '3 Usually' }).check();
    await statements.nth(1).getByRole('radio', { name: 'Not seen' }).check();
    await phone.getByText(/^Usually:/).waitFor();
    await phone.getByText('2 of 27').waitFor();
    await phone.getByLabel('What they do well').fill('Listens first, then decides. 🌱');
    await phone.locator('.save-status[data-status="saved"]').waitFor();
    await phone.emulateMedia({ colorScheme: 'dark' });
    await a11y.check(phone, 'rater, dark');
    await phone.emulateMedia({ colorScheme: 'light' });

    await phone.getByRole('button', { name: 'Send my answer' }).click();
    await phone.getByText('25 statements have no answer yet.', { exact: false }).waitFor();
    await a11y.check(phone, 'rater, unanswered');
    await phone.getByRole('button', { name: 'Send anyway' }).click();
    await phone.getByRole('heading', { name: 'Send your answer', level: 1 }).waitFor();
    await phone.getByRole('img', { name: /QR code/ }).waitFor();
    const answerLink = await phone.getByLabel('Your answer as a link').inputValue();
    assert.match(answerLink, new RegExp(`^${app.server.baseUrl}/review-answer#[A-Za-z0-9_-]+$`));
    await a11y.check(phone, 'rater, send');
    await screenshot(phone, 'rater-send');

    // Opened again, offline: the same answer, marked as ready to send.
    await phone.reload();
    await phone.getByRole('heading', { name: 'Feedback for Sam Leader' }).waitFor();
    assert.equal(
      await phone.getByLabel('What they do well').inputValue(),
      'Listens first, then decides. 🌱',
    );
    await phone.getByText(/Your answer was ready to send on/).waitFor();

    // The line manager's link says plainly that their ratings can be told apart.
    await phone.goto(links['line-manager']);
    await phone.getByText(/Sam Leader can tell which ratings are yours/).waitFor();
    await a11y.check(phone, 'rater, line manager');

    assert.deepEqual(requests.outsideOrigin(), [], 'no request leaves the origin');
    a11y.assertNone();
  } finally {
    await context.close();
  }
});
