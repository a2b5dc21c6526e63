/**
 * Makes the README's picture, docs/screenshots/overview.png: the example delegate's audit and
 * progress on a phone, side by side. Run after a build: `npx vite build && node
 * tests/tools/overview-screenshot.mjs`.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, loadExampleData, PHONE } from '../support/chromium.mjs';
import { startPreviewServer } from '../support/preview-server.mjs';

const out = new URL('../../docs/screenshots/overview.png', import.meta.url).pathname;
const server = await startPreviewServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await loadExampleData(page, server.baseUrl);
  const audit = await page.screenshot();
  await page.getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
  await page.getByText('Skills rated').waitFor();
  await page.waitForTimeout(1500);
  const progress = await page.screenshot();

  // Two phones on a plain background, drawn by the same browser.
  const frame = await browser.newPage({ viewport: { width: 856, height: 894 } });
  const image = (png) =>
    `<img src="data:image/png;base64,${png.toString('base64')}" width="390" height="844">`;
  await frame.setContent(
    `<body style="margin:0;padding:24px;display:flex;gap:28px;background:#f4f2ec">` +
      `<div style="border:1px solid #d8d4c8">${image(audit)}</div>` +
      `<div style="border:1px solid #d8d4c8">${image(progress)}</div></body>`,
  );
  await frame.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
