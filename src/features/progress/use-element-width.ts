import { useCallback, useState } from 'react';

/**
 * The content width of an element, kept up to date as it resizes. Charts are drawn at this width
 * (rather than through ResponsiveContainer) because their layout depends on it: a phone-wide radar
 * wraps and shortens its labels. 0 until measured, and always 0 where nothing is laid out (jsdom).
 *
 * The first width comes from the ResizeObserver, which reports it once the browser has laid the
 * page out anyway. Reading `clientWidth` as the element mounted forced that layout in the middle of
 * React's commit, for the whole dashboard at once, and held the first paint back until the charts
 * were drawn.
 */
export function useElementWidth(): [(element: HTMLElement | null) => () => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return () => undefined;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(Math.floor(element.clientWidth));
      return () => undefined;
    }
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
