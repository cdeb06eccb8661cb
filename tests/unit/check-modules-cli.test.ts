import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUTCH, SETTINGS, writeModules } from './module-files.ts';

const broken = () =>
  writeModules({
    'proef/module.yml': SETTINGS.replace('minutes: 15\n', ''),
    'proef/nl.md': DUTCH.replace(':::checklist id=lijst', ':::quizz id=lijst'),
  });

function run(command: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, out: `${result.stdout}\n${result.stderr}` };
}

describe('authors get one line per problem, never a stack trace', () => {
  it('npm run check:modules lists each problem and fails', () => {
    const { code, out } = run(['node', 'scripts/run-ts.mjs', 'src/pipeline/check-modules.ts', 'checkModules', broken()]);
    expect(code).toBe(1);
    expect(out).toMatch(/modules\/proef\/module\.yml:1: the setting "minutes" is missing\. Fix: /);
    expect(out).toMatch(/modules\/proef\/nl\.md:18: unknown block ":::quizz"\. Fix: /);
    expect(out).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('npm run check:modules says ok for the real modules', () => {
    const { code, out } = run(['node', 'scripts/run-ts.mjs', 'src/pipeline/check-modules.ts', 'checkModules']);
    expect(out).toMatch(/modules ok: \d+ modules/);
    expect(code).toBe(0);
  }, 30_000);

  it('the production build stops on a broken module with the same lines', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'zinvol-build-'));
    const { code, out } = run(
      ['node', 'node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { ZINVOL_MODULES_DIR: broken() },
    );
    expect(code).toBe(1);
    expect(out).toMatch(/The module files have 2 problem\(s\)/);
    expect(out).toMatch(/modules\/proef\/nl\.md:18: unknown block ":::quizz"/);
    expect(out).not.toMatch(/^\s+at /m);
  }, 60_000);
});
