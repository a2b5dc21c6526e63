import { useState, type SyntheticEvent } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate } from '@/domain/calendar-date';
import { colleagueDetailsSchema, type Colleague } from '@/domain/colleague';
import { type Observation } from '@/domain/observation';
import { fieldErrors } from '@/domain/validation';
import { addColleague } from '@/db/colleagues';
import { EmptyState } from '@/ui/empty-state';
import { Field } from '@/ui/field';
import { PageHeader } from '@/ui/page-header';
import { Link, navigate } from '@/ui/router';
import { colleagueHref } from '@/features/colleagues/colleague-routes';
import { ImportFileButton } from '@/features/colleagues/import-file-button';

interface ColleagueListProps {
  active: ActiveProgramme;
  colleagues: Colleague[];
  observations: Observation[];
}

/** The trio: each colleague with their last observation, adding a colleague, importing a file. */
export function ColleagueList({ active, colleagues, observations }: ColleagueListProps) {
  return (
    <div className="stack">
      <PageHeader title="Colleagues">
        <p>
          Your Learning 3: the colleagues you observe and who observe you. Observations travel phone
          to phone in a link or a file — never through a server.
        </p>
      </PageHeader>
      {colleagues.length === 0 ? (
        <EmptyState title="No colleagues yet">
          <p>
            Add the two colleagues in your trio to record observations and follow their progress.
          </p>
        </EmptyState>
      ) : (
        <ul className="trio-list" aria-label="Your trio">
          {colleagues.map((colleague) => {
            const theirs = observations.filter((o) => o.colleagueId === colleague.id);
            const latest = theirs.at(-1);
            return (
              <li key={colleague.id} className="card trio-card">
                <h2>
                  <Link to={colleagueHref(colleague.id)}>{colleague.name}</Link>
                </h2>
                <p className="muted">
                  {[colleague.role, colleague.subjectOrPhase].filter(Boolean).join(' · ') ||
                    'No role added'}
                </p>
                <p>
                  {colleague.focusSkillIds.length} focus skill
                  {colleague.focusSkillIds.length === 1 ? '' : 's'} · {theirs.length} observation
                  {theirs.length === 1 ? '' : 's'}
                  {latest ? ` · latest ${formatCalendarDate(latest.date)}` : ''}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <AddColleagueForm profileId={active.profile.id} isFirst={colleagues.length === 0} />
      <section className="card stack" aria-labelledby="import-heading">
        <h2 id="import-heading">Received an observation as a file?</h2>
        <p className="muted">
          Open a <code>.trellis-observation.json</code> file a colleague sent you. You will see it
          before anything is saved.
        </p>
        <ImportFileButton active={active} />
      </section>
    </div>
  );
}

function AddColleagueForm({ profileId, isFirst }: { profileId: string; isFirst: boolean }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [subjectOrPhase, setSubjectOrPhase] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function add(event: SyntheticEvent) {
    event.preventDefault();
    const parsed = colleagueDetailsSchema.safeParse({
      name,
      role,
      subjectOrPhase,
      focusSkillIds: [],
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    try {
      const colleague = await addColleague(profileId, parsed.data);
      navigate(colleagueHref(colleague.id));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'The colleague could not be saved.');
    }
  }

  return (
    <form
      className="card"
      aria-labelledby="add-colleague"
      onSubmit={(event) => void add(event)}
      noValidate
    >
      <h2 id="add-colleague">{isFirst ? 'Add a colleague' : 'Add another colleague'}</h2>
      <Field label="Name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            value={name}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <div className="field-pair">
        <Field label="Role" hint="e.g. Second in science, ECT" error={errors.role}>
          {(control) => (
            <input
              {...control}
              value={role}
              autoComplete="off"
              onChange={(e) => setRole(e.target.value)}
            />
          )}
        </Field>
        <Field label="Subject or phase" hint="e.g. Year 4, Science" error={errors.subjectOrPhase}>
          {(control) => (
            <input
              {...control}
              value={subjectOrPhase}
              autoComplete="off"
              onChange={(e) => setSubjectOrPhase(e.target.value)}
            />
          )}
        </Field>
      </div>
      {failure && (
        <p className="alert" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button-primary">
        Add colleague
      </button>
    </form>
  );
}
