/** Builds the floor page (a bare React 19 page) with Trellis's Vite and React plugin into `outDir`. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export async function buildFloor(outDir) {
  await build({
    root: fileURLToPath(new URL('./', import.meta.url)),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
}
