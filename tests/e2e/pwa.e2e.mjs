/**
 * The built app is an installable PWA that works offline from the first visit and never reaches
 * outside its own origin.
 */
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { newAppContext, recordRequests } from './support/browser.mjs';
import { startPreviewServer } from '../support/preview-server.mjs';
import { useAppUnderTest } from './support/suite.mjs';

const app = useAppUnderTest();

test(
  'installs, works offline from the first visit, and stays on its own origin',
  { timeout: 60_000 },
  async (t) => {
    const context = await newAppContext(app.browser);
    const requests = recordRequests(context, app.server.baseUrl);
    try {
      const page = await context.newPage();
      await page.goto(app.server.baseUrl);
      await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor();

      await t.test('serves a manifest with a name and 192, 512 and maskable icons', async () => {
        const manifest = await page.evaluate(async () => {
          const link = document.querySelector('link[rel="manifest"]');
          if (!(link instanceof HTMLLinkElement)) return null;
          const response = await fetch(link.href);
          const body = await response.json();
          const icons = await Promise.all(
            (body.icons ?? []).map(async (icon) => {
              const iconResponse = await fetch(new URL(icon.src, link.href));
              return {
                ...icon,
                status: iconResponse.status,
                contentType: iconResponse.headers.get('content-type'),
              };
            }),
          );
          return { ...body, icons };
        });
        assert.ok(manifest, 'index.html links a web app manifest');
        assert.match(manifest.name, /Trellis/);
        assert.ok(manifest.short_name, 'the manifest has a short name');
        assert.equal(manifest.display, 'standalone');
        const iconWith = (sizes, purpose) =>
          manifest.icons.find(
            (icon) => icon.sizes === sizes && (icon.purpose ?? 'any').split(' ').includes(purpose),
          );
        for (const [sizes, purpose] of [
          ['192x192', 'any'],
          ['512x512', 'any'],
          ['512x512', 'maskable'],
        ]) {
          const icon = iconWith(sizes, purpose);
          assert.ok(icon, `the manifest lists a ${sizes} ${purpose} icon`);
          assert.equal(icon.status, 200, `${icon.src} is served`);
          assert.equal(icon.contentType, 'image/png', `${icon.src} is a PNG`);
        }
      });

      await t.test(
        'offers itself in the share sheet and as the app that opens Trellis files',
        async () => {
          const manifest = await page.evaluate(async () => {
            const link = document.querySelector('link[rel="manifest"]');
            if (!(link instanceof HTMLLinkElement)) return null;
            return (await fetch(link.href)).json();
          });
          // Files and links sent from another app are posted to the service worker
          // (src/pwa/sw.ts), which reads exactly these fields.
          assert.deepEqual(manifest?.share_target, {
            action: '/share-target',
            method: 'POST',
            enctype: 'multipart/form-data',
            params: {
              title: 'title',
              text: 'text',
              url: 'url',
              files: [{ name: 'files', accept: ['application/json', '.json'] }],
            },
          });
          assert.deepEqual(manifest?.file_handlers, [
            { action: '/open', name: 'Trellis file', accept: { 'application/json': ['.json'] } },
          ]);
        },
      );

      await t.test(
        'registers a service worker that controls the page on the first visit',
        async () => {
          const scope = await page.evaluate(async () => {
            const registration = await navigator.serviceWorker.ready;
            return registration.scope;
          });
          assert.equal(scope, `${app.server.baseUrl}/`);
          // clientsClaim: the first page is taken over without a reload.
          await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
            timeout: 15_000,
          });
        },
      );

      await t.test('still renders after going offline and reloading', async () => {
        await context.setOffline(true);
        // The network really is gone: anything not precached fails to load.
        const uncached = await page.evaluate(() =>
          fetch(`/not-precached-${Date.now()}.txt`).then(
            (response) => `answered ${response.status}`,
            () => 'failed',
          ),
        );
        assert.equal(uncached, 'failed', 'an uncached request fails while offline');
        await page.reload();
        await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor();
        await page.getByRole('button', { name: 'Set up my programme' }).click();
        // The set-up form is part of the precached bundle too.
        await page.getByRole('heading', { name: 'Set up your programme' }).waitFor();
        assert.equal(
          await page.evaluate(() => navigator.serviceWorker.controller !== null),
          true,
          'the reloaded page is served by the service worker',
        );
      });

      assert.deepEqual(requests.outsideOrigin(), [], 'no request left the app’s origin');
      assert.ok(
        requests.all().some((url) => url.endsWith('/sw.js')),
        'the service worker script was fetched',
      );
    } finally {
      await context.close();
    }
  },
);

test(
  'a new version waits for the user, keeps what they were typing, and loads when they ask',
  { timeout: 60_000 },
  async () => {
    // A copy of the build, so "shipping" a new service worker never touches dist/.
    const distCopy = await mkdtemp(join(tmpdir(), 'trellis-dist-'));
    await cp(fileURLToPath(new URL('../../dist/', import.meta.url)), distCopy, { recursive: true });
    const copyServer = await startPreviewServer({ outDir: distCopy });
    const context = await newAppContext(app.browser);
    try {
      const page = await context.newPage();
      await page.goto(copyServer.baseUrl);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 15_000,
      });
      const offlineReady = page
        .getByRole('status')
        .filter({ hasText: 'Trellis is ready to work offline.' });
      await offlineReady.getByRole('button', { name: 'OK' }).click();

      await page.getByRole('button', { name: 'Set up my programme' }).click();
      const name = page.getByLabel('Your name', { exact: true });
      await name.fill('Typed before the update');
      let loads = 0;
      page.on('load', () => {
        loads += 1;
      });

      // A new release: the service worker script changes, and the browser finds it on its check.
      await appendFile(join(distCopy, 'sw.js'), '\n// a new release\n');
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });

      const prompt = page
        .getByRole('status')
        .filter({ hasText: 'A new version of Trellis is ready.' });
      await prompt.waitFor({ timeout: 15_000 });
      assert.equal(loads, 0, 'the page was not reloaded under the user');
      assert.equal(await name.inputValue(), 'Typed before the update');

      await Promise.all([
        page.waitForEvent('load'),
        prompt.getByRole('button', { name: 'Reload to update' }).click(),
      ]);
      await page.getByRole('heading', { name: 'Welcome to Trellis' }).waitFor();
      const waiting = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting ?? null;
      });
      assert.equal(waiting, null, 'the new version is the one running now');
    } finally {
      await context.close();
      await copyServer.close();
      await rm(distCopy, { recursive: true, force: true });
    }
  },
);

test(
  'says so, instead of “Opening Trellis…” for ever, when its code cannot be loaded',
  { timeout: 60_000 },
  async () => {
    // No service worker, so the routed failure reaches the page as a failed script load would
    // (a release half-fetched, storage full).
    const context = await newAppContext(app.browser, { serviceWorkers: 'block' });
    try {
      await context.route(/\/assets\/app-[\w-]+\.js$/, (route) => route.abort('failed'));
      const page = await context.newPage();
      await page.goto(app.server.baseUrl);
      await page.getByRole('heading', { name: 'Trellis could not start' }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'Reload the page' }).waitFor();
      assert.equal(await page.getByText('Opening Trellis…').count(), 0);
      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'Reload the page' }).click(),
      ]);
    } finally {
      await context.close();
    }
  },
);
