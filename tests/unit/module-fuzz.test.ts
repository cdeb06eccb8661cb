// Bad module files are harmless: a thousand and more mutated files never crash or hang the
// in-browser compiler, and every problem is reported once, in both languages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModuleFile } from '../../src/content/module-files.ts';
import { moduleFileText } from '../../src/pipeline/compile.ts';
import { describeProblem, isProblem } from '../../src/pipeline/problems.ts';

const FILES = [
  readFileSync('tests/fixtures/online-daten.zinvol.txt', 'utf8'),
  ...readdirSync('modules')
    .filter((name) => !name.startsWith('_') && !name.includes('woordenlijst') && !name.endsWith('.md'))
    .map((name) => moduleFileText(join('modules', name))),
];

/** A small seeded random generator, so a failure can be repeated. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

const GARBAGE = [
  ':::',
  ':::reflection',
  ':::scale id=x faces',
  '## ',
  '---',
  '=== nl.md ===',
  '[[',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '- ->',
  'id: 12',
  '\u0000\uFFFF',
  '![foto](a.png)',
  '# Kop',
  '"',
];

function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const at = Math.floor(next() * lines.length);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  switch (Math.floor(next() * 9)) {
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines.splice(at, 0, lines[at] ?? '');
      break;
    case 2:
      [lines[at], lines[at + 1]] = [lines[at + 1] ?? '', lines[at] ?? ''];
      break;
    case 3:
      lines.splice(at, 0, pick(GARBAGE));
      break;
    case 4:
      return text.slice(0, Math.floor(next() * text.length));
    case 5: {
      const position = Math.floor(next() * text.length);
      return text.slice(0, position) + String.fromCharCode(Math.floor(next() * 0x3000)) + text.slice(position + 1);
    }
    case 6: {
      const closers = lines.flatMap((line, index) => (line.trim() === ':::' ? [index] : []));
      if (closers.length) lines.splice(pick(closers), 1);
      break;
    }
    case 7:
      return text.replace(
        /:::(reflection|scenario|checklist|choose|scale|tip|remember|story|note)/,
        (_, name: string) => `:::${name.slice(0, -1)}`,
      );
    default: {
      const ids = [...text.matchAll(/ id=([a-z0-9-]+)/g)].map((m) => m[1]!);
      if (ids.length > 1) return text.replace(` id=${ids[1]}`, ` id=${ids[0]}`);
    }
  }
  return lines.join('\n');
}

describe('fuzzing the module compiler', () => {
  it('handles 1,000 mutated module files: no crash, none over 1 s, each problem once and readable', async () => {
    const next = random(20261201);
    let withProblems = 0;
    let slowest = 0;
    for (let run = 0; run < 1000; run++) {
      // Every other file is the small module a trainer writes; the rest are the real modules.
      let text = run % 2 === 0 ? FILES[0]! : FILES[1 + ((run >> 1) % (FILES.length - 1))]!;
      for (let step = 0, steps = 1 + Math.floor(next() * 3); step < steps; step++) text = mutate(text, next);
      // CPU time, not wall time: a hang is work, and a busy shared machine must not fail the test.
      const started = process.cpuUsage();
      const { module, problems } = await checkModuleFile(text);
      const used = process.cpuUsage(started);
      const took = (used.user + used.system) / 1000;
      slowest = Math.max(slowest, took);
      expect(took, `run ${run}`).toBeLessThan(1000);
      const real = problems.filter(isProblem);
      // Either usable, or at least one problem: never both, never neither.
      expect(module === null, `run ${run}`).toBe(real.length > 0);
      if (real.length) withProblems++;
      const lines = real.map((p) => `${p.line} ${describeProblem(p, 'nl').message}`);
      expect(new Set(lines).size, `run ${run}: ${lines.join(' | ')}`).toBe(lines.length);
      for (const problem of problems) {
        for (const language of ['nl', 'en'] as const) {
          const { message, fix } = describeProblem(problem, language);
          expect(`${message} ${fix}`).not.toMatch(/undefined|\[object/);
        }
      }
    }
    expect(withProblems).toBeGreaterThan(500);
    console.info(`fuzz: 1000 files, ${withProblems} with problems, slowest ${slowest.toFixed(0)} ms of CPU time`);
  }, 120_000);

  it('gives exactly one problem for each typical mistake, wherever it is made in a real module', async () => {
    for (const file of FILES) {
      const closers = file.split('\n').flatMap((line, index) => (line.trim() === ':::' ? [index] : []));
      for (const index of closers) {
        const lines = file.split('\n');
        lines.splice(index, 1);
        const real = (await checkModuleFile(lines.join('\n'))).problems.filter(isProblem);
        expect(
          real.map((p) => p.key),
          `closer on line ${index + 1}`,
        ).toEqual(['block-not-closed']);
      }
      for (const [, name] of file.matchAll(/^:::(\w+)/gm)) {
        const real = (await checkModuleFile(file.replace(`:::${name}`, `:::${name}x`))).problems.filter(isProblem);
        expect(real.map((p) => `${p.key} ${p.params.suggestion}`)).toEqual([`unknown-block ${name}`]);
      }
      const dutch = file.slice(0, file.indexOf('=== en.md ==='));
      const ids = [...new Set([...dutch.matchAll(/ id=([a-z0-9-]+)/g)].map((m) => m[1]!))];
      for (const id of ids.slice(1)) {
        const real = (await checkModuleFile(file.replace(` id=${id}`, ` id=${ids[0]}`))).problems.filter(isProblem);
        expect(real.map((p) => p.key)).toEqual(['duplicate-id']);
      }
    }
  }, 120_000);
});
