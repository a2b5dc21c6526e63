/**
 * A laptop and a phone kept in step with no server, each a browser profile on disk: set up and
 * rate on the laptop; send everything to the phone; start from that file on the phone's welcome
 * (after it has refused a damaged, a truncated and a future-version file); rate, write a journal
 * entry and edit on the phone; send back and merge on the laptop, then the laptop's back onto the
 * phone. Both end with every record, and the record edited on both keeps the newer edit.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PHONE, LAPTOP } from '../support/chromium.mjs';
import { startPreviewServer } from '../support/preview-server.mjs';
import { accessibilityLog } from './support/axe.mjs';
import { recordRequests, screenshot } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { openScreen } from './support/navigation.mjs';

/** @type {{ server?: Awaited<ReturnType<typeof startPreviewServer>>, directory?: string }} */
const run = {};
before(async () => {
  run.server = await startPreviewServer();
  run.directory = await mkdtemp(join(tmpdir(), 'trellis-devices-'));
});
after(async () => {
  await run.server?.close();
  if (run.directory) await rm(run.directory, { recursive: true, force: true });
});

/**
 * One device: a browser profile in its own directory on disk, as a laptop's or phone's browser.
 * @param {string} name
 * @param {{ width: number, height: number }} viewport
 */
async function openDevice(name, viewport) {
  const directory = run.directory ?? tmpdir();
  const context = await chromium.launchPersistentContext(join(directory, name), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    serviceWorkers: 'allow',
    viewport,
    locale: 'en-GB',
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  const requests = recordRequests(context, run.server?.baseUrl ?? '');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(run.server?.baseUrl ?? '');
  const notice = page.getByRole('status').filter({ hasText: 'Trellis is ready to work offline.' });
  await notice.waitFor({ timeout: 20_000 });
  await notice.getByRole('button', { name: 'OK' }).click();
  return { context, page, requests };
}

/** Every row of every object store, each store sorted by id, read with raw IndexedDB. */
async function dumpDatabase(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('trellis');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const names = [...database.objectStoreNames].sort();
          const dump = {};
          const transaction = database.transaction(names, 'readonly');
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              dump[name] = all.result.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
            };
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(dump);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

/** Rates the `index`th skill card of the audit at its `level`th level and waits for the save. */
async function rateCard(page, index, level) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
  const card = page.getByRole('article').nth(index);
  await card.getByRole('radio').nth(level).check();
  await card.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
}

/** Settings → Your name, saved as typed. */
async function renameProfile(page, name) {
  await openScreen(page, 'Settings');
  const field = page.getByLabel('Your name', { exact: true });
  await field.fill(name);
  await field.blur();
  await page.getByText('Saved').first().waitFor();
}

