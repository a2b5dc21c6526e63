import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * A quiet notice from the service worker: "ready to work offline" once everything is cached, and
 * "a new version is ready" when an update waits. Updating waits for the user's click, so nobody is
 * reloaded in the middle of writing a note.
 */
export function ReloadPrompt() {
  const {
    offlineReady: [isOfflineReady, setOfflineReady],
    needRefresh: [isRefreshNeeded, setRefreshNeeded],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError(error: unknown) {
      console.error('Trellis could not register its service worker', error);
    },
  });

  function reloadToUpdate() {
    // workbox-window reloads by itself only when the page was already controlled when it loaded.
    // A page that installed Trellis on this visit would be left showing the old version, so
    // reload as soon as the new service worker takes over: the user asked for it.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    void updateServiceWorker(true);
  }

  if (!isOfflineReady && !isRefreshNeeded) return null;

  return (
    <div className="toast" role="status" aria-live="polite">
      <p>
        {isRefreshNeeded
          ? 'A new version of Trellis is ready. Your work is saved.'
          : 'Trellis is ready to work offline.'}
      </p>
      <div className="toast-actions">
        {isRefreshNeeded && (
          <button type="button" className="button button-primary" onClick={reloadToUpdate}>
            Reload to update
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            setOfflineReady(false);
            setRefreshNeeded(false);
          }}
        >
          {isRefreshNeeded ? 'Later' : 'OK'}
        </button>
      </div>
    </div>
  );
}
