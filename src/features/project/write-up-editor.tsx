import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { Project } from '@/domain/improvement-project/project';
import {
  blankSection,
  countLine,
  countWriteUp,
  MAX_SECTIONS,
  overLimitSentences,
  MAX_WORD_LIMIT,
  templateByKey,
  writeUpContentOf,
  type WriteUp,
  type WriteUpSection,
} from '@/domain/improvement-project/write-up';
import { describeStorageFailure } from '@/domain/storage-errors';
import { countWords } from '@/domain/word-count';
import { getWriteUp, updateWriteUpShape } from '@/db/improvement-projects';
import { projectPrintPath } from '@/ui/journal-links';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { CoveragePanel } from '@/features/project/coverage-panel';
import { ExportButton } from '@/features/project/export-button';
import { SectionEditor, type SectionReshape } from '@/features/project/section-editor';

/**
 * The write-up, a section at a time. Each section keeps its own text and saves itself; this editor
 * holds only the word counts the sections report (each one changes when a word is added, not on
 * every key) and makes the total from them, so typing never recounts 4,500 words.
 */
export function WriteUpEditor({
  active,
  project,
  writeUp,
}: {
  active: ActiveProgramme;
  project: Project;
  writeUp: WriteUp;
}) {
  const { framework } = active;
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(
    () => new Map(writeUp.sections.map((section) => [section.id, countWords(section.text)])),
  );
  const [shapeProblem, setShapeProblem] = useState<string | undefined>();
  const latest = useRef(writeUp);
  useEffect(() => {
    latest.current = writeUp;
  }, [writeUp]);

  const onCount = useCallback((sectionId: string, words: number) => {
    setCounts((current) =>
      current.get(sectionId) === words ? current : new Map(current).set(sectionId, words),
    );
  }, []);

  const reshape = useCallback(
    async (
      change: (sections: WriteUpSection[]) => WriteUpSection[],
      totalLimit?: number | null,
    ) => {
      const current = latest.current;
      try {
        await updateWriteUpShape(current.id, {
          ...writeUpContentOf(current),
          sections: change(current.sections),
          ...(totalLimit === undefined ? {} : { totalLimit }),
        });
        setShapeProblem(undefined);
      } catch (error) {
        setShapeProblem(
          describeStorageFailure(error) ?? (error instanceof Error ? error.message : String(error)),
        );
      }
    },
    [],
  );

  const onReshape = useCallback(
    (sectionId: string, request: SectionReshape) => {
      void reshape((sections) => {
        const index = sections.findIndex((section) => section.id === sectionId);
        if (index === -1) return sections;
        if (request.kind === 'remove')
          return sections.filter((section) => section.id !== sectionId);
        if (request.kind === 'move') {
          const target = index + request.by;
          if (target < 0 || target >= sections.length) return sections;
          const moved = sections.filter((section) => section.id !== sectionId);
          moved.splice(target, 0, ...sections.slice(index, index + 1));
          return moved;
        }
        return sections.map((section) =>
          section.id === sectionId ? { ...section, ...request.changes } : section,
        );
      });
    },
    [reshape],
  );

  // Each section's way to save what is typed now; the export waits for them all.
  const savers = useRef(new Map<string, () => Promise<unknown>>());
  const registerSaver = useCallback(
    (sectionId: string, saver: (() => Promise<unknown>) | undefined) => {
      if (saver) savers.current.set(sectionId, saver);
      else savers.current.delete(sectionId);
    },
    [],
  );
  const projectId = project.id;
  const beforeExport = useCallback(async () => {
    await Promise.all([...savers.current.values()].map((save) => save()));
    return getWriteUp(projectId);
  }, [projectId]);

  const count = countWriteUp(writeUp, counts);
  const template = templateByKey(writeUp.templateKey);
  // The sections as the editors show them: text is left out, so a save never re-renders them.
  const sections = writeUp.sections.map((section) => ({
    id: section.id,
    heading: section.heading,
    guidance: section.guidance,
    limit: section.limit,
    statementIds: section.statementIds,
  }));
  const [initialText] = useState(
    () => new Map(writeUp.sections.map((section) => [section.id, section.text])),
  );

  return (
    <div className="write-up stack">
      <p className="project-back">
        <Link to={paths.project}>
          <span aria-hidden="true">{'← '}</span>
          The project
        </Link>
      </p>
      <header className="page-header">
        <h1>Write-up: {project.title}</h1>
        <p>
          {template.name}. Saved as you type. Appendices (evidence, ratings, timeline) are added
          from the project when you export, and are not counted.
        </p>
      </header>
      <section
        className="card write-up-total"
        aria-label="Word count"
        data-state={count.totalState}
      >
        <p className="write-up-total-line">
          {count.isOverAnyLimit && <span aria-hidden="true">⚠ </span>}
          <strong>{countLine(count.words, count.totalLimit)}</strong>
        </p>
        {count.isOverAnyLimit && (
          <p className="write-up-over">
            Over the limit. It is saved, and you can keep writing, but cut it before you submit.
          </p>
        )}
        <ul className="write-up-total-sections">
          {count.sections.map((section) => (
            <li key={section.sectionId} data-state={section.state}>
              {section.heading}: {countLine(section.words, section.limit)}
            </li>
          ))}
        </ul>
        <div className="cluster">
          <ExportButton
            active={active}
            project={project}
            writeUp={writeUp}
            overLimit={count.isOverAnyLimit ? overLimitSentences(count).join(' ') : undefined}
            beforeExport={beforeExport}
          />
          <Link to={projectPrintPath()} className="button">
            Print view
          </Link>
        </div>
        <details className="write-up-limit-details">
          <summary>Change the word limit</summary>
          <TotalLimitField
            key={String(writeUp.totalLimit)}
            totalLimit={writeUp.totalLimit}
            onChange={(totalLimit) => void reshape((current) => current, totalLimit)}
          />
        </details>
        {shapeProblem && (
          <p className="field-error" role="alert">
            Not saved: {shapeProblem}.
          </p>
        )}
      </section>
      {sections.map((section, index) => (
        <SectionEditor
          key={section.id}
          writeUpId={writeUp.id}
          section={section}
          initialText={initialText.get(section.id) ?? ''}
          position={index}
          sectionCount={sections.length}
          framework={framework}
          onCount={onCount}
          onReshape={onReshape}
          registerSaver={registerSaver}
        />
      ))}
      {sections.length < MAX_SECTIONS && (
        <div>
          <button
            type="button"
            className="button"
            onClick={() => void reshape((current) => [...current, blankSection('New section')])}
          >
            Add a section
          </button>
        </div>
      )}
      <CoveragePanel framework={framework} sections={writeUp.sections} />
    </div>
  );
}

