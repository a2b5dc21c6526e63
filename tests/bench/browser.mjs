/**
 * The benchmark's browser: Debian's Chromium through playwright-core, each run in a persistent
 * context on a fresh folder (IndexedDB and the service worker live on disk, as on a real device;
 * never incognito), with the CPU slowed 4× through the DevTools protocol to stand in for a phone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PHONE } from '../support/chromium.mjs';

export const CPU_SLOWDOWN = 4;

export async function freshProfileDir() {
  return mkdtemp(join(tmpdir(), 'trellis-bench-'));
}

export async function removeProfileDir(dir) {
  await rm(dir, { recursive: true, force: true });
}

/**
 * @param {string} userDataDir
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page }>}
 */
export async function openBrowser(userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    viewport: PHONE,
    locale: 'en-GB',
    serviceWorkers: 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Slows the page's CPU (and its workers', which share the renderer) by CPU_SLOWDOWN. */
export async function throttle(page, rate = CPU_SLOWDOWN) {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  return session;
}

const LOADED = 'trellis-bench:loaded ';

/**
 * Opens `url` and returns its first contentful paint and the moment it became interactive, in ms
 * from the navigation's start.
 *
 * An init script, installed before any of the page's own scripts, notes when `selector` first
 * matches: the moment the screen the user came for is in the document. React attaches its
 * delegated event listeners at createRoot and commits an element together with its handlers, so
 * from that moment the screen answers input ("interactive"). The script reports both figures in a
 * console message. Waiting on that message, rather than with `page.waitForFunction` or a locator,
 * keeps Playwright from evaluating its own injected script in the page while the page is still
 * loading: main-thread time that landed in the middle of Trellis's load (it is still
 * drawing after the load event) but after the floor's (drawn before it).
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {string} selector
 * @returns {Promise<{ fcp: number, interactive: number }>}
 */
export async function loadAndTime(page, url, selector) {
  await page.addInitScript(
    ([watched, prefix]) => {
      let interactive = null;
      let fcp = null;
      const reportWhenBoth = () => {
        if (interactive !== null && fcp !== null) {
          console.debug(prefix + JSON.stringify({ fcp, interactive }));
        }
      };
      const observer = new MutationObserver(() => {
        if (interactive === null && document.querySelector(watched)) {
          interactive = performance.now();
          observer.disconnect();
          reportWhenBoth();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
      new PerformanceObserver((entries) => {
        const paint = entries.getEntriesByName('first-contentful-paint')[0];
        if (paint && fcp === null) {
          fcp = paint.startTime;
          reportWhenBoth();
        }
      }).observe({ type: 'paint', buffered: true });
    },
    [selector, LOADED],
  );
  const reported = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith(LOADED),
    timeout: 60_000,
  });
  await page.goto(url);
  return JSON.parse((await reported).text().slice(LOADED.length));
}

/** The JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}
