// @vitest-environment node
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimSpeechEngine } from '../../src/pipeline/speech-engine.ts';

const folder = dirname(createRequire(import.meta.url).resolve('@echogarden/espeak-ng-emscripten'));
const script = readFileSync(join(folder, 'espeak-ng.js'), 'utf8');
const data = readFileSync(join(folder, 'espeak-ng.data'));
const listed = (js: string) =>
  [...js.matchAll(/\{filename:"([^"]+)",start:(\d+),end:(\d+)\}/g)].map(([, name = '', start, end]) => ({
    name,
    start: Number(start),
    end: Number(end),
  }));

describe('trimSpeechEngine', () => {
  it('keeps only the engine files and the Dutch and English voices, byte for byte', () => {
    const trimmed = trimSpeechEngine(script, data);
    const files = listed(trimmed.script);
    expect(files.map((f) => f.name.replace('/usr/share/espeak-ng-data/', '')).sort()).toEqual(
      ['en_dict', 'intonations', 'lang/gmw/en', 'lang/gmw/nl', 'nl_dict', 'phondata', 'phonindex', 'phontab'].sort(),
    );
    expect(trimmed.script).toContain(`remote_package_size:${trimmed.data.length}`);
    expect(trimmed.data.length).toBeLessThan(1_000_000);
    const original = new Map(listed(script).map((f) => [f.name, data.subarray(f.start, f.end)]));
    for (const file of files) expect(Buffer.from(trimmed.data.subarray(file.start, file.end)).equals(original.get(file.name)!)).toBe(true);
  });

  it('fails loudly when the package no longer has the list it trims', () => {
    expect(() => trimSpeechEngine('no list here', data)).toThrow(/list of packed files/);
  });
});
