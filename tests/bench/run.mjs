/**
 * `npm run bench`: Trellis's production build (made by the npm script just before) in Debian's
 * Chromium with the CPU slowed 4×, every figure the median of BENCH_RUNS (default 5) runs and a
 * ratio to a floor measured in the same run. Writes bench/results.json and bench/results.md.
 *
 * Adding a figure (a feature that landed): write one function in measurements.mjs that returns
 * rows, and list it below.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { CHROMIUM_PATH } from '../support/chromium.mjs';
import { startPreviewServer } from '../support/preview-server.mjs';
import { CPU_SLOWDOWN } from './browser.mjs';
import { buildFloor } from './floor/build.mjs';
import {
  auditPageHeight,
  backupAndRestore,
  cohortOpen,
  coldLoad,
  exportPresentation,
  exportWriteUpDocument,
  initialBundle,
  largeDashboard,
  ratingSave,
  review360Report,
  reviewBatchOpen,
  screenSwitch,
  warmLoad,
  writeUpTyping,
} from './measurements.mjs';
import { renderMarkdown } from './report.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 5);
if (!Number.isInteger(runs) || runs < 5) {
  console.error(
    'BENCH_RUNS must be a whole number of at least 5: every figure is a median of ≥ 5.',
  );
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `The benchmark drives Debian's Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`,
  );
  process.exit(1);
}
if (!existsSync(join(root, 'dist/index.html'))) {
  console.error('No build in dist/: run `npm run bench`, which builds the app first.');
  process.exit(1);
}

/** The measurements, in the order of the results table. */
const measurements = [
  initialBundle,
  coldLoad,
  warmLoad,
  auditPageHeight,
  ratingSave,
  screenSwitch,
  largeDashboard,
  backupAndRestore,
  exportPresentation,
  review360Report,
  reviewBatchOpen,
  writeUpTyping,
  exportWriteUpDocument,
  cohortOpen,
];

const work = await mkdtemp(join(tmpdir(), 'trellis-bench-build-'));
const floorDist = join(work, 'floor');
const seederDist = join(work, 'seeder');
const log = (line) => console.log(line);

log('Building the floor (a bare React 19 page, same Vite and React plugin) and the seeder…');
await buildFloor(floorDist);
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: { '@': join(root, 'src') } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: seederDist,
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: join(root, 'tests/bench/seeder.ts'),
      formats: ['iife'],
      name: 'trellisBench',
      fileName: () => 'seeder.js',
    },
  },
});

const appServer = await startPreviewServer();
const floorServer = await startPreviewServer({ outDir: floorDist });
const startedAt = new Date();
const loadBefore = loadavg();
/** @type {import('./measurements.mjs').BenchRow[]} */
const rows = [];
try {
  const env = {
    appUrl: appServer.baseUrl,
    floorUrl: floorServer.baseUrl,
    appDist: join(root, 'dist'),
    floorDist,
    seederPath: join(seederDist, 'seeder.js'),
    runs,
    log,
  };
  // BENCH_ONLY=ratingSave,largeDashboard runs just those (while working on one figure).
  const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
  for (const measure of measurements) {
    if (only && !only.includes(measure.name)) continue;
    rows.push(...(await measure(env)));
  }
} finally {
  await appServer.close();
  await floorServer.close();
  await rm(work, { recursive: true, force: true });
}

const results = {
  date: startedAt.toISOString(),
  durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageBefore: loadBefore.map((value) => Math.round(value * 100) / 100),
    loadAverageAfter: loadavg().map((value) => Math.round(value * 100) / 100),
    note: process.env.BENCH_MACHINE_NOTE ?? '',
  },
  cpuSlowdown: CPU_SLOWDOWN,
  runsPerFigure: runs,
  rows,
};
await mkdir(join(root, 'bench'), { recursive: true });
await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
await writeFile(join(root, 'bench/results.md'), markdown);
console.log(`\n${markdown}`);
console.log('Written: bench/results.json, bench/results.md');
