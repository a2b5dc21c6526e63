import { createElement, lazy, useState, type ComponentType } from 'react';

export interface PreloadableScreen<Props extends object> {
  /** Drawn at once when its code has already arrived; otherwise a React.lazy (suspends). */
  Screen: ComponentType<Props>;
  /** Starts loading the screen's code; safe to call more than once. */
  preload: () => Promise<unknown>;
}

/**
 * A lazily loaded screen that can be fetched ahead of time (src/app/first-screen.ts) and is then
 * drawn without suspending. A plain React.lazy suspends on its first render even when its chunk is
 * already in: the new Suspense boundary shows its fallback, and React then holds the real screen
 * back until 300 ms after that fallback appeared (its fallback throttle), a delay that would be
 * added to every load.
 *
 * Which of the two a mounted screen uses is decided once, when it mounts, so the screen is never
 * swapped for "another" component (which would reset what is typed in it).
 */
export function preloadableScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): PreloadableScreen<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: Props) {
    const [Component] = useState<ComponentType<Props>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return { Screen, preload };
}
