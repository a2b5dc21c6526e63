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
          <button
            type="button"
            className="button button-primary"
            onClick={() => updateServiceWorker(true)}
          >
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
