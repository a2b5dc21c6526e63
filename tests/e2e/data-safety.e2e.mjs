/**
 * Data safety in a real browser on the production build: a delegate makes data, backs it up with
 * and without a passphrase through real downloads, loses the database (as when the browser evicts
 * it), sees the app say so, restores, and finds every record back exactly. Two tabs: one upgrades
 * the database and the other asks for a reload without losing typed input; live data stays in step
 * across tabs. The page runs under its Content-Security-Policy with no violation, and nothing is
 * requested outside the origin.
 */
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { accessibilityLog } from './support/axe.mjs';
import { newAppContext, recordRequests, screenshot } from './support/browser.mjs';
import { eventually } from './support/eventually.mjs';
import { useAppUnderTest } from './support/suite.mjs';
import { openScreen } from './support/navigation.mjs';

const app = useAppUnderTest();

const NOTE = 'Pupils’ “exit tickets” <b>27/30</b> <script>alert(1)</script> 🙂 مرحبا e\u0301';
const PASSPHRASE = 'river valley 42 🌳';

/** Every row of every object store, read with raw IndexedDB: what "exactly" is compared against. */
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
          if (names.length === 0) {
            database.close();
            resolve(dump);
            return;
          }
          const transaction = database.transaction(names, 'readonly');
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              dump[name] = all.result;
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

function countRows(dump) {
  return Object.values(dump).reduce((sum, rows) => sum + rows.length, 0);
}

/** Empties IndexedDB for the origin, as a browser evicting it would; localStorage is kept. */
async function evictDatabase(context, page) {
  const session = await context.newCDPSession(page);
  await session.send('Storage.clearDataForOrigin', {
    origin: new URL(app.server.baseUrl).origin,
    storageTypes: 'indexeddb',
  });
  await session.detach();
}

