/**
 * Retries an assertion until it passes or time runs out — the auto-waiting that Playwright's own
 * test runner would give, for Node's built-in one. The last failure is what gets reported.
 * @template T
 * @param {() => Promise<T> | T} assertion
 * @param {{ timeout?: number, interval?: number }} [options]
 * @returns {Promise<T>}
 */
export async function eventually(assertion, { timeout = 10_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}
