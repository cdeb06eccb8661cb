import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/find-chromium.mjs';

// E2E_PORT lets a second run (another worktree, a helper) use its own port and build folder.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_PORT ? `dist-${PORT}` : 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_PORT ? `test-results/e2e-${PORT}` : 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // scripts/test.mjs adds a JSON report to count the tests.
  reporter: process.env.PLAYWRIGHT_REPORTERS === 'list,json' ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    locale: 'nl-NL',
    serviceWorkers: 'allow',
    headless: true,
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // A production build, because the service worker only exists there.
    command: `node node_modules/vite/bin/vite.js build --outDir ${DIST} --emptyOutDir && node scripts/serve.mjs ${DIST}`,
    env: { PORT: String(PORT), ZINVOL_TEST_HOOKS: '1' },
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
