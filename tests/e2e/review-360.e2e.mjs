/**
 * A 360° review from invitation to released report, in a real browser on the production build, with
 * one browser context per device: the coach's, the delegate's, and four raters' phones (three
 * peers and one direct report, below the direct reports' threshold of 3). The coach sets up and
 * sends their link; the delegate adds the coach, sets up a start round, rates themselves and sends
 * the request links; each rater opens their link once and answers OFFLINE; the delegate takes in
 * the sealed answers (counts only), sends the coach the bundle file; the coach opens it, sees the
 * report with direct reports withheld and releases it; the delegate keeps the released report.
 * No rater request leaves the origin. Screenshots are review360-*-390.png (the report -1280.png).
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { LAPTOP, PHONE } from '../support/chromium.mjs';
import { newAppContext, recordRequests, screenshot, settle } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { useAppUnderTest } from './support/suite.mjs';

const app = useAppUnderTest();

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * One full-page screenshot at phone width: test-results/screenshots/<name>-390.png.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function phoneShot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
  await page.screenshot({
    path: `${screenshotDir}${name}-390.png`,
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
}

/** @param {import('playwright-core').Page} page */
async function dismissOfflineReadyNotice(page) {
  const notice = page.getByRole('status').filter({ hasText: 'Trellis is ready to work offline.' });
  await notice.waitFor({ timeout: 15_000 });
  await notice.getByRole('button', { name: 'OK' }).click();
  await notice.waitFor({ state: 'detached' });
}

const DELEGATE = 'Jordan Ellis';
const COACH = 'Ada Okonkwo';
/** What each rater writes: the direct report's words must never reach anyone's screen. */
const RATERS = [
  { group: 'peers', level: '4 Consistently', doWell: 'Peer one: calm in a crisis.' },
  { group: 'peers', level: '3 Usually', doWell: 'Peer two: shares credit generously.' },
  { group: 'peers', level: '4 Consistently', doWell: 'Peer three: clear about priorities.' },
  {
    group: 'direct-reports',
    level: '1 Rarely',
    doWell: 'Withheld-direct-report comment, never to be shown.',
  },
];

