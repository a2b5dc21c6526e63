import { useState } from 'react';

/**
 * Stand-in for vite-plugin-pwa's `virtual:pwa-register/react`, which only exists in a Vite build.
 * A test sets what the service worker "reported" before rendering, and reads the update requests.
 */
export const pwaRegisterStub = {
  offlineReady: false,
  needRefresh: false,
  updateRequests: [] as (boolean | undefined)[],
  reset() {
    this.offlineReady = false;
    this.needRefresh = false;
    this.updateRequests = [];
  },
};

export function useRegisterSW() {
  const offlineReady = useState(pwaRegisterStub.offlineReady);
  const needRefresh = useState(pwaRegisterStub.needRefresh);
  return {
    offlineReady,
    needRefresh,
    updateServiceWorker: (reloadPage?: boolean) => {
      pwaRegisterStub.updateRequests.push(reloadPage);
      return Promise.resolve();
    },
  };
}
