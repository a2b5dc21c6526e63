import { StrictMode } from 'react';
import { startLoadingFirstScreen } from '@/app/first-screen';
import { preloadScreensOnIntent } from '@/app/preload-on-intent';
import '@/ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Trellis needs an element with id "root" in index.html');

// The screen's code and the database are fetched and opened side by side, while React draws its
// first frame, instead of one after the other.
startLoadingFirstScreen();
preloadScreensOnIntent();

/**
 * A new task: the browser may paint and answer input before the code after it runs.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Trellis's code is evaluated in three tasks, not one: the data layer (Dexie declaring its
 * tables), React's renderer, then the app (its schemas and screens' frame). As static imports,
 * all of it ran in one task, the longest of every load, during which nothing could be tapped.
 * Every script is already fetched and
 * parsed in parallel by the `modulepreload` links in index.html (vite.config.ts), so taking
 * turns costs no extra round trip. The database starts opening as soon as its module has run,
 * while React and the app are still being evaluated.
 */
async function start(container: HTMLElement): Promise<void> {
  await nextTask();
  const [{ db }, { watchDatabaseConnection }] = await Promise.all([
    import('@/db/database'),
    import('@/db/connection-status'),
  ]);
  watchDatabaseConnection();
  // A failed open is reported where the data is read (useActiveProgramme), which then retries.
  void db.open().catch(() => undefined);
  await nextTask();
  const { createRoot } = await import('react-dom/client');
  await nextTask();
  const { App } = await import('@/app/app');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start(root).catch((error: unknown) => {
  // A script that failed to load (an update half-fetched, storage full) or threw as it ran gets
  // here; React's own render errors do not. Say so in place of "Opening Trellis…", which would
  // otherwise stay for ever. Plain DOM: React may be the script that failed. Drawn like the
  // database-unavailable screen, with the same classes.
  root.replaceChildren(couldNotStart());
  throw error;
});

function couldNotStart(): HTMLElement {
  const element = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    ...children: (Node | string)[]
  ) => {
    const created = document.createElement(tag);
    created.className = className;
    created.append(...children);
    return created;
  };
  const message = element(
    'p',
    '',
    'Part of Trellis could not be loaded. Your data is not affected. Reload the page; if this keeps happening, your browser may be out of storage space.',
  );
  message.setAttribute('role', 'alert');
  const reload = element('button', 'button button-primary', 'Reload the page');
  reload.type = 'button';
  reload.addEventListener('click', () => window.location.reload());
  return element(
    'main',
    'loading database-unavailable',
    element('div', 'card stack', element('h1', '', 'Trellis could not start'), message, reload),
  );
}
