import { useState } from 'react';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { CancelButton } from '@/features/setup/cancel-button';
import { TaskStatus } from '@/features/setup/task-status';

type ExampleState =
  { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string };

interface WelcomeStepProps {
  onStart: () => void;
  /** Start from a backup made on another device (a new phone, or laptop and phone together). */
  onRestore: () => void;
  onSetUp: (profileId: string) => void;
  onCancel?: (() => void) | undefined;
}

/**
 * What Trellis is, where the data lives, and the ways in: your own programme, a backup from your
 * other device, or the example.
 */
export function WelcomeStep({ onStart, onRestore, onSetUp, onCancel }: WelcomeStepProps) {
  const [example, setExample] = useState<ExampleState>({ status: 'idle' });
  const isLoading = example.status === 'loading';

  async function tryExample() {
    setExample({ status: 'loading' });
    try {
      // Loaded on the click: the example's code and the schemas of every table it fills
      // are not needed to draw the welcome.
      const { loadExampleProfile } = await import('@/db/example-profile');
      const profileId = await loadExampleProfile();
      onSetUp(profileId);
    } catch (error) {
      setExample({
        status: 'failed',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    }
  }

  const exampleFailure =
    example.status === 'failed'
      ? `The example data could not be loaded: ${example.message}.`
      : undefined;

  return (
    <section className="setup-welcome card" aria-labelledby="setup-welcome-title">
      <h1 id="setup-welcome-title" tabIndex={-1}>
        Welcome to Trellis
      </h1>
      <p className="setup-lead">
        Trellis helps you audit your skills week by week while you are on a development programme.
        You see your progress as it happens and build your end-of-programme presentation from it.
      </p>
      <p className="setup-privacy">
        <svg
          className="setup-privacy-icon"
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
        >
          <rect x="5" y="10" width="14" height="10" rx="2" />
          <path d="M8 10V7a4 4 0 0 1 8 0v3" />
        </svg>
        Your data stays on this device — nothing is sent anywhere.
      </p>
      <div className="setup-welcome-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={onStart}
          disabled={isLoading}
        >
          Set up my programme
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void tryExample()}
          disabled={isLoading}
          aria-busy={isLoading}
        >
          Try it with example data
        </button>
        <button type="button" className="button" onClick={onRestore} disabled={isLoading}>
          Start from a backup
        </button>
        <CancelButton onCancel={onCancel} />
      </div>
      <TaskStatus
        isBusy={isLoading}
        busyText="Loading the example delegate…"
        failure={exampleFailure}
        className="setup-example-status"
      />
      <p className="setup-restore-hint muted">
        Moving from another phone or laptop? Choose “Start from a backup”, or drop the backup file
        on this page.
      </p>
      <p className="setup-coach-entry">
        Coaching delegates through a 360° review? No programme is needed:{' '}
        <Link to={paths.coaching}>I’m a coach</Link>
      </p>
      <p className="setup-coach-entry">
        Someone sent you a Trellis file or link — an observation request, a 360° review, a coach’s
        verification? <Link to={paths.open}>Open it</Link>
      </p>
      <p className="setup-coach-entry">
        Running a cohort? See where it stands from the progress delegates share with you:{' '}
        <Link to={paths.cohorts}>I’m a facilitator</Link>
      </p>
    </section>
  );
}
