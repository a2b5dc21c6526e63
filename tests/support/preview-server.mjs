/**
 * Serves the production build (dist/, made by `vite build` before the suite runs) with Vite's own
 * preview server, on a free port of the loopback interface, so several runs never collide.
 */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const HOST = '127.0.0.1';

/** A port nobody is listening on right now: the OS hands one out, we give it straight back. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port'));
      });
    });
  });
}

/**
 * Starts `vite preview` on the built app. 127.0.0.1 is a secure context, so the service worker
 * registers as it would over HTTPS.
 * @param {{ outDir?: string }} [options] serve a copy of the build from elsewhere (to ship a
 *   "new version" without touching dist/)
 * @returns {Promise<{ baseUrl: string, close: () => Promise<void> }>}
 */
export async function startPreviewServer({ outDir } = {}) {
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { host: HOST, port, strictPort: true, open: false },
  });
  const baseUrl = `http://${HOST}:${port}`;
  return {
    baseUrl,
    close: () =>
      new Promise((resolve, reject) => {
        server.httpServer.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
