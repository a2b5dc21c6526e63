/**
 * The bundle-size budget, run by `npm test` (after `vite build`, through `npm run size`): fails
 * when the JavaScript or CSS a first visit must download grows past its budget. Screens, charts and
 * the frameworks' text are import()ed when needed and do not count (tests/tools/initial-bundle.mjs).
 *
 * The JavaScript budget is the performance target (docs/performance.md); the CSS budget sits a
 * little above today's figure, so a real growth is noticed and the budget raised on purpose, in
 * review, or the growth moved to a screen's own stylesheet.
 */
import { fileURLToPath } from 'node:url';
import { kilobytes, measureInitialBundle } from './initial-bundle.mjs';

export const BUDGETS = {
  /** gzip bytes of every script the entry loads statically */
  initialJsGzip: 140_000,
  /** gzip bytes of the stylesheets index.html links; 1 KB = 1,000 bytes */
  initialCssGzip: 3_000,
  /**
   * gzip bytes of the scripts the entry evaluates in its first task, before it imports the data
   * layer, React's renderer and the app in turn (src/main.tsx). A static import of any of those
   * from main.tsx or what it imports would put them all back into one long task without changing
   * the total download.
   */
  entryFirstTaskGzip: 12_000,
};

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const bundle = await measureInitialBundle(distDir);

const lines = [
  'Initial download (gzip):',
  ...bundle.js.map((file) => `  ${kilobytes(file.gzip).padStart(9)}  ${file.file}`),
  `  ${kilobytes(bundle.jsGzip).padStart(9)}  JavaScript in all (budget ${kilobytes(BUDGETS.initialJsGzip)})`,
  `  ${kilobytes(bundle.firstTaskGzip).padStart(9)}  of it evaluated in the entry's first task (budget ${kilobytes(BUDGETS.entryFirstTaskGzip)})`,
  ...bundle.css.map((file) => `  ${kilobytes(file.gzip).padStart(9)}  ${file.file}`),
  `  ${kilobytes(bundle.cssGzip).padStart(9)}  CSS in all (budget ${kilobytes(BUDGETS.initialCssGzip)})`,
];
console.log(lines.join('\n'));

const failures = [];
if (bundle.jsGzip > BUDGETS.initialJsGzip) {
  failures.push(
    `Initial JavaScript is ${kilobytes(bundle.jsGzip)} gzip, over its ${kilobytes(BUDGETS.initialJsGzip)} budget. ` +
      'Load the new code with import() where it is used (a screen, a chart, an export), or move it out of the entry.',
  );
}
if (bundle.firstTaskGzip > BUDGETS.entryFirstTaskGzip) {
  failures.push(
    `The entry's first task evaluates ${kilobytes(bundle.firstTaskGzip)} gzip, over its ${kilobytes(BUDGETS.entryFirstTaskGzip)} budget. ` +
      'Something main.tsx imports statically now pulls in the data layer, React’s renderer or the app: import it in start() instead.',
  );
}
if (bundle.cssGzip > BUDGETS.initialCssGzip) {
  failures.push(
    `Initial CSS is ${kilobytes(bundle.cssGzip)} gzip, over its ${kilobytes(BUDGETS.initialCssGzip)} budget. ` +
      "Put a screen's styles in the screen's own CSS file (imported by the screen), or raise the budget on purpose.",
  );
}
if (failures.length > 0) {
  console.error(`\nBundle budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('Bundle within budget.');
