/**
 * "Open a Trellis file" in a real browser on the production build: every kind of Trellis file,
 * dropped on an ordinary screen as from a file manager, is recognised and lands on the screen that
 * previews it, on the device where it belongs, and nothing is stored before that screen's own
 * accept. The files are real ones made by the app's writers (tests/support/trellis-file-fixtures.ts)
 * and tell one story: Jordan's phone starts from Jordan's backup and takes in what came back from
 * the colleague, the raters and the coach; the coach's new device starts from the coach's backup
 * and opens the delegate's answers and request; a facilitator's device opens a snapshot into its
 * cohort. A file for another person's Trellis, a file that is not Trellis's and a damaged file each
 * get a plain message, and a pasted link opens its screen. No request leaves the origin. The open
 * screen's messages are in test-results/screenshots/open-file-refused-390.png and -1280.png.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { useAppUnderTest } from './support/suite.mjs';
import { trellisFiles } from './support/trellis-files.mjs';

const app = useAppUnderTest();

/** @type {import('./support/trellis-files.mjs').TrellisFixtures} */
let fixtures;
before(async () => {
  fixtures = await trellisFiles();
});

/** Waits generous enough for a loaded machine: each drop loads the open screen and the next. */
const SLOW = { timeout: 30_000 };

/**
 * A fresh device: a new browser profile with Trellis open on the welcome, its "ready to work
 * offline" notice closed (it would cover the foot of the page), recording its requests.
 * @param {import('node:test').TestContext} t
 */
async function freshDevice(t) {
  const context = await newAppContext(app.browser);
  const requests = recordRequests(context, app.server.baseUrl);
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(app.server.baseUrl);
  await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor(SLOW);
  const notice = page.getByRole('status').filter({ hasText: 'Trellis is ready to work offline.' });
  await notice.waitFor(SLOW);
  await notice.getByRole('button', { name: 'OK' }).click();
  await notice.waitFor({ state: 'detached' });
  return { page, requests };
}

/**
 * Drops files on the screen's `main`, as a file manager would: a `dragover`, then a `drop` whose
 * DataTransfer holds the files, made in the page.
 * @param {import('playwright-core').Page} page
 * @param {{ name: string, text: string, type?: string }[]} files
 */
async function dropFiles(page, files) {
  await page.locator('main').first().waitFor(SLOW);
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const { name, text, type } of files) {
      transfer.items.add(new File([text], name, { type: type ?? 'application/json' }));
    }
    const main = document.querySelector('main');
    if (!main) throw new Error('No main on this screen');
    for (const type of ['dragover', 'drop']) {
      main.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, files);
}

/**
 * Drops one file and waits until the screen at `path` is showing.
 * @param {import('playwright-core').Page} page
 * @param {{ name: string, text: string, type?: string }} file
 * @param {string} path
 */
async function dropOnto(page, file, path) {
  await dropFiles(page, [file]);
  await page.waitForURL((url) => url.pathname === path, SLOW);
}

/**
 * How many rows each table of the device's database holds, read with raw IndexedDB: what a
 * preview must leave as it was.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Record<string, number>>}
 */
function rowCounts(page) {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name);
    // Opening a database that is not there would make an empty one.
    if (!names.includes('trellis')) return {};
    return new Promise((resolve, reject) => {
      const request = indexedDB.open('trellis');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const database = request.result;
        const stores = [...database.objectStoreNames].sort();
        /** @type {Record<string, number>} */
        const counts = {};
        const transaction = database.transaction(stores, 'readonly');
        for (const store of stores) {
          const count = transaction.objectStore(store).count();
          count.onsuccess = () => {
            counts[store] = count.result;
          };
        }
        transaction.oncomplete = () => {
          database.close();
          resolve(counts);
        };
        transaction.onerror = () => reject(transaction.error);
      };
    });
  });
}

