/** "Cancel", shown only when there is somewhere to go back to (not on a first run). */
export function CancelButton({ onCancel }: { onCancel: (() => void) | undefined }) {
  if (!onCancel) return null;
  return (
    <button type="button" className="button button-quiet" onClick={onCancel}>
      Cancel
    </button>
  );
}