function TotalLimitField({
  totalLimit,
  onChange,
}: {
  totalLimit: number | null;
  onChange: (limit: number | null) => void;
}) {
  const [value, setValue] = useState(totalLimit === null ? '' : String(totalLimit));
  const [problem, setProblem] = useState<string | undefined>();
  function commit() {
    if (value.trim() === '') {
      setProblem(undefined);
      if (totalLimit !== null) onChange(null);
      return;
    }
    const limit = Number(value);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_WORD_LIMIT) {
      setProblem('The word limit is a whole number from 1 to 20,000, or empty for none');
      return;
    }
    setProblem(undefined);
    if (limit !== totalLimit) onChange(limit);
  }
  return (
    <div className="field write-up-limit">
      <label htmlFor="write-up-total-limit">Word limit for the whole write-up</label>
      <input
        id="write-up-total-limit"
        type="number"
        min={1}
        max={MAX_WORD_LIMIT}
        step={1}
        inputMode="numeric"
        placeholder="None"
        value={value}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? 'write-up-total-limit-error' : undefined}
        onChange={(event) => setValue(event.target.value)}
        onBlur={commit}
      />
      {problem && (
        <p className="field-error" id="write-up-total-limit-error">
          {problem}
        </p>
      )}
    </div>
  );
}
