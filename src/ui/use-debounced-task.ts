import { useCallback, useEffect, useRef } from 'react';

export interface DebouncedTask {
  /** Runs `task` after `delayMs` of quiet, replacing any task still waiting. */
  schedule: (task: () => void) => void;
  /** Runs the waiting task now (on blur, before the page is hidden, on unmount). */
  flush: () => void;
  /** Drops the waiting task (a later write already carries its content, or the input is invalid). */
  cancel: () => void;
}

/**
 * A trailing debounce for autosave. The waiting task is also run when the page is hidden or
 * unloaded (a phone switching apps, a tab closing) and when the component unmounts, so text typed
 * just before leaving is never lost.
 */
export function useDebouncedTask(delayMs: number): DebouncedTask {
  const waiting = useRef<(() => void) | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const cancel = useCallback(() => {
    window.clearTimeout(timer.current);
    waiting.current = null;
  }, []);

  const flush = useCallback(() => {
    const task = waiting.current;
    cancel();
    task?.();
  }, [cancel]);

  const schedule = useCallback(
    (task: () => void) => {
      window.clearTimeout(timer.current);
      waiting.current = task;
      timer.current = window.setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    function flushWhenHidden() {
      if (document.visibilityState === 'hidden') flush();
    }
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { schedule, flush, cancel };
}
