import { useState, type SyntheticEvent } from 'react';
import { coachIdentitySchema } from '@/domain/review-360/review-round';
import { setUpCoach } from '@/db/coaching';
import { CoachNameField } from '@/features/coaching/coach-name-field';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';

type SetUpState = { status: 'idle' } | { status: 'working' } | { status: 'failed' };

/**
 * Before a key exists: what the workspace is for, and the coach's name. Setting up makes the key
 * pair; the workspace then shows the link delegates add the coach from.
 */
export function CoachSetUp() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [state, setState] = useState<SetUpState>({ status: 'idle' });
  const isWorking = state.status === 'working';

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checked = coachIdentitySchema.shape.name.safeParse(name);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Add your name');
      return;
    }
    setError(undefined);
    setState({ status: 'working' });
    try {
      // The live query in the workspace shows the coach's link once the key is stored.
      await setUpCoach(checked.data);
    } catch {
      setState({ status: 'failed' });
    }
  }

  return (
    <div className="coaching-set-up stack">
      <PageHeader title="Coach delegates’ 360° reviews">
        <p>
          Delegates’ 360° answers are encrypted on each rater’s phone to a key made on this device,
          so only you can read them. You see each delegate’s report, with its anonymity rules
          applied, and release it to them when you choose.
        </p>
      </PageHeader>
      <form className="card" onSubmit={(event) => void submit(event)} noValidate>
        <h2>Set up as a coach</h2>
        <p className="muted">
          No programme or profile is needed on this device. Your name is shown to delegates and to
          their raters, who are told that only you can read their answers.
        </p>
        <CoachNameField name={name} error={error} onChange={setName} />
        <button type="submit" className="button button-primary" disabled={isWorking}>
          {isWorking ? 'Making your key…' : 'Set up as a coach'}
        </button>
        {state.status === 'failed' && (
          <p className="alert coaching-problem" role="alert">
            This device could not keep a coach’s key (its storage is not available), so nothing was
            set up. Try again in an ordinary (not private) browser window.
          </p>
        )}
      </form>
      <p className="muted">
        Set up as a coach on another device already? Your key is in that device’s backup:{' '}
        <Link to={paths.backup}>restore the backup here</Link> to open the same delegates’ answers.
      </p>
    </div>
  );
}
