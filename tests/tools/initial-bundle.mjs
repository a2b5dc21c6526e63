/**
 * What a first visit downloads before Trellis can draw anything: the entry script named in the
 * built index.html, every chunk it imports statically (followed through the chunks themselves, not
 * only the modulepreload list, so nothing is missed), and the stylesheets index.html links.
 * Chunks loaded with import() — screens, charts, frameworks' text — are not counted: they load
 * only when needed. Sizes are gzip level 9 (what a static server typically sends) via node:zlib.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static imports in Vite/Rolldown output: `import{a as b}from"./x.js"` and `import"./x.js"`. */
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g;

/**
 * @param {string} distDir the build's output folder (with index.html and assets/)
 * @returns {Promise<{ js: Array<{ file: string, bytes: number, gzip: number }>, css: Array<{ file: string, bytes: number, gzip: number }>, jsGzip: number, cssGzip: number, firstTaskGzip: number }>}
 */
export async function measureInitialBundle(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const attributeOf = (tag, name) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  const entryScripts = tags
    .filter((tag) => tag.startsWith('<script') && /type="module"/.test(tag))
    .map((tag) => attributeOf(tag, 'src'))
    .filter((src) => src !== undefined);
  const preloads = tags
    .filter((tag) => /rel="modulepreload"/.test(tag))
    .map((tag) => attributeOf(tag, 'href'))
    .filter((href) => href !== undefined);
  const stylesheets = tags
    .filter((tag) => /rel="stylesheet"/.test(tag))
    .map((tag) => attributeOf(tag, 'href'))
    .filter((href) => href !== undefined);
  if (entryScripts.length === 0) throw new Error(`No module script in ${distDir}/index.html`);

  /**
   * @param {string[]} sources
   * @returns {Promise<Set<string>>} paths relative to distDir, e.g. "assets/index-abc.js"
   */
  const withStaticImports = async (sources) => {
    const seen = new Set();
    const queue = sources.map((src) => src.replace(/^\//, ''));
    while (queue.length > 0) {
      const file = queue.shift();
      if (file === undefined || seen.has(file)) continue;
      seen.add(file);
      const code = await readFile(join(distDir, file), 'utf8');
      const folder = file.slice(0, file.lastIndexOf('/') + 1);
      for (const match of code.matchAll(STATIC_IMPORT)) {
        queue.push(`${folder}${match[1].slice(2)}`);
      }
    }
    return seen;
  };

  const sized = async (file) => {
    const content = await readFile(join(distDir, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  };
  const js = await Promise.all(
    [...(await withStaticImports([...entryScripts, ...preloads]))].map(sized),
  );
  const css = await Promise.all(stylesheets.map((href) => sized(href.replace(/^\//, ''))));
  const sum = (files) => files.reduce((total, file) => total + file.gzip, 0);
  // What the entry script evaluates in its own first task: itself and its static imports, not the
  // modules it import()s in turn (preloaded, but evaluated later: src/main.tsx).
  const firstTask = await withStaticImports(entryScripts);
  const firstTaskGzip = sum(js.filter((file) => firstTask.has(file.file)));
  return { js, css, jsGzip: sum(js), cssGzip: sum(css), firstTaskGzip };
}

/** KB as Vite's build report prints them: 1 KB = 1,000 bytes. */
export const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
