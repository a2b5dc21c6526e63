/**
 * The installed app is a share target: a phone's share sheet posts the shared files and words
 * to /share-target, which the service worker answers itself — offline too — by keeping them for
 * the open screen and sending the page there; the open screen takes them as it loads and opens
 * each where it belongs. Here the post comes from a form built in the page, as Chromium's share
 * sheet would send it, or from fetch where no page should load after it.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { newAppContext, recordRequests } from './support/browser.mjs';
import { useAppUnderTest } from './support/suite.mjs';
import { trellisFiles } from './support/trellis-files.mjs';

const app = useAppUnderTest();

/** @type {import('./support/trellis-files.mjs').TrellisFixtureFile} */
let backupFile;
before(async () => {
  backupFile = (await trellisFiles()).files.backup;
});

/**
 * Posts a share to /share-target from the page: a multipart form whose file input holds `files`
 * (set through a DataTransfer, as a person's choice would) and whose text fields hold `fields`.
 * @param {import('playwright-core').Page} page
 * @param {{ files?: { name: string, text: string, type: string }[], fields?: Record<string, string> }} share
 */
async function postShare(page, { files = [], fields = {} }) {
  await page.evaluate(
    ({ files, fields }) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.enctype = 'multipart/form-data';
      form.action = '/share-target';
      form.hidden = true;
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
      if (files.length > 0) {
        const input = document.createElement('input');
        input.type = 'file';
        input.name = 'files';
        input.multiple = true;
        const transfer = new DataTransfer();
        for (const file of files) {
          transfer.items.add(new File([file.text], file.name, { type: file.type }));
        }
        input.files = transfer.files;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    },
    { files, fields },
  );
}

/**
 * What the service worker kept for the open screen, read the way `takeSharedFiles` reads it: the
 * record, then each file as a Blob, then the cache emptied — and only then the files' text, which
 * shows a Blob taken from the cache outlives the cache.
 * @param {import('playwright-core').Page} page
 */
function takeSharedCache(page) {
  return page.evaluate(async () => {
    if (!(await caches.has('trellis-shared-files'))) return null;
    const cache = await caches.open('trellis-shared-files');
    const record = await cache.match('/share-target/share.json');
    if (!record) return null;
    const index = await record.json();
    const blobs = await Promise.all(
      index.files.map(async (_file, position) => {
        const response = await cache.match(`/share-target/files/${position}`);
        return response ? response.blob() : null;
      }),
    );
    await caches.delete('trellis-shared-files');
    const files = await Promise.all(
      index.files.map(async ({ name, type, kept }, position) => ({
        name,
        type,
        kept,
        text: (await blobs[position]?.text()) ?? null,
      })),
    );
    return { title: index.title, text: index.text, url: index.url, files };
  });
}

/**
 * A fresh device with Trellis installed: the service worker controls the page. Collects requests
 * outside the origin and CSP violations, both of which fail the test.
 * @param {import('node:test').TestContext} t
 */
async function installedTrellis(t) {
  const context = await newAppContext(app.browser);
  const requests = recordRequests(context, app.server.baseUrl);
  /** @type {string[]} */
  const cspViolations = [];
  context.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      cspViolations.push(message.text());
    }
  });
  t.after(async () => {
    await context.close();
  });
  const page = await context.newPage();
  await page.goto(app.server.baseUrl);
  await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
  const checkStayedInside = () => {
    assert.deepEqual(requests.outsideOrigin(), [], 'no request left the app’s origin');
    assert.deepEqual(cspViolations, [], 'nothing was refused by the Content-Security-Policy');
  };
  return { context, page, checkStayedInside };
}

const openShared = () => `${app.server.baseUrl}/open?shared=1`;

test(
  'a Trellis backup shared to a new phone, offline, opens on the welcome’s Start from a backup',
  { timeout: 90_000 },
  async (t) => {
    const { context, page, checkStayedInside } = await installedTrellis(t);
    // The service worker answers the share itself: no network is needed.
    await context.setOffline(true);

    await postShare(page, {
      files: [{ ...backupFile, type: 'application/json' }],
      fields: { title: 'My Trellis backup' },
    });
    // The open screen takes the share as it loads and sends the backup to the restore preview:
    // this device has nobody set up yet, so that is the welcome's.
    await page.getByRole('heading', { name: 'Start from a backup', level: 1 }).waitFor({
      timeout: 30_000,
    });
    await page.getByRole('table').waitFor({ timeout: 30_000 });
    await page.getByText(/holds no Trellis data yet/).waitFor();
    assert.equal(new URL(page.url()).pathname, '/setup');
    // Taken once: what the service worker kept for the open screen is gone.
    assert.equal(
      await page.evaluate(() => caches.has('trellis-shared-files')),
      false,
      'the open screen emptied the shared files’ cache',
    );
    checkStayedInside();
  },
);

/**
 * Posts a share with fetch, so no page loads after it: what the service worker kept is read
 * before anything could take it, whatever the open screen does when it loads.
 * @param {import('playwright-core').Page} page
 * @param {Record<string, string>} fields
 */
function fetchShare(page, fields) {
  return page.evaluate(async (fields) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const response = await fetch('/share-target', { method: 'POST', body: form });
    return { redirected: response.redirected, url: response.url };
  }, fields);
}

test(
  'a link shared from a chat as text, and a share of nothing, are kept and sent on too',
  { timeout: 90_000 },
  async (t) => {
    const { page, checkStayedInside } = await installedTrellis(t);
    const link = `${app.server.baseUrl}/observed#not-a-real-payload`;

    const sentOn = { redirected: true, url: openShared() };
    assert.deepEqual(
      await fetchShare(page, { text: `Here is your observation: ${link}`, url: link }),
      sentOn,
    );
    assert.deepEqual(await takeSharedCache(page), {
      title: null,
      text: `Here is your observation: ${link}`,
      url: link,
      files: [],
    });

    // Nothing at all: still sent to the open screen, which says that nothing came with it.
    assert.deepEqual(await fetchShare(page, {}), sentOn);
    assert.deepEqual(await takeSharedCache(page), {
      title: null,
      text: null,
      url: null,
      files: [],
    });
    checkStayedInside();
  },
);
