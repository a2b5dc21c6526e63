/**
 * Builds the floors with Trellis's Vite and React plugin into `outDir`: the bare React 19 page
 * (`index.html`) and the data floor (`data.html`: React reading a Dexie database of Trellis's shape).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

export async function buildFloor(outDir) {
  await build({
    root: here('./'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: { input: { floor: here('./index.html'), data: here('./data.html') } },
    },
  });
}
