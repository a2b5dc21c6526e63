/**
 * The benchmark's browser: Debian's Chromium through playwright-core, each run in a persistent
 * context on a fresh folder (IndexedDB and the service worker live on disk, as on a real device;
 * never incognito), with the CPU slowed 4× through the DevTools protocol to stand in for a phone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, PHONE } from '../e2e/support/browser.mjs';

export const CPU_SLOWDOWN = 4;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-GB',
];

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
    args: ARGS,
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

/**
 * Installs, before any of the page's own scripts, a MutationObserver that notes when `selector`
 * first matches: the moment the screen the user came for is in the document. React attaches its
 * delegated event listeners at createRoot and commits an element together with its handlers, so
 * from that moment the screen answers input ("interactive").
 */
export async function watchForInteractive(page, selector) {
  await page.addInitScript((watched) => {
    const bench = (window.__bench = { interactive: null });
    const check = () => {
      if (bench.interactive === null && document.querySelector(watched)) {
        bench.interactive = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
}

/** First contentful paint and interactive, in ms from the navigation's start. */
export async function loadTimings(page) {
  await page.waitForFunction(
    () =>
      window.__bench?.interactive != null &&
      performance.getEntriesByName('first-contentful-paint').length > 0,
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    interactive: window.__bench.interactive,
  }));
}

/** The JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}
