import { useConnectionStatus } from '@/app/use-connection-status';

/**
 * Shown over the screen, never instead of it, when another tab has upgraded Trellis: what the user
 * is typing stays on screen so it can be finished or copied before reloading.
 */
export function ConnectionBanner() {
  const status = useConnectionStatus();
  if (status === 'open') return null;
  return (
    <div className="connection-banner" role="alert">
      <p>
        <strong>Trellis was updated in another tab.</strong> This tab can no longer save. Copy
        anything you were typing, then reload to carry on with the new version.
      </p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => window.location.reload()}
      >
        Reload Trellis
      </button>
    </div>
  );
}
