interface DatabaseUnavailableScreenProps {
  reason: string;
  onRetry: () => void;
}

/**
 * Instead of the first-run screen when the database cannot be opened: saying "welcome, set up"
 * here would invite someone to start afresh over data that is still there.
 */
export function DatabaseUnavailableScreen({ reason, onRetry }: DatabaseUnavailableScreenProps) {
  return (
    <main className="loading database-unavailable">
      <div className="card stack">
        <h1>Trellis cannot open your data just now</h1>
        <p role="alert">{reason}</p>
        <p className="muted">Trellis tries again every few seconds.</p>
        <div className="cluster">
          <button type="button" className="button button-primary" onClick={onRetry}>
            Try again now
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </div>
    </main>
  );
}
