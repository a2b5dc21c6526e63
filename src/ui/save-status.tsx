import type { SaveState } from '@/ui/use-save-state';
import '@/ui/save-status.css';

interface SaveStatusProps {
  state: SaveState;
  className?: string;
}

/** "Saving…", "✓ Saved" or why not; a failure is announced at once, the rest politely. */
export function SaveStatus({ state, className }: SaveStatusProps) {
  return (
    <p
      role="status"
      className={className ? `save-status ${className}` : 'save-status'}
      data-status={state.status}
      aria-live={state.status === 'failed' ? 'assertive' : 'polite'}
    >
      {state.status === 'saving' && 'Saving…'}
      {state.status === 'saved' && (
        <>
          <span aria-hidden="true">✓</span>Saved
        </>
      )}
      {state.status === 'invalid' && 'Not saved — check the highlighted field'}
      {state.status === 'failed' && `Not saved: ${state.message}. Please try again.`}
    </p>
  );
}
