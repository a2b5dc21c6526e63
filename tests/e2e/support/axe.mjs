/** Runs axe-core (from node_modules, injected into the page: no CDN) against what is on screen. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { settle } from './browser.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
// Evaluated through the DevTools protocol rather than added as a <script>: the built app's
// Content-Security-Policy (rightly) refuses inline scripts, and the protocol is not bound by it.
const axeSource = `${readFileSync(axePath, 'utf8')}\n;undefined`;

/** Every impact fails a test: an accessibility finding is a bug whatever axe calls it. */
export const FAILING_IMPACTS = ['critical', 'serious', 'moderate', 'minor'];

/**
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Array<{ id: string, impact: string | null, help: string, helpUrl: string, nodes: Array<{ target: string[], failureSummary?: string }> }>>}
 */
export async function axeViolations(page) {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // `axe` is the global the script tag added.
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String),
        failureSummary: node.failureSummary,
      })),
    }));
  });
}

/** Lines describing each violation and the elements it affects, for the test output. */
export function describeViolations(screen, violations) {
  if (violations.length === 0) return [`axe ${screen}: no violations`];
  return [
    `axe ${screen}: ${violations.length} violation(s)`,
    ...violations.flatMap((violation) => [
      `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
      ...violation.nodes.slice(0, 5).flatMap((node) => [
        `    at ${node.target.join(' ')}`,
        ...(node.failureSummary ?? '')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => `      ${line.trim()}`),
      ]),
      ...(violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : []),
    ]),
  ];
}

/**
 * Runs axe, logs every violation with the test's diagnostic output, and returns one line per
 * violation whose impact fails the test: the rule, the elements and why, so that a failure in CI's
 * excerpt of the output says where to look without the diagnostics.
 * @param {import('node:test').TestContext} t
 * @param {import('playwright-core').Page} page
 * @param {string} screen
 * @returns {Promise<string[]>}
 */
export async function checkAccessibility(t, page, screen) {
  // What a person would see: a render React has scheduled (a status message) is on screen first.
  await settle(page);
  let violations = await axeViolations(page);
  for (const line of describeViolations(screen, violations)) t.diagnostic(line);
  if (violations.length > 0) {
    // A second look half a second later: what fails the test is what a person would find on the
    // screen, not a frame caught mid-change. CI once failed on one color-contrast finding that no
    // run here has shown again; the first look's findings stay in the diagnostics above.
    await page.waitForTimeout(500);
    violations = await axeViolations(page);
    for (const line of describeViolations(`${screen} (second look)`, violations)) {
      t.diagnostic(line);
    }
  }
  return violations
    .filter((violation) => FAILING_IMPACTS.includes(violation.impact ?? ''))
    .map(
      (violation) =>
        `${screen}: [${violation.impact}] ${violation.id} — ${violation.help} at ${violation.nodes
          .map((node) => `${node.target.join(' ')} (${firstReason(node.failureSummary)})`)
          .join('; ')}`,
    );
}

/** The line of axe's failure summary that gives the figures ("…contrast of 3.1 (foreground…"). */
function firstReason(failureSummary) {
  const lines = (failureSummary ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^Fix (any|all) of the following:$/.test(line));
  return lines[0] ?? 'no summary';
}

/**
 * Collects axe's findings per screen, so the whole journey runs (and every screenshot is taken)
 * before the test fails on them.
 * @param {import('node:test').TestContext} t
 */
export function accessibilityLog(t) {
  /** @type {string[]} */
  const failures = [];
  return {
    /**
     * @param {import('playwright-core').Page} page
     * @param {string} screen
     */
    async check(page, screen) {
      failures.push(...(await checkAccessibility(t, page, screen)));
    },
    assertNone() {
      assert.deepEqual(failures, [], 'no accessibility violations');
    },
  };
}
