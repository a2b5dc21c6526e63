import { useState } from 'react';
import type { Profile } from '@/domain/profile';

interface ExampleDataCardProps {
  profiles: Profile[];
  activeProfileId: string;
  onSwitchProfile: (profileId: string) => void;
}

type Busy = 'idle' | 'loading' | 'removing';

/**
 * The example is a profile of its own (docs/design.md#profile-scoped-data): loading it adds a
 * person, removing it deletes only that person, and no real rating is ever touched by either. The
 * code that writes and removes it (with the schemas of every kind of record it holds) is fetched on
 * the click, not with Settings.
 */
export function ExampleDataCard({
  profiles,
  activeProfileId,
  onSwitchProfile,
}: ExampleDataCardProps) {
  const [busy, setBusy] = useState<Busy>('idle');
  const [error, setError] = useState<string | null>(null);
  const example = profiles.find((profile) => profile.isExample);
  const firstRealProfile = profiles.find((profile) => !profile.isExample);

  async function tryExample() {
    setBusy('loading');
    setError(null);
    try {
      const { loadExampleProfile } = await import('@/db/example-profile');
      const exampleId = await loadExampleProfile();
      onSwitchProfile(exampleId);
    } catch {
      setError(
        'The example data could not be loaded. Your own data is unchanged. Please try again.',
      );
    } finally {
      setBusy('idle');
    }
  }

  async function removeExample() {
    const wasShowing = example?.id === activeProfileId;
    setBusy('removing');
    setError(null);
    try {
      const { removeExampleProfile } = await import('@/db/example-profile');
      await removeExampleProfile();
      if (wasShowing && firstRealProfile) onSwitchProfile(firstRealProfile.id);
    } catch {
      setError('The example data could not be removed. Please try again.');
    } finally {
      setBusy('idle');
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-example">
      <h2 id="settings-example">Example data</h2>
      <p>
        See what Trellis looks like with weeks of ratings behind it: the example is a made-up
        delegate with a programme, ratings and targets. It is a separate profile and never mixes
        with your own data.
      </p>
      <div className="settings-actions cluster" aria-busy={busy !== 'idle'}>
        {example === undefined ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy !== 'idle'}
            onClick={() => void tryExample()}
          >
            {busy === 'loading' ? 'Loading example data…' : 'Try it with example data'}
          </button>
        ) : (
          <>
            {example.id !== activeProfileId && (
              <button
                type="button"
                className="button"
                disabled={busy !== 'idle'}
                onClick={() => onSwitchProfile(example.id)}
              >
                Show the example
              </button>
            )}
            <button
              type="button"
              className="button button-danger"
              disabled={busy !== 'idle'}
              onClick={() => void removeExample()}
            >
              {busy === 'removing' ? 'Removing example data…' : 'Remove example data'}
            </button>
          </>
        )}
      </div>
      {error !== null && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
