import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDrawnInSteps } from '@/ui/use-drawn-in-steps';

describe('useDrawnInSteps', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Runs the next frame and the step's timer set in it, and lets React render the transition. */
  const nextStep = () =>
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersToNextTimer();
    });

  it('takes no step until a frame has drawn the one before (so each is laid out on its own)', () => {
    const { result } = renderHook(() => useDrawnInSteps(true, 10, { first: 4, step: 3 }));
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe(4);
    nextStep();
    expect(result.current).toBe(7);
  });

  it('draws the first items at once, then a step more in each later task, up to the total', () => {
    const { result } = renderHook(() => useDrawnInSteps(true, 10, { first: 4, step: 3 }));
    expect(result.current).toBe(4);
    nextStep();
    expect(result.current).toBe(7);
    nextStep();
    expect(result.current).toBe(10);
    nextStep();
    expect(result.current).toBe(10);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits while the data is not ready, and never returns more than the total', () => {
    const { result, rerender } = renderHook(
      ({ isReady, total }) => useDrawnInSteps(isReady, total, { first: 4, step: 3 }),
      { initialProps: { isReady: false, total: 2 } },
    );
    expect(result.current).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
    rerender({ isReady: true, total: 6 });
    expect(result.current).toBe(4);
    nextStep();
    expect(result.current).toBe(6);
  });

  it('carries on drawing when items are added later (a skill added to the framework)', () => {
    const { result, rerender } = renderHook(
      ({ total }) => useDrawnInSteps(true, total, { first: 2, step: 2 }),
      { initialProps: { total: 2 } },
    );
    expect(result.current).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
    rerender({ total: 3 });
    nextStep();
    expect(result.current).toBe(3);
  });

  it('stops its timer when the screen is left', () => {
    const { unmount } = renderHook(() => useDrawnInSteps(true, 10, { first: 4, step: 3 }));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
