/**
 * One preview server and one Chromium for a whole e2e file: started before its first test, closed
 * after its last. Read `app.server` and `app.browser` inside tests (they exist once `before` ran).
 */
import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startPreviewServer } from '../../support/preview-server.mjs';

export function useAppUnderTest() {
  /**
   * @type {{
   *   server?: Awaited<ReturnType<typeof startPreviewServer>>,
   *   browser?: import('playwright-core').Browser,
   * }}
   */
  const app = {};
  before(async () => {
    app.server = await startPreviewServer();
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
