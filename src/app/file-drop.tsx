import { useEffect, useState, type CSSProperties } from 'react';
import { useIncomingFilesStore } from '@/state/incoming-files-store';
import { paths } from '@/ui/paths';
import { navigate } from '@/ui/router';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** A file input takes a file dropped on it itself. */
function isFileInput(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.type === 'file';
}

/** How long after the last `dragover` the hint goes: leaving the window fires no reliable event. */
const HINT_LINGERS_MS = 250;

// Styled here rather than in a stylesheet: every byte of CSS on the first load counts against its
// budget, and this hint shows only while a file is dragged.
const hintStyle: CSSProperties = {
  position: 'fixed',
  insetInline: 0,
  bottom: 'var(--space-4)',
  margin: '0 auto',
  width: 'fit-content',
  maxWidth: 'calc(100% - 2 * var(--space-4))',
  padding: 'var(--space-3) var(--space-4)',
  borderRadius: 'var(--radius-small)',
  background: 'var(--brand)',
  color: 'var(--on-brand)',
  fontWeight: 700,
  boxShadow: '0 4px 16px rgb(0 0 0 / 25%)',
  pointerEvents: 'none',
  zIndex: 100,
};

/**
 * Files dropped anywhere in Trellis open as "Open a Trellis file" opens them: recognised, then
 * sent to the screen that previews them. A screen with a drop zone of its own (the cohort's
 * snapshots) handles its drops first and this leaves them alone; so does a file input. Without
 * this, a browser shown a dropped file navigates away from Trellis to display it.
 */
export function FileDrop() {
  const [isDragging, setIsDragging] = useState(false);
  useEffect(() => {
    let hideTimer: number | undefined;
    function over(event: DragEvent) {
      if (!carriesFiles(event) || event.defaultPrevented || isFileInput(event.target)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setIsDragging(true);
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => setIsDragging(false), HINT_LINGERS_MS);
    }
    function drop(event: DragEvent) {
      setIsDragging(false);
      if (!carriesFiles(event) || event.defaultPrevented || isFileInput(event.target)) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      useIncomingFilesStore.getState().setToRecognise({ files, text: null });
      navigate(paths.open);
    }
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.clearTimeout(hideTimer);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return isDragging ? (
    <div style={hintStyle} role="status">
      Drop to open it in Trellis
    </div>
  ) : null;
}
