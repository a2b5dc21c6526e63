import { useEffect, useState } from 'react';
import { version } from '../../../package.json';
import { StatusLine } from '@/ui/status-line';

/** Whether a service worker controls this page, i.e. whether Trellis would open with no network. */
function isControlledByServiceWorker(): boolean {
  return 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}

export function OfflineCard() {
  const [isOfflineReady, setIsOfflineReady] = useState(isControlledByServiceWorker);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    // The first visit gains its controller part-way through (clientsClaim): follow it.
    function update() {
      setIsOfflineReady(isControlledByServiceWorker());
    }
    navigator.serviceWorker.addEventListener('controllerchange', update);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', update);
  }, []);

  return (
    <section className="card settings-card" aria-labelledby="settings-offline">
      <h2 id="settings-offline">Working offline</h2>
      <StatusLine tone={isOfflineReady ? 'good' : 'neutral'} sign={isOfflineReady ? '✓' : '…'}>
        {isOfflineReady
          ? 'Trellis is installed for offline use on this browser.'
          : 'Offline use becomes available after this page has fully loaded once.'}
      </StatusLine>
      <p>
        Everything you enter stays in this browser on this device; Trellis sends nothing anywhere.
      </p>
      <h3>Add Trellis to your home screen</h3>
      <ul className="settings-howto">
        <li>
          <strong>iPhone or iPad (Safari):</strong> tap Share, then &ldquo;Add to Home
          Screen&rdquo;.
        </li>
        <li>
          <strong>Android (Chrome):</strong> open the ⋮ menu, then &ldquo;Add to home screen&rdquo;
          or &ldquo;Install app&rdquo;.
        </li>
        <li>
          <strong>Laptop (Chrome or Edge):</strong> click the install icon at the right of the
          address bar.
        </li>
      </ul>
      <p className="muted settings-version">Trellis version {version}</p>
    </section>
  );
}
