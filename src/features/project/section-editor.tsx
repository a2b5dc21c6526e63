import { memo, startTransition, useCallback, useEffect, useId, useRef, useState } from 'react';
import { z } from '@/domain/zod';
import { activeAreas, type FrameworkDefinition } from '@/domain/framework';
import {
  countLine,
  limitState,
  MAX_SECTION_HEADING,
  MAX_SECTION_TEXT,
  MAX_STATEMENT_TAGS,
  MAX_WORD_LIMIT,
  type WriteUpSection,
} from '@/domain/improvement-project/write-up';
import { countWords } from '@/domain/word-count';
import { groupThousands } from '@/domain/improvement-project/project';
import { saveSectionText } from '@/db/improvement-projects';
import { clearDraftBuffer, readDraftBuffer, writeDraftBuffer } from '@/ui/draft-buffer';
import { SaveStatus } from '@/ui/save-status';
import { useAutosave } from '@/ui/use-autosave';
import { noteKeyTyped } from '@/features/project/typing-activity';

/** How long typing must pause before a section is saved. */
export const SECTION_SAVE_DELAY_MS = 800;

/** At most how often the word count is taken while typing goes on. */
export const SECTION_COUNT_INTERVAL_MS = 300;

export type SectionReshape =
  | { kind: 'change'; changes: Partial<Pick<WriteUpSection, 'heading' | 'limit' | 'statementIds'>> }
  | { kind: 'move'; by: -1 | 1 }
  | { kind: 'remove' };

interface SectionEditorProps {
  writeUpId: string;
  section: Omit<WriteUpSection, 'text'>;
  /** The text as stored when the editor opened: from then on the editor's own state is the text. */
  initialText: string;
  position: number;
  sectionCount: number;
  framework: FrameworkDefinition;
  onCount: (sectionId: string, words: number) => void;
  onReshape: (sectionId: string, reshape: SectionReshape) => void;
  /** Gives the editor a way to save this section's typing now and wait for it (the export). */
  registerSaver: (sectionId: string, saver: (() => Promise<unknown>) | undefined) => void;
}

const textDraftSchema = z.object({ text: z.string() });
const textSchema = z.string().check(z.maxLength(MAX_SECTION_TEXT));

/** FNV-1a of the stored text: the crash buffer is used only on top of the text it was typed on. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function bufferKey(writeUpId: string, sectionId: string): string {
  return `trellis.write-up-draft.${writeUpId}.${sectionId}`;
}

/**
 * One section of the write-up. A keystroke re-renders nothing: the textarea is uncontrolled (it
 * holds the text, read on each input), the crash buffer and the debounced save are fed straight from
 * the input, and the word count is taken at most every SECTION_COUNT_INTERVAL_MS as a transition,
 * re-rendering this section (and the total, upwards) only when the number has changed.
 */
