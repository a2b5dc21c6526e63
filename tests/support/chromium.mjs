/**
 * The browser every tool drives: Debian's Chromium (never a downloaded build), with the same flags
 * for the browser suite, the benchmark, Lighthouse and the icon maker, and the two window sizes
 * every screen must work at.
 */

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The browser's own language, as a UK teacher's would be (the context's locale only sets the
  // page's). Date inputs still follow the OS locale, which this machine does not have for en-GB.
  '--lang=en-GB',
];

/** A phone and a laptop. */
export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 800 };

/**
 * Opens Trellis at `baseUrl` in a fresh profile, waits until the service worker has precached it
 * and loads the example delegate: the state of a device on which Trellis is in daily use.
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl
 */
export async function loadExampleData(page, baseUrl) {
  await page.goto(baseUrl);
  await page
    .getByRole('status')
    .filter({ hasText: 'Trellis is ready to work offline.' })
    .waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Try it with example data' }).click();
  await page.locator('article input[type="radio"]').first().waitFor({ timeout: 60_000 });
}