/** Settings → Send everything to my other device: the file with six words, saved to downloads. */
async function sendToOtherDevice(page, name) {
  await openScreen(page, 'Settings');
  await page.getByRole('link', { name: 'Send everything to my other device' }).click();
  await page.getByRole('heading', { name: 'Send everything to my other device' }).waitFor();
  const words = (await page.getByTestId('passphrase-words').textContent()) ?? '';
  assert.match(words, /^[a-z]+( [a-z]+){5}$/);
  await page.getByRole('button', { name: 'Make the file' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save to downloads' }).click({ timeout: 30_000 });
  const file = await download;
  const path = join(run.directory ?? tmpdir(), `${name}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  await page.getByText(/Saved to your downloads/).waitFor();
  return { path, words };
}

/** Chooses a backup file in the restore card on screen and opens it with its words. */
async function openBackup(page, { path, words }) {
  await page.getByLabel('Choose a Trellis backup file').setInputFiles(path);
  await page.getByLabel(/^Passphrase for /).fill(words);
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await page.getByRole('table').waitFor({ timeout: 30_000 });
}

test('a laptop and a phone kept in step through files', { timeout: 300_000 }, async (t) => {
  const a11y = accessibilityLog(t);
  const laptop = await openDevice('laptop', LAPTOP);
  const phone = await openDevice('phone', PHONE);
  try {
    let firstFile;
    await t.test('the laptop: set up, rate, and send everything to the phone', async () => {
      const { page } = laptop;
      await page.getByRole('button', { name: 'Set up my programme' }).click();
      await page.getByLabel('Your name', { exact: true }).fill('Sam Patel');
      await page.getByLabel('School', { exact: true }).fill('Riverside Academy');
      await page.getByRole('radio', { name: /^OTP Plus/ }).check();
      await page.getByRole('button', { name: 'Start my programme' }).click();
      await rateCard(page, 0, 1);
      await openScreen(page, 'Settings');
      await page
        .getByTestId('last-took-in')
        .filter({ hasText: /has not taken in/ })
        .waitFor();
      firstFile = await sendToOtherDevice(page, 'laptop');
      await a11y.check(page, 'send to my other device');
      await screenshot(page, 'devices-send');
    });

    await t.test('the phone’s welcome refuses a damaged, truncated or future file', async () => {
      const { page } = phone;
      await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor();
      await a11y.check(page, 'welcome with start from a backup');
      await screenshot(page, 'devices-welcome');
      const text = await readFile(firstFile.path, 'utf8');
      // Dropped on the welcome, as from a file manager: the restore opens with the file in it.
      await page.evaluate(
        (content) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
          for (const type of ['dragover', 'drop']) {
            document
              .querySelector('main')
              ?.dispatchEvent(
                new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
              );
          }
        },
        text.slice(0, 200),
      );
      await page.getByRole('heading', { name: 'Start from a backup', level: 1 }).waitFor();
      await page.getByRole('alert').waitFor();

      const envelope = JSON.parse(text);
      const bad = {
        damaged: JSON.stringify({
          ...envelope,
          data: { ...envelope.data, ciphertext: `A${envelope.data.ciphertext.slice(1)}` },
        }),
        truncated: text.slice(0, Math.floor(text.length / 2)),
        future: JSON.stringify({ ...envelope, version: envelope.version + 1 }),
      };
      const expected = {
        damaged: /changed or damaged/,
        truncated: /not complete|cut short|incomplete|not a Trellis|could not be read|damaged/i,
        future: /newer version of Trellis|Update Trellis/i,
      };
      for (const [kind, content] of Object.entries(bad)) {
        const path = join(run.directory ?? tmpdir(), `${kind}.json`);
        await writeFile(path, content);
        await page.getByLabel('Choose a Trellis backup file').setInputFiles(path);
        // The previous file's alert may still be on screen for a moment: wait for this file's own.
        await page.getByRole('alert').filter({ hasText: expected[kind] }).waitFor();
        assert.equal(await page.getByRole('table').count(), 0, `${kind}: no preview`);
        if (kind === 'damaged') await screenshot(page, 'devices-welcome-refused');
      }
      await page.getByRole('button', { name: '← Back' }).click();
      await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor();
      const dump = await dumpDatabase(page);
      assert.equal(
        Object.values(dump).reduce((sum, rows) => sum + rows.length, 0),
        0,
        'nothing stored',
      );
    });

    await t.test(
      'the phone starts from the laptop’s file and opens where Sam left off',
      async () => {
        const { page } = phone;
        await page.getByRole('button', { name: 'Start from a backup' }).click();
        await openBackup(page, firstFile);
        await page.getByText(/holds no Trellis data yet/).waitFor();
        await a11y.check(page, 'welcome restore preview');
        await screenshot(page, 'devices-welcome-preview');
        await page.getByRole('button', { name: 'Restore this backup' }).click();
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        assert.equal(
          await page.getByLabel('Switch profile').locator('option:checked').textContent(),
          'Sam Patel',
        );
        const first = page.getByRole('article').first();
        assert.equal(await first.getByRole('radio').nth(1).isChecked(), true);
      },
    );

    await t.test('both edit the profile, the phone later; the phone rates and writes', async () => {
      await renameProfile(laptop.page, 'Sam Patel (laptop)');
      // Apart in time, as two edits made by one person on two devices are.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const { page } = phone;
      await rateCard(page, 1, 2);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Journal' })
        .click();
      await page.getByRole('link', { name: 'New enquiry' }).click();
      await page.getByLabel('Focus question').fill('Does cold calling pairs lift explanations?');
      await page.getByLabel('Technique or change tried').fill('Think, pair, cold call');
      await page.getByLabel('Technique or change tried').blur();
      await eventually(async () =>
        assert.equal(
          (await page.locator('.enquiry-savebar').getByRole('status').textContent())?.trim(),
          '✓Saved',
        ),
      );
      await renameProfile(page, 'Sam Patel-Jones');
    });

    await t.test(
      'the phone sends back; the laptop previews whose edit is newer and merges',
      async () => {
        const backFile = await sendToOtherDevice(phone.page, 'phone');
        const { page } = laptop;
        await openScreen(page, 'Settings');
        await page.getByRole('link', { name: 'Back up or restore' }).click();
        await openBackup(page, backFile);
        const differences = page.locator('.restore-differences');
        await differences.getByText(/the other device’s newer edit is kept for 1/).waitFor();
        await differences.getByText(/Profile “Sam Patel-Jones”: the other device’s edit/).waitFor();
        await a11y.check(page, 'merge preview');
        await screenshot(page, 'devices-merge-preview');
        await page.getByRole('button', { name: 'Merge this backup' }).click();
        await page.getByText(/Restored\./).waitFor();
      },
    );

    await t.test(
      'the laptop sends back; both devices end the same, with the newer edit',
      async () => {
        const lastFile = await sendToOtherDevice(laptop.page, 'laptop-again');
        const { page } = phone;
        await openScreen(page, 'Settings');
        await page.getByRole('link', { name: 'Back up or restore' }).click();
        await openBackup(page, lastFile);
        await page.getByRole('button', { name: 'Merge this backup' }).click();
        await page.getByText(/Restored\./).waitFor();

        const onLaptop = await dumpDatabase(laptop.page);
        const onPhone = await dumpDatabase(phone.page);
        assert.deepEqual(onPhone, onLaptop);
        assert.equal(onLaptop.profiles.length, 1);
        assert.equal(onLaptop.profiles[0].displayName, 'Sam Patel-Jones');
        assert.equal(onLaptop.enquiries.length, 1);
        const levels = onLaptop.ratings.filter((rating) => rating.kind === 'self');
        assert.equal(levels.length, 2, 'the laptop’s rating and the phone’s');

        await openScreen(page, 'Settings');
        await page
          .getByTestId('last-took-in')
          .filter({ hasText: /last took in/ })
          .waitFor();
        await screenshot(page, 'devices-settings');
        await eventually(async () =>
          assert.equal(
            await laptop.page.getByLabel('Switch profile').locator('option:checked').textContent(),
            'Sam Patel-Jones',
          ),
        );
      },
    );

    await t.test('nothing was requested outside the origin', () => {
      assert.deepEqual(laptop.requests.outsideOrigin(), []);
      assert.deepEqual(phone.requests.outsideOrigin(), []);
    });
    a11y.assertNone();
  } finally {
    await laptop.context.close();
    await phone.context.close();
  }
});