export const SectionEditor = memo(function SectionEditor({
  writeUpId,
  section,
  initialText,
  position,
  sectionCount,
  framework,
  onCount,
  onReshape,
  registerSaver,
}: SectionEditorProps) {
  const id = useId();
  const sectionId = section.id;
  const [initialHash] = useState(() => textHash(initialText));
  const base = useRef(initialHash);
  const [restored] = useState(() =>
    readDraftBuffer(bufferKey(writeUpId, sectionId), initialHash, textDraftSchema),
  );
  const { draft, recordTyped, saveState, flush, whenWritten } = useAutosave({
    initial: { text: initialText },
    check: (typed: { text: string }) => {
      const checked = textSchema.safeParse(typed.text);
      return checked.success
        ? { isValid: true as const, content: checked.data }
        : { isValid: false as const, errors: { text: 'This section is too long to keep' } };
    },
    save: async (text: string) => {
      await saveSectionText(writeUpId, sectionId, text);
      base.current = textHash(text);
    },
    delayMs: SECTION_SAVE_DELAY_MS,
    checkWhen: 'before-saving',
    crashBuffer: {
      restored,
      keep: (typed) => writeDraftBuffer(bufferKey(writeUpId, sectionId), typed, base.current),
      clear: () => clearDraftBuffer(bufferKey(writeUpId, sectionId)),
    },
  });

  useEffect(() => {
    registerSaver(sectionId, () => {
      flush();
      return whenWritten();
    });
    return () => registerSaver(sectionId, undefined);
  }, [registerSaver, sectionId, flush, whenWritten]);

  // `draft` is the text the editor opened on; from then on the textarea holds it.
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [words, setWords] = useState(() => countWords(draft.text));
  const [hasText, setHasText] = useState(() => draft.text.trim() !== '');
  const countTimer = useRef<number | undefined>(undefined);
  const recount = useCallback(() => {
    window.clearTimeout(countTimer.current);
    countTimer.current = undefined;
    const text = textarea.current?.value;
    if (text === undefined) return;
    // A transition, so that a key typed while it renders is handled first.
    startTransition(() => {
      setWords(countWords(text));
      setHasText(text.trim() !== '');
    });
  }, []);
  useEffect(() => () => window.clearTimeout(countTimer.current), []);

  useEffect(() => {
    onCount(sectionId, words);
  }, [onCount, sectionId, words]);
  const state = limitState(words, section.limit);

  const headingId = `${id}-heading`;
  return (
    <section
      className="card write-up-section"
      aria-labelledby={headingId}
      data-section-id={sectionId}
    >
      <h2 id={headingId}>
        <span className="write-up-section-number">{position + 1}.</span> {section.heading}
      </h2>
      {section.guidance !== '' && (
        <p className="muted" id={`${id}-guidance`}>
          {section.guidance}
        </p>
      )}
      {restored !== undefined && (
        <p className="write-up-restored">
          Restored what you were writing when the page last closed.
        </p>
      )}
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {section.heading}
      </label>
      <textarea
        id={`${id}-text`}
        className="write-up-text"
        aria-describedby={`${id}-count${section.guidance !== '' ? ` ${id}-guidance` : ''}`}
        spellCheck
        ref={textarea}
        defaultValue={draft.text}
        onChange={(event) => {
          noteKeyTyped();
          recordTyped({ text: event.target.value });
          countTimer.current ??= window.setTimeout(recount, SECTION_COUNT_INTERVAL_MS);
        }}
        onBlur={() => {
          flush();
          recount();
        }}
      />
      <div className="write-up-section-foot">
        <p className="write-up-count" id={`${id}-count`} data-state={state}>
          {state === 'over' && <span aria-hidden="true">⚠ </span>}
          {countLine(words, section.limit)}
        </p>
        <SaveStatus state={saveState} />
      </div>
      <SectionSettings
        section={section}
        position={position}
        sectionCount={sectionCount}
        hasText={hasText}
        framework={framework}
        onReshape={(reshape) => onReshape(sectionId, reshape)}
      />
    </section>
  );
}, isSameSection);

function limitFromInput(value: string): number | null | 'invalid' {
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= MAX_WORD_LIMIT ? number : 'invalid';
}

