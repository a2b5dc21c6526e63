/**
 * `node tests/bench/load-profile.mjs` (after `vite build`): where a warm load's time goes, Trellis's
 * audit beside the data floor. Each is loaded 3 times on its own device with the CPU slowed 4×
 * under the DevTools CPU profiler (sampled every 0.2 ms), as the benchmark's warm load does; the
 * last run's self time is printed by script and by function. "(program)" is the renderer's own
 * work outside JavaScript: fetching and compiling scripts, style, layout and paint.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExampleData } from '../support/chromium.mjs';
import { startPreviewServer } from '../support/preview-server.mjs';
import {
  freshProfileDir,
  loadAndTime,
  openBrowser,
  removeProfileDir,
  throttle,
} from './browser.mjs';
import { buildFloor } from './floor/build.mjs';

const CARDS = 'article input[type="radio"]';
const RUNS = 3;

/** Self time in ms per key, largest first. */
function top(totals, count) {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`)
    .join('\n');
}

async function profiledLoad(dir, url) {
  const { context, page } = await openBrowser(dir);
  try {
    const session = await throttle(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    const timings = await loadAndTime(page, url, CARDS);
    const { profile } = await session.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const byScript = new Map();
    const byFunction = new Map();
    profile.samples.forEach((id, index) => {
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      const frame = nodes.get(id).callFrame;
      const script = frame.url.split('/').pop() || frame.functionName || '(native)';
      byScript.set(script, (byScript.get(script) ?? 0) + ms);
      const name = `${frame.functionName || '(anonymous)'} in ${script}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    });
    return { timings, byScript, byFunction };
  } finally {
    await context.close();
  }
}

const work = await mkdtemp(join(tmpdir(), 'trellis-load-profile-'));
await buildFloor(join(work, 'floor'));
const app = await startPreviewServer();
const floor = await startPreviewServer({ outDir: join(work, 'floor') });
const appDir = await freshProfileDir();
const dataDir = await freshProfileDir();
try {
  const device = await openBrowser(appDir);
  await loadExampleData(device.page, app.baseUrl);
  await device.context.close();
  const seeding = await openBrowser(dataDir);
  await seeding.page.goto(`${floor.baseUrl}/data.html?seed`);
  await seeding.page.locator(CARDS).first().waitFor();
  await seeding.context.close();
  for (let run = 1; run <= RUNS; run += 1) {
    const audit = await profiledLoad(appDir, `${app.baseUrl}/audit`);
    const data = await profiledLoad(dataDir, `${floor.baseUrl}/data.html`);
    console.log(
      `run ${run}: audit interactive ${audit.timings.interactive.toFixed(0)} ms, data floor ${data.timings.interactive.toFixed(0)} ms`,
    );
    if (run === RUNS) {
      console.log(`\nAudit, self time by script:\n${top(audit.byScript, 14)}`);
      console.log(`\nAudit, self time by function:\n${top(audit.byFunction, 14)}`);
      console.log(`\nData floor, self time by script:\n${top(data.byScript, 8)}`);
    }
  }
} finally {
  await removeProfileDir(appDir);
  await removeProfileDir(dataDir);
  await app.close();
  await floor.close();
  await rm(work, { recursive: true, force: true });
}
