import { describe, expect, it } from 'vitest';
import { slicedImmediate } from '@/ui/deck/sliced-immediate';

/** Lets the event loop take a turn (the channel's message is a task, not a microtask). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

describe('slicedImmediate', () => {
  it('runs every callback once, in order, with its arguments', async () => {
    const schedule = slicedImmediate();
    const seen: unknown[][] = [];
    schedule((...args) => seen.push(args), 1, 'a');
    schedule((...args) => seen.push(args), 2);
    schedule((...args) => seen.push(args));
    await nextTask();
    expect(seen).toEqual([[1, 'a'], [2], []]);
  });

  it('runs callbacks as microtasks within a slice and waits for the next task after it', async () => {
    let time = 0;
    const schedule = slicedImmediate(10, () => time);
    const seen: string[] = [];
    schedule(() => seen.push('starts a slice'));
    await nextTask();
    expect(seen).toEqual(['starts a slice']);

    schedule(() => seen.push('within the slice'));
    await Promise.resolve();
    expect(seen).toContain('within the slice');

    time = 25;
    schedule(() => seen.push('after the slice'));
    await Promise.resolve();
    expect(seen).not.toContain('after the slice');
    await nextTask();
    expect(seen.at(-1)).toBe('after the slice');
  });
});
