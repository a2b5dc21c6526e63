import { useEffect, useState } from 'react';
import {
  requestStoragePersistence,
  storagePersistenceStatus,
  storageUsage,
  type PersistenceStatus,
  type StorageUsage,
} from '@/pwa/storage-persistence';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { StatusLine } from '@/ui/status-line';
import { LoadingText } from '@/ui/loading-text';
import { formatBytes } from '@/features/settings/format-bytes';

interface StorageState {
  persistence: PersistenceStatus;
  usage: StorageUsage | undefined;
}

const percentFormat = new Intl.NumberFormat('en-GB', {
  style: 'percent',
  maximumFractionDigits: 1,
});

/**
 * Everything Trellis knows lives in this browser, so whether the browser may clear it matters.
 * Says so in plain words and offers to ask the browser to keep it.
 */
export function StorageCard() {
  const [state, setState] = useState<StorageState | undefined>(undefined);
  const [isAsking, setIsAsking] = useState(false);
  const [wasRefused, setWasRefused] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    void Promise.all([storagePersistenceStatus(), storageUsage().catch(() => undefined)]).then(
      ([persistence, usage]) => {
        if (isCurrent) setState({ persistence, usage });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  async function askToKeep() {
    setIsAsking(true);
    const persistence = await requestStoragePersistence();
    setState((current) => ({ usage: current?.usage, persistence }));
    setWasRefused(persistence === 'not-persisted');
    setIsAsking(false);
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">Storage on this device</h2>
      {state === undefined ? (
        <LoadingText>Checking storage…</LoadingText>
      ) : (
        <>
          <PersistenceText status={state.persistence} />
          {state.persistence === 'not-persisted' && (
            <div className="settings-actions">
              <button
                type="button"
                className="button"
                disabled={isAsking}
                onClick={() => void askToKeep()}
              >
                Ask the browser to keep my data
              </button>
              {wasRefused && (
                <p className="field-hint" role="status">
                  The browser has not agreed yet. Browsers usually agree once Trellis is installed
                  or has been used for a while; your data is still saved meanwhile.
                </p>
              )}
            </div>
          )}
          <UsageText usage={state.usage} />
          <h3>Keeping your work safe</h3>
          <ul className="settings-howto">
            <li>
              <Link to={paths.backup}>Make a backup</Link> every week or two, and keep the file off
              this device (school drive, email to yourself).
            </li>
            <li>Install Trellis to your home screen or dock: browsers then keep its data.</li>
            <li>
              Do not use “clear browsing data” or “clear site data” for this site without a recent
              backup.
            </li>
          </ul>
        </>
      )}
    </section>
  );
}

function PersistenceText({ status }: { status: PersistenceStatus }) {
  switch (status) {
    case 'persisted':
      return (
        <StatusLine tone="good" sign="✓">
          <strong>Persistent:</strong> your browser will not clear Trellis&rsquo;s data to free up
          space.
        </StatusLine>
      );
    case 'not-persisted':
      return (
        <StatusLine tone="warning" sign="!">
          <strong>Not yet persistent:</strong> the browser may clear data if the device runs short
          of space, or (Safari) after 7 days without a visit. Installing Trellis to your home screen
          helps.
        </StatusLine>
      );
    case 'unsupported':
      return (
        <StatusLine tone="warning" sign="?">
          <strong>Unknown:</strong> this browser does not say whether it will keep Trellis&rsquo;s
          data, so it may clear it if the device runs short of space. Installing Trellis to your
          home screen helps.
        </StatusLine>
      );
  }
}

function UsageText({ usage }: { usage: StorageUsage | undefined }) {
  if (usage === undefined) {
    return <p className="muted">This browser does not report how much space Trellis uses.</p>;
  }
  const share = usage.quotaBytes > 0 ? usage.usedBytes / usage.quotaBytes : 0;
  return (
    <div className="settings-usage">
      <p id="settings-usage-text">
        Using <strong>{formatBytes(usage.usedBytes)}</strong> of {formatBytes(usage.quotaBytes)} the
        browser allows Trellis (
        {share > 0 && share < 0.001 ? 'less than 0.1%' : percentFormat.format(share)}).
      </p>
      <meter
        min={0}
        max={Math.max(usage.quotaBytes, 1)}
        value={usage.usedBytes}
        aria-labelledby="settings-usage-text"
      />
    </div>
  );
}
