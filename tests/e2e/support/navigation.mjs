/**
 * Opens a screen the way a user does: its tab in the main navigation. On a phone there are five
 * tabs and Settings is a button in the header instead; at every width exactly one link called
 * "Settings" is visible, so that one is clicked wherever it is.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} name the tab's label
 */
export async function openScreen(page, name) {
  const scope = name === 'Settings' ? page : page.getByRole('navigation', { name: 'Main' });
  await scope.getByRole('link', { name, exact: true }).click();
}

/**
 * Opens Trellis on a fresh device, waits until it is ready to work offline (and closes that
 * notice, which would otherwise cover the page's foot), then loads the example delegate.
 *
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl
 */
export async function openWithExampleData(page, baseUrl) {
  await page.goto(baseUrl);
  const notice = page.getByRole('status').filter({ hasText: 'Trellis is ready to work offline.' });
  await notice.waitFor({ timeout: 15_000 });
  await notice.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Try it with example data' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/**
 * Waits for the progress dashboard to be drawn in full. The parts below its first chart, and the
 * skills grid's rows, come one per frame (src/ui/drawn-in-turn.tsx), marked busy until they are
 * all in; the charts are drawn once their width is known.
 *
 * @param {import('playwright-core').Page} page
 */
export async function waitForProgressDrawn(page) {
  await page.getByRole('heading', { name: 'Area averages by week' }).waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  await page.locator('.chart-surface').first().waitFor();
}
