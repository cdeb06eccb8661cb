// The minimal app of `npm run bench` (see scripts/bench.mjs): same build settings as the app.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    preact({ prerender: { enabled: false } }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: '/index.html', clientsClaim: true, skipWaiting: true },
    }),
  ],
  build: { target: 'es2022' },
});
