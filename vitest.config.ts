import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
      // The PWA virtual modules exist only in a Vite build; tests get quiet stand-ins.
      {
        find: /^virtual:pwa-register\/react$/,
        replacement: fileURLToPath(
          new URL('./tests/support/pwa-register-react-stub.ts', import.meta.url),
        ),
      },
    ],
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Screen tests drive a real (fake) IndexedDB through React; a loaded CI machine needs headroom.
    testTimeout: 15_000,
  },
});
