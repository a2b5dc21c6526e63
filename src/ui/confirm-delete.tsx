import { useState } from 'react';

/**
 * "Delete …" that asks once before it deletes: the question, then Delete or Keep it. The deleting
 * itself (and where to go after) is the caller's.
 */
export function ConfirmDelete({
  label,
  question,
  onDelete,
}: {
  /** The quiet button's text: "Delete action". */
  label: string;
  /** Asked before deleting: "Delete this action?". */
  question: string;
  onDelete: () => Promise<void> | void;
}) {
  const [isConfirming, setIsConfirming] = useState(false);
  return isConfirming ? (
    <>
      <span>{question}</span>
      <button type="button" className="button button-danger" onClick={() => void onDelete()}>
        Delete
      </button>
      <button type="button" className="button" onClick={() => setIsConfirming(false)}>
        Keep it
      </button>
    </>
  ) : (
    <button type="button" className="button button-quiet" onClick={() => setIsConfirming(true)}>
      {label}
    </button>
  );
}