/** The section's heading, limit, tags and place: changed rarely, saved at once. */
function SectionSettings({
  section,
  position,
  sectionCount,
  hasText,
  framework,
  onReshape,
}: {
  section: Omit<WriteUpSection, 'text'>;
  position: number;
  sectionCount: number;
  hasText: boolean;
  framework: FrameworkDefinition;
  onReshape: (reshape: SectionReshape) => void;
}) {
  const id = useId();
  const [heading, setHeading] = useState(section.heading);
  const [limit, setLimit] = useState(section.limit === null ? '' : String(section.limit));
  const [limitProblem, setLimitProblem] = useState<string | undefined>();
  const [isOpen, setIsOpen] = useState(false);
  const [isConfirmingRemove, setIsConfirmingRemove] = useState(false);

  function commitHeading() {
    const trimmed = heading.trim();
    if (trimmed === '') setHeading(section.heading);
    else if (trimmed !== section.heading)
      onReshape({ kind: 'change', changes: { heading: trimmed } });
  }

  function commitLimit() {
    const parsed = limitFromInput(limit);
    if (parsed === 'invalid') {
      setLimitProblem(
        `A word limit is a whole number from 1 to ${groupThousands(MAX_WORD_LIMIT)}, or empty for none`,
      );
      return;
    }
    setLimitProblem(undefined);
    if (parsed !== section.limit) onReshape({ kind: 'change', changes: { limit: parsed } });
  }

  function toggleStatement(skillId: string, isTagged: boolean) {
    const statementIds = isTagged
      ? [...section.statementIds, skillId]
      : section.statementIds.filter((tagged) => tagged !== skillId);
    onReshape({ kind: 'change', changes: { statementIds } });
  }

  return (
    <details
      className="write-up-settings"
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary>
        Section settings and framework statements ({String(section.statementIds.length)} tagged)
      </summary>
      {isOpen && (
        <div className="stack">
          <div className="project-figures">
            <div className="field">
              <label htmlFor={`${id}-heading`}>Heading</label>
              <input
                id={`${id}-heading`}
                type="text"
                maxLength={MAX_SECTION_HEADING}
                value={heading}
                onChange={(event) => setHeading(event.target.value)}
                onBlur={commitHeading}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-limit`}>Word limit for this section</label>
              <input
                id={`${id}-limit`}
                type="number"
                min={1}
                max={MAX_WORD_LIMIT}
                step={1}
                inputMode="numeric"
                placeholder="None"
                value={limit}
                aria-invalid={limitProblem !== undefined}
                aria-describedby={limitProblem ? `${id}-limit-error` : undefined}
                onChange={(event) => setLimit(event.target.value)}
                onBlur={commitLimit}
              />
              {limitProblem && (
                <p className="field-error" id={`${id}-limit-error`}>
                  {limitProblem}
                </p>
              )}
            </div>
          </div>
          <fieldset>
            <legend>Framework statements this section draws on</legend>
            {activeAreas(framework).map((area) => (
              <div key={area.id} className="write-up-tags">
                <p className="write-up-tags-area">{area.name}</p>
                <ul>
                  {area.skills.map((skill) => {
                    const isTagged = section.statementIds.includes(skill.id);
                    return (
                      <li key={skill.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={isTagged}
                            disabled={
                              !isTagged && section.statementIds.length >= MAX_STATEMENT_TAGS
                            }
                            onChange={(event) => toggleStatement(skill.id, event.target.checked)}
                          />
                          <span>{skill.statement}</span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </fieldset>
          <div className="cluster">
            <button
              type="button"
              className="button"
              disabled={position === 0}
              onClick={() => onReshape({ kind: 'move', by: -1 })}
            >
              Move up
            </button>
            <button
              type="button"
              className="button"
              disabled={position === sectionCount - 1}
              onClick={() => onReshape({ kind: 'move', by: 1 })}
            >
              Move down
            </button>
            {sectionCount > 1 &&
              (isConfirmingRemove || !hasText ? (
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => onReshape({ kind: 'remove' })}
                >
                  Remove “{section.heading}”{hasText ? ' and its text' : ''}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => setIsConfirmingRemove(true)}
                >
                  Remove this section…
                </button>
              ))}
          </div>
        </div>
      )}
    </details>
  );
}

/**
 * Equal when what the section shows is the same. `initialText` is left out on purpose: after the
 * editor opens, the text is the textarea's own, and a save coming back from the database must not
 * re-render it.
 */
function isSameSection(before: SectionEditorProps, after: SectionEditorProps): boolean {
  const a = before.section;
  const b = after.section;
  return (
    before.writeUpId === after.writeUpId &&
    before.position === after.position &&
    before.sectionCount === after.sectionCount &&
    before.framework === after.framework &&
    before.onCount === after.onCount &&
    before.onReshape === after.onReshape &&
    before.registerSaver === after.registerSaver &&
    a.id === b.id &&
    a.heading === b.heading &&
    a.guidance === b.guidance &&
    a.limit === b.limit &&
    a.statementIds.join('\n') === b.statementIds.join('\n')
  );
}
