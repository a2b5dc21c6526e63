import { fileURLToPath, URL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { ChunkingContext } from 'rolldown';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built app's Content-Security-Policy: scripts, styles, fonts, the manifest, the service worker
 * and every fetch come from the app's own origin only, with no inline script. `data:` and `blob:`
 * images are for QR codes and generated pictures; `blob:` downloads (backups) need no directive.
 * React sets `style` props through the CSSOM, which style-src does not govern, so no
 * 'unsafe-inline' is needed. Injected only at build time: Vite's dev server injects inline
 * scripts for hot reload, which this policy would rightly block. Checked in tests/e2e/data-safety.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Zod builds fast parsers with `new Function` when it may, and probes for that when its first
 * object schema is made: under this policy the probe is refused and reported as a violation on
 * every start. Zod reads `globalThis.__zod_globalConfig` when it loads, so the chunk holding Zod
 * starts by asking for jitless parsing (plenty fast for Trellis's data). Set before Zod's own code
 * runs, which a `z.config()` call in our modules cannot guarantee once chunks are split.
 */
const ZOD_JITLESS =
  'globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });\n';

function contentSecurityPolicy(): Plugin {
  return {
    name: 'trellis-content-security-policy',
    apply: 'build',
    renderChunk(code, chunk) {
      const holdsZod = chunk.moduleIds.some((id) => id.includes('/node_modules/zod/'));
      return holdsZod ? { code: ZOD_JITLESS + code, map: null } : null;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * The service worker only moves shared files into a cache; the page that takes them out checks
 * them. So it has no use for Zod, whose jitless start above would otherwise be needed there too
 * (a server may send sw.js with the same policy): the build fails if Zod is ever bundled into it.
 */
function keepZodOutOfServiceWorker(): Plugin {
  return {
    name: 'trellis-keep-zod-out-of-service-worker',
    apply: 'build',
    renderChunk(_code, chunk) {
      if (chunk.moduleIds.some((id) => id.includes('/node_modules/zod/'))) {
        this.error(
          `The service worker must not bundle Zod (${chunk.fileName}): keep it to Workbox and src/pwa/share-target.ts.`,
        );
      }
      return null;
    },
  };
}

/** A module of Trellis's own, by its path under src/, as the bundler names it. */
const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
const ENTRY = source('main.tsx');

/**
 * `main.tsx` imports the data layer, React's renderer and the app with import(), one per task, so
 * that no single task evaluates all of them. Vite preloads only an entry's static
 * imports; this adds a `<link rel="modulepreload">` to index.html for every script the entry
 * module's own import()s need (not those of the screens it lazy-loads), so the browser fetches and
 * parses them all in parallel while the HTML is read, exactly as it did when they were static
 * imports, and each import() then only evaluates.
 */
function preloadStartModules(): Plugin {
  let startModules = new Set<string>();
  return {
    name: 'trellis-preload-start-modules',
    apply: 'build',
    buildEnd() {
      startModules = new Set(this.getModuleInfo(ENTRY)?.dynamicallyImportedIds);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        const needed = new Set<string>();
        const addWithImports = (fileName: string) => {
          const imported = bundle[fileName];
          if (needed.has(fileName) || imported.type !== 'chunk') return;
          needed.add(fileName);
          imported.imports.forEach(addWithImports);
        };
        for (const fileName of chunk.dynamicImports) {
          const imported = bundle[fileName];
          if (imported.type === 'chunk' && imported.moduleIds.some((id) => startModules.has(id))) {
            addWithImports(fileName);
          }
        }
        const alreadyLoaded = new Set([chunk.fileName, ...chunk.imports]);
        return [...needed]
          .filter((fileName) => !alreadyLoaded.has(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * The app's own start-up code in one chunk, `app`, evaluated by main.tsx's last import(): the
 * modules app.tsx needs that neither main.tsx itself nor its earlier import()s (the data layer)
 * bring, libraries aside. Left to automatic splitting, every such module that a lazily loaded
 * screen also uses became a chunk of its own, which cost a few KB gzip and a dozen more requests on
 * every start.
 */
function appStartChunk() {
  const app = source('app/app.tsx');
  const isAppCode = (id: string) =>
    !id.includes('/node_modules/') || id.includes('/node_modules/dexie-react-hooks/');
  // Worked out once, on the first call: Trellis is built one-shot, never with `vite build --watch`.
  let members: Set<string> | undefined;
  const staticClosure = (from: readonly string[], context: ChunkingContext) => {
    const found = new Set<string>();
    const queue = [...from];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (found.has(id) || !isAppCode(id)) continue;
      found.add(id);
      queue.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
    return found;
  };
  return {
    // Only the modules named here: following their imports would pull React, Dexie and Zod in too.
    includeDependenciesRecursively: false,
    name(moduleId: string, context: ChunkingContext) {
      if (!members) {
        const otherSteps = (context.getModuleInfo(ENTRY)?.dynamicallyImportedIds ?? []).filter(
          (id) => id !== app,
        );
        const broughtEarlier = staticClosure([ENTRY, ...otherSteps], context);
        members = new Set(
          [...staticClosure([app], context)].filter((id) => !broughtEarlier.has(id)),
        );
      }
      return members.has(moduleId) ? 'app' : null;
    },
  };
}

/**
 * The manifest's file handler. `name` is what Chromium shows in its "Open with" choices; the
 * plugin's manifest type does not list it yet, so the entry is declared here rather than inline.
 */
const TRELLIS_FILE_HANDLER = {
  action: '/open',
  name: 'Trellis file',
  accept: { 'application/json': ['.json'] },
};

// The app must never reach outside its own origin: everything it needs is bundled and precached.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: {
      // A lazily loaded screen's stylesheets are still fetched with it, but not its scripts: Vite
      // would add a <link rel="modulepreload"> per script, and inserting those links as Trellis
      // starts costs a slow phone more than the browser's own module loader takes to find the same
      // scripts — which the service worker serves from its cache.
      // index.html still preloads everything the first script needs.
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
    rolldownOptions: {
      output: { codeSplitting: { groups: [appStartChunk()] } },
    },
  },
  // The cohort screen checks snapshot files in a module worker; its chunk holds Zod, so it is
  // asked for jitless parsing in the same way.
  worker: { format: 'es', plugins: () => [contentSecurityPolicy()] },
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadStartModules(),
    VitePWA({
      // Our own service worker (src/pwa/sw.ts) rather than a generated one: it is also the share
      // target. Workbox still precaches every built file, listed into it at build time.
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      // 'prompt': a new version waits for the user to choose to reload; we never reload under them.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Trellis — skills audit and progress',
        short_name: 'Trellis',
        description:
          'Audit your professional skills week by week, track your progress and present it. Works offline; your data stays on this device.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f7f6f2',
        theme_color: '#1f5f4a',
        categories: ['education', 'productivity'],
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'maskable-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        // Installed, Trellis is in the phone's share sheet: a file or a link sent from a chat
        // (which arrives as text) is posted to the service worker, which hands it to /open. The
        // path and field names are the ones src/pwa/share-target.ts reads.
        share_target: {
          action: '/share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [{ name: 'files', accept: ['application/json', '.json'] }],
          },
        },
        // Installed on a computer (Chromium), Trellis is offered to open .json files; the open
        // screen reads them from `launchQueue`.
        file_handlers: [TRELLIS_FILE_HANDLER],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,woff2}'],
        // A classic script, as the browser registers it, with Workbox bundled in: no second file.
        rollupFormat: 'iife',
        buildPlugins: { vite: [keepZodOutOfServiceWorker()] },
      },
    }),
  ],
});