test(
  'a 360° review goes from invitation to a released report across six devices',
  { timeout: 170_000 },
  async () => {
    const origin = app.server.baseUrl;
    const coachContext = await newAppContext(app.browser);
    const delegateContext = await newAppContext(app.browser, { acceptDownloads: true });
    const contexts = [coachContext, delegateContext];
    try {
      // 1. The coach sets up on their own device and reads the link delegates add them from.
      const coach = await coachContext.newPage();
      coach.setDefaultTimeout(15_000);
      await coach.goto(`${origin}/coaching`);
      await dismissOfflineReadyNotice(coach);
      await coach.getByRole('heading', { name: 'Set up as a coach' }).waitFor();
      await coach.getByLabel('Your name').fill(COACH);
      await coach.getByRole('button', { name: 'Set up as a coach' }).click();
      const coachLinkField = coach.getByLabel('Your coach link');
      await coachLinkField.waitFor();
      const coachLink = await coachLinkField.inputValue();
      assert.match(coachLink, new RegExp(`^${origin}/coach#[A-Za-z0-9_-]+$`));
      await phoneShot(coach, 'review360-1-coach-link');

      // 2. The delegate sets up on the leadership template, adds the coach, sets up a start round
      // and rates themselves on a few statements.
      const delegate = await delegateContext.newPage();
      delegate.setDefaultTimeout(15_000);
      await delegate.goto(origin);
      await dismissOfflineReadyNotice(delegate);
      await delegate.getByRole('button', { name: 'Set up my programme' }).click();
      await delegate.getByLabel('Your name', { exact: true }).fill(DELEGATE);
      await delegate.getByRole('radio', { name: 'Leadership development (360°)' }).check();
      await delegate.getByRole('button', { name: 'Start my programme' }).click();
      await delegate.getByRole('navigation', { name: 'Main' }).waitFor();
      await delegate.goto(coachLink);
      await delegate
        .getByRole('heading', { name: `Add ${COACH} as your coach for 360 reviews` })
        .waitFor();
      await phoneShot(delegate, 'review360-2-add-coach');
      await delegate.getByRole('button', { name: `Add ${COACH} as your coach` }).click();
      await delegate.waitForURL(/\/360/);
      await delegate.getByRole('link', { name: 'Set up a start round' }).click();
      await delegate.getByText(`Answers will be encrypted to`).waitFor();
      await delegate.getByRole('combobox', { name: 'What it asks about' }).waitFor();
      await eventually(async () =>
        assert.match(
          await delegate.getByRole('combobox', { name: 'What it asks about' }).inputValue(),
          /.+/,
        ),
      );
      await phoneShot(delegate, 'review360-3-set-up-round');
      await delegate.getByRole('button', { name: 'Set up the round' }).click();
      await delegate.getByRole('heading', { name: 'Rate yourself', level: 2 }).waitFor();
      const selfStatements = delegate.locator('fieldset.review360-statement');
      for (let index = 0; index < 3; index += 1) {
        await selfStatements
          .nth(index)
          .getByRole('radio', { name: 'Usually', exact: true })
          .check();
      }
      await delegate.getByText('3 of 27').waitFor();
      await delegate.locator('.save-status[data-status="saved"]').waitFor();
      await phoneShot(delegate, 'review360-4-self-rating');

      await delegate.getByRole('link', { name: 'Ask raters' }).click();
      const peersLinkField = delegate.getByLabel('Link for peers');
      const directReportsLinkField = delegate.getByLabel('Link for direct reports');
      await peersLinkField.waitFor();
      await directReportsLinkField.waitFor();
      const requestLinks = {
        peers: await peersLinkField.inputValue(),
        'direct-reports': await directReportsLinkField.inputValue(),
      };
      for (const link of Object.values(requestLinks)) {
        assert.match(link, new RegExp(`^${origin}/review#[A-Za-z0-9_-]+$`));
      }
      await phoneShot(delegate, 'review360-5-ask-raters');

      // 3. Each rater's phone: the link opened once, then offline for answering and sending.
      /** @type {string[]} */
      const answerLinks = [];
      for (const [index, rater] of RATERS.entries()) {
        const context = await newAppContext(app.browser);
        contexts.push(context);
        const requests = recordRequests(context, origin);
        const phone = await context.newPage();
        phone.setDefaultTimeout(15_000);
        await phone.goto(requestLinks[rater.group]);
        await phone.getByRole('heading', { name: `Feedback for ${DELEGATE}` }).waitFor();
        await phone.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
          timeout: 15_000,
        });
        // A person closes the notice, which would otherwise cover the send button.
        await dismissOfflineReadyNotice(phone);
        await context.setOffline(true);
        const statements = phone.getByRole('group');
        await statements.nth(0).getByRole('radio', { name: rater.level }).check();
        await statements.nth(1).getByRole('radio', { name: rater.level }).check();
        await statements.nth(2).getByRole('radio', { name: 'Not seen' }).check();
        await phone.getByLabel('What they do well').fill(rater.doWell);
        await phone.getByLabel('What would make them more effective').fill('More time to plan.');
        await phone.locator('.save-status[data-status="saved"]').waitFor();
        if (index === 0) await phoneShot(phone, 'review360-6-rater-offline');
        await phone.getByRole('button', { name: 'Send my answer' }).click();
        await phone.getByRole('button', { name: 'Send anyway' }).click();
        const answerField = phone.getByLabel('Your answer as a link');
        await answerField.waitFor();
        const answerLink = await answerField.inputValue();
        assert.match(answerLink, new RegExp(`^${origin}/review-answer#[A-Za-z0-9_-]+$`));
        answerLinks.push(answerLink);
        if (index === 0) await phoneShot(phone, 'review360-7-rater-send');
        const all = requests.all();
        assert.ok(all.length > 0, 'the rater’s requests were recorded');
        for (const url of all) {
          assert.ok(
            url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'),
            `a rater request stayed on the origin: ${url}`,
          );
        }
        await context.close();
      }

      // 4. The delegate takes in each answer: counts per group, never an answer.
      for (const link of answerLinks) {
        await delegate.goto(link);
        await delegate.getByRole('status').filter({ hasText: '✓' }).waitFor();
      }
      await phoneShot(delegate, 'review360-8-answer-received');
      await delegate.getByRole('link', { name: /See the answers to/ }).click();
      await eventually(async () => {
        assert.equal(await delegate.getByTestId('count-peers').innerText(), '3');
        assert.equal(await delegate.getByTestId('count-direct-reports').innerText(), '1');
      });
      const answersText = await delegate.locator('main').innerText();
      for (const rater of RATERS) {
        assert.ok(!answersText.includes(rater.doWell), 'no rater’s answer is shown');
      }
      assert.doesNotMatch(answersText, /More time to plan/);
      await phoneShot(delegate, 'review360-9-answers-counts');

      const downloadPromise = delegate.waitForEvent('download');
      await delegate.getByRole('button', { name: 'Save the file' }).click();
      const download = await downloadPromise;
      const bundlePath = `${screenshotDir}../review360-bundle.json`;
      await download.saveAs(bundlePath);
      const bundleText = await readFile(bundlePath, 'utf8');
      for (const rater of RATERS) {
        assert.ok(!bundleText.includes(rater.doWell), 'the bundle holds sealed answers only');
      }

      // 5. The coach opens the bundle and sees the report: peers shown, direct reports withheld.
      await coach.locator('input[type="file"]').setInputFiles({
        name: download.suggestedFilename(),
        mimeType: 'application/json',
        buffer: Buffer.from(bundleText),
      });
      await coach.getByRole('link', { name: 'Open the report' }).click();
      // The report is drawn top first; its comments come last.
      await coach.getByRole('heading', { name: 'What they do well' }).waitFor();
      const coachText = await coach.locator('main').innerText();
      assert.match(coachText, /Peers: 3 answered/);
      assert.match(coachText, /Direct reports: 1 answered — fewer than 3/);
      for (const rater of RATERS.filter((candidate) => candidate.group === 'peers')) {
        assert.ok(coachText.includes(rater.doWell), 'peers’ comments are shown');
      }
      assert.ok(!coachText.includes(RATERS[3].doWell), 'the direct report’s comment is withheld');
      assertWithheldOnlyNamed(coachText);
      await phoneShot(coach, 'review360-10-coach-report');
      await coach.getByRole('button', { name: `Release the report to ${DELEGATE}` }).click();
      const releasedField = coach.getByLabel('Link to the report');
      await releasedField.waitFor();
      const releasedLink = await releasedField.inputValue();
      assert.match(releasedLink, new RegExp(`^${origin}/review-report#[A-Za-z0-9_-]+$`));
      await phoneShot(coach, 'review360-11-released');

      // 6. The delegate opens the released report, keeps it, and finds it on /360.
      await delegate.goto(releasedLink);
      // The report is drawn top first; its comments come last.
      await delegate.getByRole('heading', { name: 'What you do well' }).waitFor();
      await phoneShot(delegate, 'review360-12-released-preview');
      await delegate.getByRole('button', { name: 'Keep this report' }).click();
      // Kept, the report opens in its round on /360.
      await delegate.getByText(`The report ${COACH} released to you.`).waitFor();
      // The report is drawn top first; its comments come last.
      await delegate.getByRole('heading', { name: 'What you do well' }).waitFor();
      const reportText = await delegate.locator('main').innerText();
      assert.match(new URL(delegate.url()).pathname, /^\/360/);
      assert.match(reportText, /Peers: 3 answered/);
      // The peers' 4, 3 and 4 make 3.7; the direct report's 1 would have pulled it to 3.0.
      assert.match(reportText, /All raters 3\.7/);
      assert.doesNotMatch(reportText, /All raters 3\.0/);
      assert.ok(!reportText.includes(RATERS[3].doWell), 'the direct report’s comment is withheld');
      assertWithheldOnlyNamed(reportText);
      await screenshot(delegate, 'review360-13-report');
      await delegate.setViewportSize(LAPTOP);
      await delegate.goto(`${origin}/360`);
      await delegate.getByText(/Peers 3 · Direct reports 1/).waitFor();
      await phoneShot(delegate, 'review360-14-overview');
      await delegate.getByRole('link', { name: 'Report', exact: true }).click();
      // The report is drawn top first; its comments come last.
      await delegate.getByRole('heading', { name: 'What you do well' }).waitFor();
      assertWithheldOnlyNamed(await delegate.locator('main').innerText());
    } catch (error) {
      let n = 0;
      for (const context of contexts) {
        for (const page of context.pages()) {
          n += 1;
          await page
            .screenshot({ path: `/tmp/e2e360-fail-${n}.png`, fullPage: true })
            .catch(() => undefined);
        }
      }
      throw error;
    } finally {
      for (const context of contexts) await context.close().catch(() => undefined);
    }
  },
);

/**
 * Direct reports appear in the report only as a withheld group: named with their count on the
 * "Who answered" line and in the thresholds note, never as a column of figures.
 * @param {string} text
 */
function assertWithheldOnlyNamed(text) {
  const lines = text.split('\n').filter((line) => /direct reports/i.test(line));
  assert.ok(
    lines.some((line) => line.includes('so their answers are withheld')),
    'direct reports are named as withheld',
  );
  for (const line of lines) {
    assert.match(
      line,
      /Direct reports: 1 answered — fewer than 3, so their answers are withheld|direct reports 3/,
      `direct reports are only named as withheld: “${line}”`,
    );
  }
}
