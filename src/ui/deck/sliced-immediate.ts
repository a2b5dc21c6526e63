/**
 * pptxgenjs zips with JSZip, which schedules every small step of its work with the global
 * `setImmediate`. Browsers have none, and the polyfill JSZip brings posts a window message per
 * step, and profiles showed most of the time making a deck going on the browser handling those
 * messages, not on making the file.
 *
 * `slicedImmediate` runs the callbacks as microtasks for up to `sliceMs` of work, then waits for
 * one message on its own channel before going on, so the page still paints and answers input
 * ("Making the deck…") while a deck is made. Importing this module installs it when the browser
 * has no `setImmediate`; it must be imported before pptxgenjs, because the polyfill keeps a
 * `setImmediate` that is already there.
 */
type Callback = (...args: unknown[]) => void;

export interface ImmediateScheduler {
  (callback: Callback, ...args: unknown[]): number;
}

export function slicedImmediate(
  sliceMs = 12,
  now: () => number = () => performance.now(),
): ImmediateScheduler {
  const waiting: (() => void)[] = [];
  const channel = new MessageChannel();
  let sliceStartedAt = Number.NEGATIVE_INFINITY;
  let isYielding = false;
  let handle = 0;

  channel.port1.onmessage = () => {
    isYielding = false;
    sliceStartedAt = now();
    for (const run of waiting.splice(0)) queueMicrotask(run);
  };

  return (callback, ...args) => {
    const run = () => callback(...args);
    if (!isYielding && now() - sliceStartedAt < sliceMs) {
      queueMicrotask(run);
    } else {
      waiting.push(run);
      if (!isYielding) {
        isYielding = true;
        channel.port2.postMessage(null);
      }
    }
    handle += 1;
    return handle;
  };
}

const global = globalThis as { setImmediate?: unknown };
if (typeof global.setImmediate !== 'function') global.setImmediate = slicedImmediate();
