/** Debian's Chromium driven by playwright-core: never a downloaded browser build. */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, LAPTOP, PHONE } from '../../support/chromium.mjs';

const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/**
 * A fresh profile (empty IndexedDB, no service worker yet) in which service workers run, as a new
 * visitor's browser would be. Reduced motion keeps charts still for screenshots; en-GB matches the
 * app's dates.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export function newAppContext(browser, options = {}) {
  return browser.newContext({
    serviceWorkers: 'allow',
    viewport: PHONE,
    locale: 'en-GB',
    reducedMotion: 'reduce',
    ...options,
  });
}

/**
 * Records every request the context makes — the pages' and the service worker's — and answers
 * which of them left the app's origin. The app must make none.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} baseUrl
 */
export function recordRequests(context, baseUrl) {
  const origin = new URL(baseUrl).origin;
  /** @type {string[]} */
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  return {
    all: () => [...urls],
    /** Network requests to anywhere but the app's origin (data: and blob: URLs never leave). */
    outsideOrigin: () =>
      urls.filter((url) => {
        const { protocol, origin: requestOrigin } = new URL(url);
        if (protocol === 'data:' || protocol === 'blob:') return false;
        return requestOrigin !== origin;
      }),
  };
}

/**
 * Lets layout, resize observers, lazy chunks and a render React has scheduled settle after a
 * change: two frames, then a moment.
 * @param {import('playwright-core').Page} page
 */
export async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150)));
      }),
  );
}

/**
 * Full-page screenshots of what is on screen at phone and laptop widths:
 * test-results/screenshots/<name>-390.png and <name>-1280.png. The viewport is put back after.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function screenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  const original = page.viewportSize() ?? PHONE;
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    // From the top, so sticky and fixed bars land where a reader of the page first sees them.
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    await page.screenshot({
      path: `${screenshotDir}${name}-${size.width}.png`,
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
  }
  await page.setViewportSize(original);
  await settle(page);
}
