/**
 * `npm run lighthouse`: Lighthouse (default mobile settings: a mid-range phone, simulated slow 4G
 * and 4× CPU) against the production build, served by `vite preview`, in Debian's Chromium, on the
 * main screens. Writes HTML and JSON reports to test-results/lighthouse/ and a summary table, and
 * fails when accessibility or best practices is under 100 or performance under 95.
 *
 * First run is audited on a fresh profile (a new visitor, storage reset as Lighthouse does by
 * default). The other screens need a profile with data: playwright-core opens Trellis in the same
 * user-data-dir first and loads the example delegate, then Lighthouse runs with
 * `disableStorageReset: true`, so it keeps that IndexedDB (and the installed service worker).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { buildFloor } from '../bench/floor/build.mjs';
import { CHROMIUM_PATH } from '../e2e/support/browser.mjs';
import { startPreviewServer } from '../e2e/support/server.mjs';

const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-GB',
];

const outDir = fileURLToPath(new URL('../../test-results/lighthouse/', import.meta.url));

/** Opens Trellis in the profile, waits for the service worker, and loads the example delegate. */
async function loadExampleData(userDataDir, baseUrl) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROME_FLAGS.filter((flag) => flag !== '--headless=new'),
    serviceWorkers: 'allow',
    locale: 'en-GB',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseUrl);
    await page
      .getByRole('status')
      .filter({ hasText: 'Trellis is ready to work offline.' })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('button', { name: 'Try it with example data' }).click();
    await page.locator('article input[type="radio"]').first().waitFor({ timeout: 60_000 });
  } finally {
    await context.close();
  }
}

async function audit(name, url, userDataDir, { keepStorage }) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    userDataDir,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['html', 'json'],
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      disableStorageReset: keepStorage,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const [html, json] = result.report;
    await writeFile(join(outDir, `${name}.html`), html);
    await writeFile(join(outDir, `${name}.json`), json);
    const { lhr } = result;
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    );
    const failing = Object.values(lhr.audits)
      .filter(
        (item) => item.score !== null && item.score < 1 && item.scoreDisplayMode !== 'informative',
      )
      .filter((item) =>
        ['accessibility', 'best-practices'].some((category) =>
          lhr.categories[category]?.auditRefs.some((ref) => ref.id === item.id && ref.weight > 0),
        ),
      )
      .map((item) => `${item.id}: ${item.title}`);
    return {
      name,
      path: new URL(url).pathname,
      scores,
      metrics: {
        fcp: lhr.audits['first-contentful-paint']?.numericValue,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue,
        tbt: lhr.audits['total-blocking-time']?.numericValue,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      },
      failing,
      warnings: lhr.runWarnings,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

await mkdir(outDir, { recursive: true });
const server = await startPreviewServer();
const freshDir = await mkdtemp(join(tmpdir(), 'trellis-lighthouse-fresh-'));
const exampleDir = await mkdtemp(join(tmpdir(), 'trellis-lighthouse-example-'));
const floorDist = await mkdtemp(join(tmpdir(), 'trellis-lighthouse-floor-'));
await buildFloor(floorDist);
const floorServer = await startPreviewServer({ outDir: floorDist });
const results = [];
/** The bare React page, audited the same way: the best this machine lets any page score. */
let floor;
try {
  floor = await audit('floor', `${floorServer.baseUrl}/`, freshDir, { keepStorage: false });
  results.push(await audit('first-run', `${server.baseUrl}/`, freshDir, { keepStorage: false }));
  await loadExampleData(exampleDir, server.baseUrl);
  for (const screen of ['audit', 'progress', 'programme', 'settings']) {
    results.push(
      await audit(screen, `${server.baseUrl}/${screen}`, exampleDir, { keepStorage: true }),
    );
    console.log(`${screen}: ${JSON.stringify(results.at(-1).scores)}`);
  }
} finally {
  await server.close();
  await floorServer.close();
  await rm(floorDist, { recursive: true, force: true });
  await rm(freshDir, { recursive: true, force: true });
  await rm(exampleDir, { recursive: true, force: true });
}

const ms = (value) => (value === undefined ? '—' : `${Math.round(value)} ms`);
const table = [
  '| Screen | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...[...results, ...(floor ? [{ ...floor, name: 'floor: bare React 19 page' }] : [])].map(
    (result) =>
      [
        '',
        `${result.name} (${result.path})`,
        result.scores.performance,
        result.scores.accessibility,
        result.scores['best-practices'],
        result.scores.seo,
        ms(result.metrics.fcp),
        ms(result.metrics.lcp),
        ms(result.metrics.tbt),
        result.metrics.cls?.toFixed(3) ?? '—',
        '',
      ]
        .join(' | ')
        .trim(),
  ),
].join('\n');
const benchmarkIndexes = results.map((result) => result.benchmarkIndex).join(', ');
const summary =
  `# Lighthouse (default mobile settings), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n` +
  `Lighthouse's CPU benchmark index on this machine: ${benchmarkIndexes} (its 4× CPU slowdown is ` +
  'calibrated for a desktop scoring about 1000–2000, so a lower index makes every page look slower).\n\n' +
  `${table}\n`;
await writeFile(join(outDir, 'summary.md'), summary);
console.log(`\n${summary}`);

const problems = results.flatMap((result) => [
  ...Object.entries(MINIMUM)
    .filter(([category, minimum]) => result.scores[category] < minimum)
    .map(
      ([category, minimum]) =>
        `${result.name}: ${category} ${result.scores[category]} (needs ${minimum})`,
    ),
  ...result.failing.map((item) => `${result.name}: ${item}`),
  ...result.warnings.map((warning) => `${result.name} (warning): ${warning}`),
]);
if (problems.length > 0) console.log(problems.join('\n'));
console.log(`Reports: test-results/lighthouse/<screen>.html and .json, summary.md`);
const failed = results.some((result) =>
  Object.entries(MINIMUM).some(([category, minimum]) => result.scores[category] < minimum),
);
process.exit(failed ? 1 : 0);
