import { useId, useState, type SubmitEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredFramework } from '@/domain/framework';
import { blankFramework, copyOfFramework } from '@/domain/framework-edits';
import { listBuiltInFrameworks, loadBuiltInFramework } from '@/db/frameworks';
import { addFramework } from '@/db/framework-edits';
import { Field } from '@/ui/field';

interface NewFrameworkCardProps {
  profileId: string;
  frameworks: readonly StoredFramework[];
  onCreated: (frameworkId: string) => void;
}

const BLANK = 'blank';

/** A new framework from scratch or as a copy of a built-in one or of one of this profile's. */
export function NewFrameworkCard({ profileId, frameworks, onCreated }: NewFrameworkCardProps) {
  const headingId = useId();
  const builtIns = useLiveQuery(() => listBuiltInFrameworks(), []);
  const [source, setSource] = useState(BLANK);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function create(event: SubmitEvent) {
    event.preventDefault();
    setIsBusy(true);
    setFailure(null);
    try {
      const own = frameworks.find((framework) => `own:${framework.id}` === source);
      const definition =
        source === BLANK
          ? blankFramework()
          : copyOfFramework(own ?? (await loadBuiltInFramework(source.replace(/^built-in:/, ''))));
      const created = await addFramework(profileId, definition);
      setSource(BLANK);
      onCreated(created.id);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'Something went wrong.');
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="card fw-new" aria-labelledby={headingId}>
      <h2 id={headingId}>New framework</h2>
      <p className="muted">
        Start from scratch, or from a copy you can change freely: the original stays as it was.
      </p>
      <form onSubmit={(event) => void create(event)}>
        <Field label="Start from">
          {(control) => (
            <select {...control} value={source} onChange={(event) => setSource(event.target.value)}>
              <option value={BLANK}>A blank framework</option>
              <optgroup label="A copy of one of yours">
                {frameworks.map((framework) => (
                  <option key={framework.id} value={`own:${framework.id}`}>
                    {framework.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label="A copy of a built-in framework">
                {(builtIns ?? []).map((builtIn) => (
                  <option key={builtIn.key} value={`built-in:${builtIn.key}`}>
                    {builtIn.name}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={isBusy}>
          <span aria-hidden="true">+</span> Create framework
        </button>
        {failure && (
          <p className="alert" role="alert">
            {failure}
          </p>
        )}
      </form>
    </section>
  );
}
