/**
 * A real Trellis file for the browser suite, written by the app's own domain code (loaded through
 * Vite's SSR module loader, so no second copy of the file format lives in the tests).
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * An observation a colleague sent back, as the file their phone saves: its name and its text.
 * @returns {Promise<{ name: string, text: string }>}
 */
export async function makeObservationFile() {
  const vite = await createServer({
    root,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
  });
  try {
    const exchange = await vite.ssrLoadModule('/src/domain/observation-exchange.ts');
    const factories = await vite.ssrLoadModule('/tests/support/observation-factories.ts');
    const observation = factories.makeReturnedObservation();
    return {
      name: exchange.returnFileName(observation),
      text: await exchange.returnFileText(observation),
    };
  } finally {
    await vite.close();
  }
}
