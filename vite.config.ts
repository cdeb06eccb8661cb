import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { workbookChunkName, workbookModules } from './src/pipeline/vite-plugin.ts';

// Only our own origin, ever: the same policy as the <meta> tag in index.html, sent as a
// header too by `npm start` (vite preview), since some directives work only as a header.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  plugins: [
    preact({ prerender: { enabled: false } }),
    workbookModules(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'Zinvol Online',
        short_name: 'Zinvol',
        description: 'Een werkboek over zinvol en veilig omgaan met social media.',
        lang: 'nl',
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
      },
      workbox: {
        // Every module and both languages are precached: offline means the whole workbook.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once (so it works offline without a reload);
        // later versions wait until the client chooses "refresh".
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: { chunkFileNames: (chunk) => workbookChunkName(chunk) ?? 'assets/[name]-[hash].js' },
    },
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Referrer-Policy': 'no-referrer' } },
  server: { headers: { 'Referrer-Policy': 'no-referrer' } },
});
