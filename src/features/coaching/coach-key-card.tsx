import { useState, type SyntheticEvent } from 'react';
import { coachIdentitySchema } from '@/domain/review-360/review-round';
import { shortKeyFingerprint } from '@/domain/review-360/review-crypto';
import type { CoachKeys } from '@/domain/review-360/stored';
import { renameCoach } from '@/db/coaching';
import { CoachNameField } from '@/features/coaching/coach-name-field';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { StatusLine } from '@/ui/status-line';

/**
 * The coach's key: its fingerprint to compare with a delegate's screen, the plain warning that it
 * lives on this device alone, a way to back it up, and the coach's name (which travels in the link).
 */
export function CoachKeyCard({ coach }: { coach: CoachKeys }) {
  return (
    <section className="card stack coaching-key" aria-labelledby="coaching-key-title">
      <h2 id="coaching-key-title">Your coach’s key</h2>
      <div>
        <p className="coaching-key-label">Key fingerprint</p>
        <p className="coaching-fingerprint" data-testid="coach-fingerprint">
          {shortKeyFingerprint(coach.keyId)}
        </p>
      </div>
      <StatusLine tone="warning" sign="!">
        This key is kept only on this device, and in its backups. If the device is lost, or its
        browser data is cleared, with no backup, the answers sealed to you can never be opened — by
        you or by anyone else.
      </StatusLine>
      <p>
        <Link to={paths.backup} className="button">
          Back up this device
        </Link>
      </p>
      <RenameCoach coach={coach} />
    </section>
  );
}

type RenameState = { status: 'idle' } | { status: 'saved' } | { status: 'failed' };

function RenameCoach({ coach }: { coach: CoachKeys }) {
  const [name, setName] = useState(coach.name);
  const [error, setError] = useState<string | undefined>();
  const [state, setState] = useState<RenameState>({ status: 'idle' });

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    const checked = coachIdentitySchema.shape.name.safeParse(name);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Add your name');
      return;
    }
    setError(undefined);
    try {
      await renameCoach(checked.data);
      setState({ status: 'saved' });
    } catch {
      setState({ status: 'failed' });
    }
  }

  return (
    <details className="coaching-rename">
      <summary>Change your name</summary>
      <form onSubmit={(event) => void save(event)} noValidate>
        <p className="muted">
          Your name travels in your coach link. Delegates who added you already keep the name they
          were sent, so send them the link again after a change.
        </p>
        <CoachNameField
          name={name}
          error={error}
          onChange={(value) => {
            setName(value);
            setState({ status: 'idle' });
          }}
        />
        <button type="submit" className="button">
          Save name
        </button>
        <p role="status" className="coaching-status">
          {state.status === 'saved' && `Saved: you coach as ${coach.name}.`}
        </p>
        {state.status === 'failed' && (
          <p className="alert" role="alert">
            Your name could not be saved. Please try again.
          </p>
        )}
      </form>
    </details>
  );
}
