// `npm test`: every check and every test, then one line that counts them all:
//   tests: N passed, M failed
// Checks that are not test runners (type check, lint, format, module check) count as one
// test each, so a failing check is never hidden.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from '../tests/e2e/find-chromium.mjs';

const results = { passed: 0, failed: 0 };
const failures = [];

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const code = await run(command, args);
  if (code === 0) results.passed++;
  else {
    results.failed++;
    failures.push(name);
  }
}

/** Runs a test runner that writes a JSON report, and counts its tests. */
async function suite(name, command, args, reportFile, count, env) {
  console.log(`\n▶ ${name}`);
  rmSync(reportFile, { force: true });
  const code = await run(command, args, env);
  let counted = null;
  try {
    counted = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  } catch {
    // No report: the runner itself failed; counted as one failure below.
  }
  if (!counted) counted = { passed: 0, failed: 1 };
  if (code !== 0 && counted.failed === 0) counted.failed = 1;
  results.passed += counted.passed;
  results.failed += counted.failed;
  if (counted.failed > 0) failures.push(`${name} (${counted.failed} failed)`);
}

const npx = (bin, ...args) => ['node', [`node_modules/.bin/${bin}`, ...args]];

await check('type check (tsc)', ...npx('tsc', '--noEmit'));
await check('lint (oxlint)', ...npx('oxlint', '--deny-warnings', 'src', 'tests', 'scripts'));
await check('format (prettier)', ...npx('prettier', '--check', '--log-level', 'warn', '.'));
await check('module files (check:modules)', 'node', ['scripts/run-ts.mjs', 'src/pipeline/check-modules.ts', 'checkModules']);
await check('plain language (check:content)', 'node', ['scripts/run-ts.mjs', 'src/pipeline/check-content.ts', 'checkContent']);

await suite(
  'unit and component tests (vitest)',
  ...npx('vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'),
  'test-results/vitest.json',
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0),
  }),
);

const chromium = findChromium();
if (!chromium) {
  console.log(INSTALL_HINT);
  results.failed++;
  failures.push('browser tests (no Chromium)');
} else {
  await suite(
    'browser tests (playwright)',
    ...npx('playwright', 'test'),
    'test-results/playwright.json',
    (r) => ({
      passed: r.stats.expected + r.stats.flaky,
      failed: r.stats.unexpected,
    }),
    { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json', PLAYWRIGHT_REPORTERS: 'list,json' },
  );
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`tests: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
