import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedTask } from '@/ui/use-debounced-task';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useDebouncedTask', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
  });

  it('runs only the last scheduled task, after the delay', () => {
    const { result } = renderHook(() => useDebouncedTask(300));
    const first = vi.fn();
    const second = vi.fn();

    act(() => {
      result.current.schedule(first);
      vi.advanceTimersByTime(200);
      result.current.schedule(second);
      vi.advanceTimersByTime(299);
    });
    expect(second).not.toHaveBeenCalled();

    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });

  it('runs the waiting task at once when the page is hidden', () => {
    const { result } = renderHook(() => useDebouncedTask(300));
    const task = vi.fn();

    act(() => result.current.schedule(task));
    act(() => setVisibility('hidden'));

    expect(task).toHaveBeenCalledOnce();
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs the waiting task on pagehide and on unmount', () => {
    const { result, unmount } = renderHook(() => useDebouncedTask(300));
    const beforeLeaving = vi.fn();
    const beforeUnmount = vi.fn();

    act(() => result.current.schedule(beforeLeaving));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(beforeLeaving).toHaveBeenCalledOnce();

    act(() => result.current.schedule(beforeUnmount));
    unmount();
    expect(beforeUnmount).toHaveBeenCalledOnce();
  });

  it('drops a cancelled task', () => {
    const { result, unmount } = renderHook(() => useDebouncedTask(300));
    const task = vi.fn();

    act(() => {
      result.current.schedule(task);
      result.current.cancel();
      vi.advanceTimersByTime(1000);
    });
    unmount();

    expect(task).not.toHaveBeenCalled();
  });
});
