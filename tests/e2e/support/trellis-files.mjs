/**
 * One real Trellis file and link of every kind for the browser suite, made by the app's own
 * writers (tests/support/trellis-file-fixtures.ts, checked against the app's readers by a unit
 * test). That module is TypeScript over src/, so it is bundled once with Vite into a temporary
 * folder, imported, and run in Node, on fake-indexeddb for the backup's database.
 *
 *     const { files, links, damagedFiles } = await trellisFiles();
 *     await page.locator('input[type="file"]').setInputFiles(asInputFile(files.observation));
 *     await page.goto(atOrigin(links.verification, app.server.baseUrl));
 *
 * The files tell one story: restore `files.backup` first and each file for that delegate
 * (observation, review answer, review report, verification) opens to its happy path; restore
 * `coachBackup` and the coach's (review bundle, review answer, verification request) do.
 * `damagedFiles` are the same files changed after sealing: recognised, then refused as damaged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const entry = 'tests/support/trellis-file-fixtures.ts';

/**
 * @typedef {{ name: string, text: string }} TrellisFixtureFile
 * @typedef {{
 *   files: Record<import('../../../src/domain/trellis-files').TrellisFileKind, TrellisFixtureFile>,
 *   links: Record<string, string>,
 *   damagedFiles: Record<import('../../../src/domain/trellis-files').TrellisFileKind, TrellisFixtureFile>,
 *   coachBackup: TrellisFixtureFile,
 * }} TrellisFixtures
 */

/** @type {Promise<TrellisFixtures> | undefined} */
let made;

/**
 * The fixtures, made on the first call and shared by every later call in this process. Links are
 * for http://trellis.test: use `atOrigin` to open one on the server under test.
 * @returns {Promise<TrellisFixtures>}
 */
export function trellisFiles() {
  made ??= makeFixtures();
  return made;
}

async function makeFixtures() {
  const outDir = await mkdtemp(join(tmpdir(), 'trellis-file-fixtures-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      resolve: { alias: [{ find: /^@\//, replacement: `${root}src/` }] },
      // Everything in the bundle, packages too: the temporary folder has no node_modules to find.
      ssr: { noExternal: true },
      build: {
        ssr: entry,
        outDir,
        emptyOutDir: true,
        minify: false,
        sourcemap: false,
        reportCompressedSize: false,
        rolldownOptions: {
          // The test factories import the built-in frameworks the app loads late; no matter here.
          checks: { ineffectiveDynamicImport: false },
          // One file: nothing is imported late from a folder that is removed once it has run.
          output: { format: 'es', entryFileNames: 'fixtures.mjs', codeSplitting: false },
        },
      },
    });
    const fixtures = await import(pathToFileURL(join(outDir, 'fixtures.mjs')).href);
    return await fixtures.makeTrellisFixtures();
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * The same link on another origin: a Trellis link's data is all in its fragment, so it opens on
 * any copy of Trellis.
 * @param {string} link
 * @param {string} origin such as the preview server's `baseUrl`
 */
export function atOrigin(link, origin) {
  const url = new URL(link);
  return new URL(`${url.pathname}${url.search}${url.hash}`, origin).href;
}

/**
 * A fixture file as Playwright's `setInputFiles` takes it.
 * @param {TrellisFixtureFile} file
 */
export function asInputFile(file) {
  return { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') };
}