async function saveBackup(page, directory, passphrase) {
  const protect = page.getByLabel('Protect the file with a passphrase');
  if (passphrase) {
    await protect.check();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Passphrase again').fill(passphrase);
  } else {
    await protect.uncheck();
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup' }).click();
  const file = await download;
  const path = join(directory, file.suggestedFilename());
  await file.saveAs(path);
  // This file's name, not just "Backup saved": the first backup's message would satisfy that.
  await page.getByRole('status').filter({ hasText: file.suggestedFilename() }).waitFor();
  return path;
}

test(
  'back up, lose the database, restore exactly; two tabs; under the CSP, inside the origin',
  { timeout: 180_000 },
  async (t) => {
    const directory = await mkdtemp(join(tmpdir(), 'trellis-backups-'));
    const context = await newAppContext(app.browser, { acceptDownloads: true });
    const requests = recordRequests(context, app.server.baseUrl);
    const a11y = accessibilityLog(t);
    /** @type {string[]} */
    const cspViolations = [];
    context.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) {
        cspViolations.push(message.text());
      }
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI} from "${event.sourceFile}" ${event.lineNumber}`,
        );
      });
    });
    const page = await context.newPage();

    try {
      await t.test('the built page carries a strict Content-Security-Policy', async () => {
        await page.goto(app.server.baseUrl);
        const policy = await page
          .locator('meta[http-equiv="Content-Security-Policy"]')
          .getAttribute('content');
        assert.match(policy ?? '', /default-src 'self'/);
        assert.match(policy ?? '', /script-src 'self'(;|$)/);
        assert.doesNotMatch(policy ?? '', /unsafe-inline|unsafe-eval|https?:/);
      });

      let original;
      await t.test('make data: set up, rate, write a note with tricky text', async () => {
        await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor();
        const offline = page
          .getByRole('status')
          .filter({ hasText: 'Trellis is ready to work offline.' });
        await offline.waitFor({ timeout: 15_000 });
        await offline.getByRole('button', { name: 'OK' }).click();
        await page.getByRole('button', { name: 'Set up my programme' }).click();
        await page.getByLabel('Your name', { exact: true }).fill('Sam Patel');
        await page.getByLabel('School', { exact: true }).fill('Riverside Academy');
        await page.getByRole('radio', { name: /^OTP Plus/ }).check();
        await page.getByRole('button', { name: 'Start my programme' }).click();
        const card = page.getByRole('article').first();
        await card.getByRole('radio').nth(1).check();
        await card.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
        await card.getByRole('button', { name: 'Add note' }).click();
        const note = card.getByLabel('Evidence note');
        await note.fill(NOTE);
        await note.blur();
        await card.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
        await page.getByRole('article').nth(1).getByRole('radio').nth(2).check();
        await page
          .getByRole('article')
          .nth(1)
          .getByRole('status')
          .filter({ hasText: 'Saved' })
          .waitFor();
        original = await dumpDatabase(page);
        assert.ok(countRows(original) >= 5, 'there is data to lose');
      });

      let plainBackup;
      let protectedBackup;
      await t.test('back up through real downloads, with and without a passphrase', async () => {
        await openScreen(page, 'Settings');
        await page.getByRole('link', { name: 'Back up or restore' }).click();
        await page.getByRole('heading', { name: 'Backup and restore', level: 1 }).waitFor();
        await page.getByText('No backup has been made on this device yet.').waitFor();
        await a11y.check(page, 'backup screen');
        await screenshot(page, 'data-safety-backup');

        plainBackup = await saveBackup(page, directory);
        protectedBackup = await saveBackup(page, directory, PASSPHRASE);
        assert.match(protectedBackup, /-protected\.json$/);
        await page.getByText(/^Last backup: /).waitFor();
        await a11y.check(page, 'backup saved');
        await screenshot(page, 'data-safety-backup-saved');
      });

      await t.test('the database is evicted: the app says so instead of a first run', async () => {
        await evictDatabase(context, page);
        await page.reload();
        await page
          .getByRole('heading', { name: 'Your Trellis data is no longer in this browser' })
          .waitFor();
        assert.equal(await page.getByRole('heading', { name: 'Welcome to Trellis' }).count(), 0);
        await a11y.check(page, 'data missing');
        await screenshot(page, 'data-safety-missing');
      });

      await t.test(
        'restore the protected backup: wrong passphrase refused, then all back',
        async () => {
          await page.getByLabel('Choose a Trellis backup file').setInputFiles(protectedBackup);
          const passphrase = page.getByLabel(/^Passphrase for /);
          await passphrase.fill('river valley 41');
          await page.getByRole('button', { name: 'Open the backup' }).click();
          await page.getByText(/passphrase does not open this backup/).waitFor();
          await page.getByLabel(/^Passphrase for /).fill(PASSPHRASE);
          await page.getByRole('button', { name: 'Open the backup' }).click();
          await page.getByRole('table').waitFor();
          await a11y.check(page, 'restore preview');
          await screenshot(page, 'data-safety-restore-preview');
          // The emptied device holds nothing, so there is nothing to merge with or replace.
          await page.getByRole('button', { name: 'Restore this backup' }).click();
          await page.getByRole('navigation', { name: 'Main' }).waitFor();
          assert.deepEqual(await dumpDatabase(page), original);
          await page
            .getByRole('navigation', { name: 'Main' })
            .getByRole('link', { name: 'Audit' })
            .click();
          const note = page.getByRole('article').first().getByLabel('Evidence note');
          await eventually(async () => assert.equal(await note.inputValue(), NOTE));
        },
      );

      await t.test('evict again and restore the plain backup: all back exactly', async () => {
        await evictDatabase(context, page);
        await page.reload();
        await page
          .getByRole('heading', { name: 'Your Trellis data is no longer in this browser' })
          .waitFor();
        await page.getByLabel('Choose a Trellis backup file').setInputFiles(plainBackup);
        await page.getByRole('table').waitFor();
        assert.equal(await page.getByLabel(/Replace everything/).count(), 0);
        await page.getByRole('button', { name: 'Restore this backup' }).click();
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        assert.deepEqual(await dumpDatabase(page), original);
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Audit' })
          .click();
        const note = page.getByRole('article').first().getByLabel('Evidence note');
        await eventually(async () => assert.equal(await note.inputValue(), NOTE));
      });

      await t.test('two tabs: edits in one show in the other', async () => {
        const other = await context.newPage();
        await other.goto(`${app.server.baseUrl}/settings`);
        await page.goto(`${app.server.baseUrl}/settings`);
        const name = page.getByLabel('Your name', { exact: true });
        await name.fill('Sam Patel-Jones');
        await page.getByText('Saved').first().waitFor();
        await eventually(async () =>
          assert.equal(
            await other.getByLabel('Switch profile').locator('option:checked').textContent(),
            'Sam Patel-Jones',
          ),
        );
        await other.close();
      });

      await t.test(
        'another tab upgrades the database: reload asked, typed input kept',
        async () => {
          const other = await context.newPage();
          await other.goto(app.server.baseUrl);
          await other.getByRole('navigation', { name: 'Main' }).waitFor();
          const school = page.getByLabel('School', { exact: true });
          await school.fill('Typed just before the upgrade');
          await other.evaluate(
            () =>
              new Promise((resolve, reject) => {
                const probe = indexedDB.open('trellis');
                probe.onsuccess = () => {
                  const version = probe.result.version;
                  probe.result.close();
                  const upgrade = indexedDB.open('trellis', version + 10);
                  upgrade.onsuccess = () => {
                    upgrade.result.close();
                    resolve(undefined);
                  };
                  upgrade.onerror = () => reject(upgrade.error);
                };
                probe.onerror = () => reject(probe.error);
              }),
          );
          await page
            .getByRole('alert')
            .filter({ hasText: 'Trellis was updated in another tab' })
            .waitFor();
          await school.pressSequentially(' and after');
          assert.equal(await school.inputValue(), 'Typed just before the upgrade and after');
          await a11y.check(page, 'upgraded elsewhere');
          await screenshot(page, 'data-safety-two-tabs');
          await other.close();
        },
      );

      await t.test('no CSP violation and no request outside the origin', () => {
        assert.deepEqual(cspViolations, []);
        assert.deepEqual(requests.outsideOrigin(), []);
      });
      a11y.assertNone();
    } finally {
      await context.close();
    }
  },
);
