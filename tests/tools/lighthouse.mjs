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
 *
 * Each page is audited LIGHTHOUSE_RUNS times (3 unless set), in turns, and its median run is the
 * one reported and checked, chosen by Lighthouse's own `computeMedianRun` as Lighthouse CI does:
 * Lighthouse's documentation advises it, because one run's performance score swings by several
 * points on a shared machine (its simulated 4× CPU multiplies the machine's own hiccups).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromium } from 'playwright-core';
import { buildFloor } from '../bench/floor/build.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, loadExampleData } from '../support/chromium.mjs';
import { startPreviewServer } from '../support/preview-server.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const outDir = fileURLToPath(new URL('../../test-results/lighthouse/', import.meta.url));

/** Opens Trellis in the profile, waits for the service worker, and loads the example delegate. */
async function deviceWithExample(userDataDir, baseUrl) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    serviceWorkers: 'allow',
    locale: 'en-GB',
  });
  try {
    await loadExampleData(context.pages()[0] ?? (await context.newPage()), baseUrl);
  } finally {
    await context.close();
  }
}

/** One Lighthouse run of `url`: its result and its HTML and JSON reports. */
async function runLighthouse(url, userDataDir, { keepStorage }) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
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
    return { lhr: result.lhr, html, json };
  } finally {
    chrome.kill();
  }
}

/** Accessibility and best-practice audits a run fails (these must pass on every run). */
function failingAudits(lhr) {
  return Object.values(lhr.audits)
    .filter(
      (item) => item.score !== null && item.score < 1 && item.scoreDisplayMode !== 'informative',
    )
    .filter((item) =>
      ['accessibility', 'best-practices'].some((category) =>
        lhr.categories[category]?.auditRefs.some((ref) => ref.id === item.id && ref.weight > 0),
      ),
    )
    .map((item) => `${item.id}: ${item.title}`);
}

/** A page's median run (its reports written to disk), with every run's performance score. */
async function summarise(name, runs) {
  const median = computeMedianRun(runs.map((run) => run.lhr));
  const { lhr, html, json } = runs.find((run) => run.lhr === median) ?? runs[0];
  await writeFile(join(outDir, `${name}.html`), html);
  await writeFile(join(outDir, `${name}.json`), json);
  const score = (result, id) => Math.round((result.categories[id]?.score ?? 0) * 100);
  return {
    name,
    path: new URL(lhr.requestedUrl ?? lhr.finalDisplayedUrl).pathname,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr, id)])),
    performanceRuns: runs.map((run) => score(run.lhr, 'performance')),
    metrics: {
      fcp: lhr.audits['first-contentful-paint']?.numericValue,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue,
      tbt: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
    },
    failing: [...new Set(runs.flatMap((run) => failingAudits(run.lhr)))],
    warnings: [...new Set(runs.flatMap((run) => run.lhr.runWarnings))],
    benchmarkIndexes: runs.map((run) => Math.round(run.lhr.environment.benchmarkIndex)),
  };
}

await mkdir(outDir, { recursive: true });
const server = await startPreviewServer();
const freshDir = await mkdtemp(join(tmpdir(), 'trellis-lighthouse-fresh-'));
const exampleDir = await mkdtemp(join(tmpdir(), 'trellis-lighthouse-example-'));
const floorDist = await mkdtemp(join(tmpdir(), 'trellis-lighthouse-floor-'));
await buildFloor(floorDist);
const floorServer = await startPreviewServer({ outDir: floorDist });
const pages = [
  { name: 'floor', url: `${floorServer.baseUrl}/`, dir: freshDir, keepStorage: false },
  { name: 'first-run', url: `${server.baseUrl}/`, dir: freshDir, keepStorage: false },
  ...['audit', 'progress', 'programme', 'settings'].map((screen) => ({
    name: screen,
    url: `${server.baseUrl}/${screen}`,
    dir: exampleDir,
    keepStorage: true,
  })),
];
const results = [];
/** The bare React page, audited the same way: the best this machine lets any page score. */
let floor;
try {
  await deviceWithExample(exampleDir, server.baseUrl);
  const runs = new Map(pages.map((page) => [page.name, []]));
  // In turns (every page once, then again), so a slow spell of the machine hits all pages alike.
  for (let run = 1; run <= RUNS; run += 1) {
    for (const page of pages) {
      const result = await runLighthouse(page.url, page.dir, page);
      runs.get(page.name).push(result);
      const performance = Math.round((result.lhr.categories.performance?.score ?? 0) * 100);
      console.log(`run ${run}/${RUNS} ${page.name}: performance ${performance}`);
    }
  }
  for (const page of pages) {
    const summary = await summarise(page.name, runs.get(page.name));
    if (page.name === 'floor') floor = summary;
    else results.push(summary);
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
  '| Screen | Performance (every run) | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...[...results, ...(floor ? [{ ...floor, name: 'floor: bare React 19 page' }] : [])].map(
    (result) =>
      [
        '',
        `${result.name} (${result.path})`,
        `${result.scores.performance} (${result.performanceRuns.join(', ')})`,
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
const benchmarkIndexes = results.flatMap((result) => result.benchmarkIndexes);
const summary =
  `# Lighthouse (default mobile settings), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n` +
  `Each page audited ${RUNS} times in turns; the figures are its median run (Lighthouse's ` +
  '`computeMedianRun`, closest to the median first contentful paint and time to interactive), ' +
  "with every run's performance score in brackets.\n\n" +
  `Lighthouse's CPU benchmark index on this machine: ${Math.min(...benchmarkIndexes)}–` +
  `${Math.max(...benchmarkIndexes)} (its 4× CPU slowdown is calibrated for a desktop scoring ` +
  'about 1000–2000, so a lower index makes every page look slower).\n\n' +
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
const failed = results.some(
  (result) =>
    result.failing.length > 0 ||
    Object.entries(MINIMUM).some(([category, minimum]) => result.scores[category] < minimum),
);
process.exit(failed ? 1 : 0);
