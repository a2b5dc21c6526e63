import { memo, useEffect, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { Project } from '@/domain/improvement-project/project';
import type { WriteUp } from '@/domain/improvement-project/write-up';
import { whenIdle } from '@/ui/when-idle';
import { sinceLastKey } from '@/features/project/typing-activity';
import { exportWriteUp, loadWordMaker } from '@/features/project/export/export-write-up';
import { useWriteUpDocumentBuilder } from '@/features/project/use-write-up-document';

/** How long typing must have paused before the Word maker is fetched. */
const TYPING_PAUSE_MS = 2000;

/**
 * "Export Word document": asks first when the write-up is over a limit, then downloads it. The
 * document is laid out from the stored write-up on the click, never while typing.
 */
export const ExportButton = memo(function ExportButton({
  active,
  project,
  writeUp,
  overLimit,
  beforeExport,
}: {
  active: ActiveProgramme;
  project: Project;
  writeUp: WriteUp;
  /** How the write-up is over its limits, in a sentence; undefined when it is within them. */
  overLimit: string | undefined;
  /** Resolves once every section's typing is saved, so the document has the latest text. */
  beforeExport: () => Promise<WriteUp | undefined>;
}) {
  const build = useWriteUpDocumentBuilder(active, project);
  // Fetched ahead of the click once the page is idle and the typing has paused: evaluating the
  // Word maker is a long task, which must not fall between two keystrokes. A failed early load is
  // not an error: the click loads it again and says if that fails.
  useEffect(() => {
    let cancel = () => {};
    const attempt = () => {
      cancel = whenIdle(() => {
        if (sinceLastKey() < TYPING_PAUSE_MS) {
          const timer = window.setTimeout(attempt, TYPING_PAUSE_MS);
          cancel = () => window.clearTimeout(timer);
          return;
        }
        void loadWordMaker().catch(() => undefined);
      });
    };
    attempt();
    return () => cancel();
  }, []);
  const [isConfirming, setIsConfirming] = useState(false);
  const [status, setStatus] = useState<string | undefined>();
  const [isExporting, setIsExporting] = useState(false);

  async function run() {
    if (!build) return;
    setIsConfirming(false);
    setIsExporting(true);
    setStatus('Making the Word document…');
    try {
      const model = build((await beforeExport()) ?? writeUp);
      await exportWriteUp(model);
      setStatus(`Saved ${model.fileName} to your downloads.`);
    } catch (error) {
      setStatus(
        `The Word document could not be made: ${error instanceof Error ? error.message : String(error)}. Please try again.`,
      );
    } finally {
      setIsExporting(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-primary"
        disabled={!build || isExporting}
        onClick={() => (overLimit === undefined ? void run() : setIsConfirming(true))}
      >
        Export Word document
      </button>
      {isConfirming && overLimit !== undefined && (
        <div className="alert write-up-confirm" role="alertdialog" aria-label="Over the word limit">
          <p>{overLimit} Export it anyway? The document gives its word count on the title page.</p>
          <div className="cluster">
            <button type="button" className="button button-primary" onClick={() => void run()}>
              Export anyway
            </button>
            <button type="button" className="button" onClick={() => setIsConfirming(false)}>
              Keep editing
            </button>
          </div>
        </div>
      )}
      <p role="status" className="muted write-up-export-status">
        {status}
      </p>
    </>
  );
});
