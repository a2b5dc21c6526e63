import { useState, type SyntheticEvent } from 'react';
import { profileDetailsSchema } from '@/domain/profile';
import { setUpFacilitator } from '@/db/cohorts';
import { Field } from '@/ui/field';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';

/**
 * Before this device has a facilitator profile: what the workspace is for, and the facilitator's
 * name. No programme is needed; the profile holds the cohorts and goes into this device's backups.
 */
export function FacilitatorSetUp() {
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isWorking, setIsWorking] = useState(false);
  const [failed, setFailed] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = profileDetailsSchema.safeParse({ displayName: name, school: organisation });
    if (!checked.success || checked.data.displayName === '') {
      setError(
        checked.success ? 'Add your name' : (checked.error.issues[0]?.message ?? 'Check your name'),
      );
      return;
    }
    setError(undefined);
    setIsWorking(true);
    try {
      // The screen's live query shows the cohorts once the profile is stored.
      await setUpFacilitator(checked.data);
    } catch {
      setFailed(true);
      setIsWorking(false);
    }
  }

  return (
    <div className="cohort-set-up stack">
      <PageHeader title="See where your cohort stands">
        <p>
          Delegates share a progress snapshot with you when they choose — a file or a link, never
          through a server. Open them here to see who has shared, how the cohort’s areas moved from
          baseline to now, and the techniques that worked. Nobody is ranked.
        </p>
      </PageHeader>
      <form className="card stack" onSubmit={(event) => void submit(event)} noValidate>
        <h2>Set up as a facilitator</h2>
        <p className="muted">
          No programme is needed on this device. Your cohorts stay on it, and in its backups.
        </p>
        <Field label="Your name" error={error}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field label="Organisation (optional)">
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="organization"
              value={organisation}
              onChange={(event) => setOrganisation(event.target.value)}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button button-primary" disabled={isWorking}>
            Set up as a facilitator
          </button>
        </div>
        {failed && (
          <p className="alert" role="alert">
            This device could not keep your profile (its storage is not available), so nothing was
            set up. Try again in an ordinary (not private) browser window.
          </p>
        )}
      </form>
      <p className="muted">
        Set up on another device already?{' '}
        <Link to={`${paths.backup}?from=cohorts`}>Restore its backup here</Link> to bring your
        cohorts with you.
      </p>
    </div>
  );
}
