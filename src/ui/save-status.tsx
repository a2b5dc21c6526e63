import '@/ui/save-status.css';

/** Where an autosaving form is: there is no Save button, so this line is the only feedback. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  /** The input breaks a rule shown next to its field, so nothing was written. */
  | { status: 'invalid' }
  | { status: 'failed'; message: string };

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
