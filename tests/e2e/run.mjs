/**
 * Runs the browser suite (tests/e2e/*.e2e.mjs) with Node's built-in test runner, one file at a
 * time: each file starts its own preview server and Chromium. Expects a fresh `vite build` in
 * dist/ (`npm run e2e` does both). The runner's closing "# pass N" / "# fail N" lines and its exit
 * code are passed through unchanged.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const e2eDir = 'tests/e2e';

if (!existsSync('/usr/bin/chromium')) {
  console.error(
    "The e2e suite drives Debian's Chromium at /usr/bin/chromium, which is not installed.\n" +
      'Install it with: sudo apt-get update && sudo apt-get install -y chromium',
  );
  process.exit(1);
}

if (!existsSync(`${root}dist/index.html`)) {
  console.error('No build in dist/: run `npm run e2e`, which builds the app first.');
  process.exit(1);
}

const files = readdirSync(`${root}${e2eDir}`)
  .filter((name) => name.endsWith('.e2e.mjs'))
  .sort()
  .map((name) => `${e2eDir}/${name}`);

if (files.length === 0) {
  console.error(`No *.e2e.mjs files in ${e2eDir}/`);
  process.exit(1);
}

// TAP ends with the "# pass N" / "# fail N" lines CI reads; a terminal gets the friendlier spec.
const reporter = process.stdout.isTTY ? 'spec' : 'tap';

const child = spawn(
  process.execPath,
  ['--test', '--test-concurrency=1', `--test-reporter=${reporter}`, ...files],
  { cwd: root, stdio: 'inherit' },
);
child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`The e2e run was stopped by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
