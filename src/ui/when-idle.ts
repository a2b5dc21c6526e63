/**
 * Runs `task` once the page is idle (at the latest after `timeoutMs`), for work that may help
 * later but must not slow what the user is doing now, such as fetching a screen's code ahead of
 * the click. Returns a function that cancels it. Safari has no requestIdleCallback: there it waits
 * `fallbackMs` instead.
 */
export function whenIdle(
  task: () => void,
  { timeoutMs = 3000, fallbackMs = 1500 }: { timeoutMs?: number; fallbackMs?: number } = {},
): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, fallbackMs);
  return () => window.clearTimeout(timer);
}
