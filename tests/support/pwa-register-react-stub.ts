import { useState } from 'react';

// Stand-in for vite-plugin-pwa's `virtual:pwa-register/react`, which only exists in a Vite build.
export function useRegisterSW() {
  const offlineReady = useState(false);
  const needRefresh = useState(false);
  return { offlineReady, needRefresh, updateServiceWorker: () => Promise.resolve() };
}