/** @param {Record<string, number>} counts */
function total(counts) {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/**
 * The open screen's plain message about what was dropped.
 * @param {import('playwright-core').Page} page
 * @param {RegExp} message
 */
async function refusedOnOpen(page, message) {
  await page.waitForURL((url) => url.pathname === '/open', SLOW);
  await page
    .getByRole('region', { name: 'What was found' })
    .getByRole('alert')
    .filter({ hasText: message })
    .waitFor(SLOW);
}

test(
  'a delegate’s phone starts from a dropped backup, then takes in each file for it',
  { timeout: 120_000 },
  async (t) => {
    const { files, damagedFiles, links } = fixtures;
    const { page, requests } = await freshDevice(t);

    // The backup, dropped on the welcome: its preview, with nothing stored, then Jordan's profile.
    await dropOnto(page, files.backup, '/setup');
    await page.getByRole('heading', { name: 'Start from a backup', level: 1 }).waitFor(SLOW);
    await page.getByRole('table').waitFor(SLOW);
    await page.getByText(/holds no Trellis data yet/).waitFor();
    assert.equal(total(await rowCounts(page)), 0, 'nothing stored before the restore');
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor(SLOW);
    assert.equal(
      await page.getByLabel('Switch profile').locator('option:checked').textContent(),
      'Jordan Reid',
    );

    // Files that cannot open here get a sentence on the open screen, and nothing changes.
    const restored = await rowCounts(page);
    await dropFiles(page, [
      files['progress-snapshot'],
      { name: 'shopping.txt', text: 'Eggs, milk, chalk', type: 'text/plain' },
    ]);
    await refusedOnOpen(page, /It belongs in the facilitator’s Trellis/);
    await refusedOnOpen(page, /This is not a Trellis file/);
    assert.deepEqual(await rowCounts(page), restored, 'nothing stored');
    await screenshot(page, 'open-file-refused');

    // The framework editor's import preview; nothing added until Import.
    await dropOnto(page, files.framework, '/framework');
    await page.getByText('Adds a new framework, “Test framework”').waitFor(SLOW);
    await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
    assert.deepEqual(await rowCounts(page), restored, 'framework: nothing stored yet');

    // A damaged observation reaches its screen and is refused there.
    await dropOnto(page, damagedFiles.observation, '/receive');
    await page
      .getByRole('alert')
      .filter({ hasText: /changed or damaged/ })
      .waitFor(SLOW);
    assert.equal(await page.getByRole('button', { name: 'Accept and save' }).count(), 0);
    assert.deepEqual(await rowCounts(page), restored, 'damaged observation: nothing stored');

    // Priya's observation: previewed, stored only once accepted.
    await dropOnto(page, files.observation, '/receive');
    await page.getByRole('heading', { name: 'Received observation', level: 1 }).waitFor(SLOW);
    await page.getByText('Priya Shah observed Jordan Reid').waitFor(SLOW);
    assert.deepEqual(await rowCounts(page), restored, 'observation: nothing stored yet');
    await page.getByRole('button', { name: 'Accept and save' }).click();
    await page.waitForURL((url) => url.pathname === '/colleagues', SLOW);
    assert.equal((await rowCounts(page)).observations, restored.observations + 1);

    // The coach's details: Jordan already has this coach, so the screen says so and adds nothing.
    const accepted = await rowCounts(page);
    await dropOnto(page, files['coach-link'], '/coach');
    await page.getByText('Dr Amara Okafor is already your coach.').waitFor(SLOW);
    assert.deepEqual(await rowCounts(page), accepted, 'coach: nothing stored');

    // The released report: previewed, kept only with "Keep this report".
    await dropOnto(page, files['review-report'], '/review-report');
    await page.getByText(/released by Dr Amara Okafor/).waitFor(SLOW);
    await page.getByRole('button', { name: 'Keep this report' }).waitFor();
    assert.deepEqual(await rowCounts(page), accepted, 'report: nothing stored yet');

    // The third rater's sealed answer joins the round (its screen's own step is adding it).
    await dropOnto(page, files['review-answer'], '/review-answer');
    await page.getByText(/An answer from a peer was added to “Start of programme”/).waitFor(SLOW);
    assert.equal((await rowCounts(page)).reviewAnswers, accepted.reviewAnswers + 1);

    // The coach's signed verification of the session Jordan sent.
    await dropOnto(page, files.verification, '/verified');
    await page.getByText(/Verified by Dr Amara Okafor on/).waitFor(SLOW);
    await page.getByText('Dr Amara Okafor wrote: “A fair record of our session.”').waitFor();

    // A link pasted on the open screen opens where it points.
    await page.goto(`${app.server.baseUrl}/open`);
    await page.getByLabel('Paste the link').fill(links['review-report']);
    await page.getByRole('button', { name: 'Open the link' }).click();
    await page.waitForURL((url) => url.pathname === '/review-report', SLOW);
    await page.getByText(/released by Dr Amara Okafor/).waitFor(SLOW);
    // Kept only now, with its round: the report part of Jordan's 360° review opens.
    const beforeKeeping = await rowCounts(page);
    await page.getByRole('button', { name: 'Keep this report' }).click();
    await page.waitForURL((url) => url.pathname === '/360', SLOW);
    assert.equal((await rowCounts(page)).releasedReports, beforeKeeping.releasedReports + 1);

    assert.deepEqual(requests.outsideOrigin(), [], 'no request left the app’s origin');
  },
);

test(
  'the coach’s new device starts from the coach’s backup, then opens the delegate’s files',
  { timeout: 120_000 },
  async (t) => {
    const { files, damagedFiles, coachBackup } = fixtures;
    const { page, requests } = await freshDevice(t);

    await dropOnto(page, coachBackup, '/setup');
    await page.getByRole('heading', { name: 'Start from a backup', level: 1 }).waitFor(SLOW);
    await page.getByRole('table').waitFor(SLOW);
    assert.equal(total(await rowCounts(page)), 0, 'nothing stored before the restore');
    // The coach's backup holds their keys and no profile: the coaching workspace opens.
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.waitForURL((url) => url.pathname === '/coaching', SLOW);
    await page.getByRole('region', { name: 'Reviews you coach' }).waitFor(SLOW);
    const restored = await rowCounts(page);
    assert.equal(restored.coachKeys, 1, 'the coach’s keys are back');

    // A damaged bundle is refused on the workspace; the real one opens there.
    await dropOnto(page, damagedFiles['review-bundle'], '/coaching');
    await page
      .getByRole('alert')
      .filter({ hasText: /changed or damaged/ })
      .waitFor(SLOW);
    assert.deepEqual(await rowCounts(page), restored, 'damaged bundle: nothing stored');
    await dropOnto(page, files['review-bundle'], '/coaching');
    await page.getByText('Jordan Reid’s “Start of programme”: 2 new answers.').waitFor(SLOW);

    // The third rater's answer, sent straight to the coach, joins the review.
    await dropOnto(page, files['review-answer'], '/coaching');
    await page.getByText('Added an answer to Jordan Reid’s “Start of programme”.').waitFor(SLOW);

    await dropOnto(page, files['verification-request'], '/verify');
    await page
      .getByRole('heading', { name: 'Jordan Reid asks you to verify a record' })
      .waitFor(SLOW);
    await page.getByRole('button', { name: 'Confirm and sign' }).waitFor();

    // Requests for a colleague or a rater open on any device, with or without a profile.
    await dropOnto(page, files['observation-request'], '/observe');
    await page.getByRole('heading', { name: /observed/, level: 1 }).waitFor(SLOW);
    await dropOnto(page, files['review-request'], '/review');
    await page.getByRole('heading', { name: 'Feedback for Jordan Reid', level: 1 }).waitFor(SLOW);

    assert.deepEqual(requests.outsideOrigin(), [], 'no request left the app’s origin');
  },
);

function localDateDaysAgo(days) {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test(
  'a facilitator’s device opens a dropped snapshot into its cohort',
  { timeout: 90_000 },
  async (t) => {
    const { files, damagedFiles } = fixtures;
    const { page, requests } = await freshDevice(t);

    await page.getByRole('link', { name: 'I’m a facilitator' }).click();
    await page.getByLabel('Your name').fill('Fran Okoye');
    await page.getByRole('button', { name: 'Set up as a facilitator' }).click();
    await page.getByRole('heading', { name: 'Your cohorts' }).waitFor(SLOW);
    await page.getByLabel('Programme').fill('OTP Plus — autumn cohort');
    await page.getByLabel('Starts').fill(localDateDaysAgo(14));
    await page.getByLabel('Ends').fill(localDateDaysAgo(-70));
    await page.getByLabel('Delegates’ names').fill('Sam Teacher\nDee Adams');
    await page.getByRole('button', { name: 'Make the cohort' }).click();
    await page.getByRole('heading', { name: 'OTP Plus — autumn cohort' }).waitFor(SLOW);

    // A delegate's file is for the delegate's own Trellis.
    const before = await rowCounts(page);
    await dropFiles(page, [files.observation]);
    await refusedOnOpen(page, /It belongs in a delegate’s Trellis/);
    assert.deepEqual(await rowCounts(page), before, 'nothing stored');

    // Two snapshots at once, one damaged: the cohort's import report names each.
    await page.goBack();
    await page.getByRole('heading', { name: 'OTP Plus — autumn cohort' }).waitFor(SLOW);
    await dropFiles(page, [files['progress-snapshot'], damagedFiles['progress-snapshot']]);
    await page.getByText('2 files opened: 1 added or updated, 1 refused.').waitFor(SLOW);
    const refused = page.getByRole('list', { name: 'Files refused' });
    await refused.getByText(damagedFiles['progress-snapshot'].name).waitFor();
    await page.getByText(/Sam Teacher: added/).waitFor();
    assert.equal((await rowCounts(page)).cohortSnapshots, 1);

    assert.deepEqual(requests.outsideOrigin(), [], 'no request left the app’s origin');
  },
);
