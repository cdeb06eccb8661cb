import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { visualizer } from 'rollup-plugin-visualizer';
import { FIRST_USE_FOLDER, languageFiles, workbookAssetName, workbookChunkName, workbookModules } from './src/pipeline/vite-plugin.ts';
import { FIRST_USE_CACHE, OTHER_LANGUAGES_CACHE, TRAINER_TOOLS_CACHE, TRAINER_TOOLS_FOLDER } from './src/pwa/caches.ts';
import { SPEECH_ENGINE_CACHE } from './src/read-aloud/speech-cache.ts';
import { SPEECH_FOLDER, speechAssetName, speechChunkName, speechEngine } from './src/pipeline/speech-engine.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.mjs';
import { MANIFEST_FILE } from './src/pwa/manifest.ts';
import { FIRST_SCREEN_SECTIONS } from './src/i18n/first-screen.ts';

const APP_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

export default defineConfig({
  define: { 'import.meta.env.APP_VERSION': JSON.stringify(APP_VERSION) },
  plugins: [
    preact({ prerender: { enabled: false } }),
    {
      name: 'zinvol-content-security-policy',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
    {
      // Parts of a JSON file as modules of their own: `x.json?all` (the whole file), `x.json?first`
      // (the first screen's sections, src/i18n/first-screen.ts) and `x.json?rest` (all others), so
      // the first screen carries a few sections and the rest comes in a later chunk (src/i18n/).
      name: 'zinvol-json-parts',
      load: (id) => {
        const part = /^(.*\.json)\?(all|first|rest)$/.exec(id);
        if (!part) return null;
        const strings = JSON.parse(readFileSync(part[1]!, 'utf8')) as Record<string, unknown>;
        const keep = (section: string) => part[2] === 'all' || FIRST_SCREEN_SECTIONS.includes(section) === (part[2] === 'first');
        return `export default ${JSON.stringify(Object.fromEntries(Object.entries(strings).filter(([section]) => keep(section))))}`;
      },
    },
    // ZINVOL_MODULES_DIR: build another modules folder (tests, size measurements).
    workbookModules(process.env.ZINVOL_MODULES_DIR),
    languageFiles(),
    speechEngine(),
    // ZINVOL_ANALYZE=file.json: which source modules fill each chunk (npm run sizes reads it).
    process.env.ZINVOL_ANALYZE ? visualizer({ filename: process.env.ZINVOL_ANALYZE, template: 'raw-data', gzipSize: true }) : null,
    VitePWA({
      registerType: 'prompt',
      manifestFilename: MANIFEST_FILE,
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'Zinvol Online',
        short_name: 'Zinvol',
        description: 'Een werkboek over zinvol en veilig omgaan met social media.',
        lang: 'nl',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#1f5f5b',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [
          { name: 'Verder', short_name: 'Verder', url: '/continue', icons: [{ src: '/icon-192.png', sizes: '192x192' }] },
          { name: 'Hulp nodig?', short_name: 'Hulp', url: '/help', icons: [{ src: '/icon-192.png', sizes: '192x192' }] },
        ],
        // Shown by the install dialog; not precached (globPatterns has no jpg), so they cost nothing offline.
        screenshots: [
          { src: '/screenshots/home-narrow.jpg', sizes: '720x1280', type: 'image/jpeg', form_factor: 'narrow', label: 'Het startscherm' },
          { src: '/screenshots/module-wide.jpg', sizes: '768x1024', type: 'image/jpeg', label: 'Een pagina van een onderdeel' },
        ],
      },
      workbox: {
        // Offline means the whole workbook in Dutch: every screen and every module (module texts are
        // gzip-compressed data, *.json.gz, see src/content/module-text-file.ts). Another
        // language (assets/<lang>/, see workbookChunkName) is cached when someone switches to it
        // (src/content/workbook.ts). Icons are for installing, which happens online. The trainer's
        // tools are cached when first opened (TrainerSettings opens them once, online), and so is the
        // speech engine for reading aloud (src/read-aloud/), the first time someone asks for it.
        globPatterns: ['**/*.{js,css,html,svg,txt,json,gz}'],
        globIgnores: ['assets/!(nl)/*', `assets/${TRAINER_TOOLS_FOLDER}/*`, `assets/${FIRST_USE_FOLDER}/*`, `assets/${SPEECH_FOLDER}/*`],
        runtimeCaching: [
          {
            // A RegExp, not a function: workbox-build copies a function into sw.js as text, without
            // the constants it uses (it threw a ReferenceError there, so nothing was cached).
            urlPattern: new RegExp(`/assets/${TRAINER_TOOLS_FOLDER}/`),
            handler: 'CacheFirst',
            // Hashed names: a new version adds new files, so keep only the newest few dozen.
            options: { cacheName: TRAINER_TOOLS_CACHE, expiration: { maxEntries: 40 } },
          },
          {
            // The print layout: fetched ahead when Settings opens (where it is chosen), kept once loaded.
            urlPattern: new RegExp(`/assets/${FIRST_USE_FOLDER}/`),
            handler: 'CacheFirst',
            options: { cacheName: FIRST_USE_CACHE, expiration: { maxEntries: 20 } },
          },
          {
            urlPattern: new RegExp(`/assets/${SPEECH_FOLDER}/`),
            handler: 'CacheFirst',
            options: { cacheName: SPEECH_ENGINE_CACHE, expiration: { maxEntries: 10 } },
          },
          {
            urlPattern: ({ url }) => /^\/assets\/[a-z]{2}\//.test(url.pathname) && !url.pathname.startsWith('/assets/nl/'),
            handler: 'CacheFirst',
            options: { cacheName: OTHER_LANGUAGES_CACHE },
          },
        ],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once (so it works offline without a reload);
        // later versions wait until the client chooses "refresh".
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
    {
      // The manifest is linked by the app after its first paint (src/pwa/manifest.ts), not here.
      name: 'zinvol-manifest-after-first-paint',
      apply: 'build',
      enforce: 'post',
      transformIndexHtml: { order: 'post', handler: (html) => html.replace(/\s*<link rel="manifest"[^>]*>/, '') },
    },
  ],
  resolve: {
    // The builds of Dexie and workbox-window for today's browsers (ES2017+), smaller than the
    // ES5 ones their packages point to (Dexie by 12 KiB), with the same API.
    alias: [
      { find: /^dexie$/, replacement: fileURLToPath(new URL('node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)) },
      {
        find: /^workbox-window$/,
        replacement: fileURLToPath(new URL('node_modules/workbox-window/build/workbox-window.prod.mjs', import.meta.url)),
      },
    ],
  },
  // The speech worker (src/read-aloud/) sits beside the engine it loads, out of the precache.
  worker: { format: 'es', rolldownOptions: { output: { entryFileNames: `assets/${SPEECH_FOLDER}/[name]-[hash].js` } } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => speechChunkName(chunk) ?? workbookChunkName(chunk) ?? 'assets/[name]-[hash].js',
        assetFileNames: (asset) => speechAssetName(asset) ?? workbookAssetName(asset),
        // Few files on the way to a page: the service worker hands out one file after another (2–4 ms
        // each on a cheap phone), so the first screen is one script (the 'shell') and a module page
        // one more, instead of 16 and 13 small ones (offline cold start to a box 226 → about 160 ms).
        codeSplitting: {
          groups: [
            { name: 'shell', tags: ['$initial'], priority: 2 },
            { name: 'module-page', test: /\/src\/(screens\/module\/|ui\/|content\/(text|types)\.ts)/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
