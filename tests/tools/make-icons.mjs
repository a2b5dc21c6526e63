/**
 * Renders public/favicon.svg into the PNG icons the web app manifest and iOS ask for, using the
 * same Chromium the e2e suite drives, so no image tool has to be installed. Run it again after
 * changing the mark:
 *
 *   node tests/tools/make-icons.mjs
 *
 * - pwa-192x192.png, pwa-512x512.png ("any"): the mark as drawn, its rounded corners transparent,
 *   because launchers and task bars show these icons as they are.
 * - apple-touch-icon.png (180×180): opaque and full-bleed, because iOS fills transparency with
 *   black and cuts its own rounded corners.
 * - maskable-512x512.png: the mark at 70% on a full-bleed background. The drawing has a margin of
 *   its own inside the mark, so everything drawn sits at least 20% in from each edge and its farthest
 *   point (the dot) is 30% from the centre: a launcher's circle or squircle mask, which may cut
 *   anything outside the central circle of radius 40% (the safe zone), never cuts into it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium.mjs';

const BRAND_GREEN = '#1f5f4a';
const publicDir = new URL('../../public/', import.meta.url);

const icons = [
  { file: 'pwa-192x192.png', size: 192, markScale: 1, background: null },
  { file: 'pwa-512x512.png', size: 512, markScale: 1, background: null },
  { file: 'apple-touch-icon.png', size: 180, markScale: 1, background: BRAND_GREEN },
  { file: 'maskable-512x512.png', size: 512, markScale: 0.7, background: BRAND_GREEN },
];

/** The SVG at an exact pixel size (its viewBox keeps it sharp at any size). */
function sizedSvg(svg, pixels) {
  return svg.replace('<svg ', `<svg width="${pixels}" height="${pixels}" `);
}

function iconHtml(svg, { size, markScale, background }) {
  const markSize = Math.round(size * markScale);
  return `<!doctype html>
<html>
  <head>
    <style>
      html, body { margin: 0; padding: 0; width: ${size}px; height: ${size}px; overflow: hidden; }
      body {
        display: grid;
        place-items: center;
        background: ${background ?? 'transparent'};
      }
      svg { display: block; }
    </style>
  </head>
  <body>${sizedSvg(svg, markSize)}</body>
</html>`;
}

const svg = await readFile(new URL('favicon.svg', publicDir), 'utf8');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    await page.setContent(iconHtml(svg, icon));
    const path = fileURLToPath(new URL(icon.file, publicDir));
    // Opaque icons keep their background; the "any" icons keep transparent rounded corners.
    await page.screenshot({ path, omitBackground: icon.background === null });
    await page.close();
    console.log(`wrote public/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
