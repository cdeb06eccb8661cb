// A module chooses its illustration by name in module.yml; a wrong name is one clear problem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkModuleFile } from '../../src/content/module-files.ts';
import { DEFAULT_PICTURE, pictureOf, pictureUrl } from '../../src/content/pictures.ts';
import { PICTURES, type ModuleMeta } from '../../src/content/types.ts';
import { compileWorkbook } from '../../src/pipeline/compile.ts';
import { newModuleText } from '../../src/screens/editor/snippets.ts';
import { describeProblem, isProblem } from '../../src/pipeline/problems.ts';

const ONLINE_DATEN = readFileSync('tests/fixtures/online-daten.zinvol.txt', 'utf8');
const withPicture = (line: string) =>
  ONLINE_DATEN.replace('themes: [connectedness, empowerment]\n', `themes: [connectedness, empowerment]\n${line}\n`);

describe('the picture of a module', () => {
  it('is the one named in module.yml', async () => {
    const { module, problems } = await checkModuleFile(withPicture('picture: bridge'));
    expect(problems.filter(isProblem)).toEqual([]);
    expect(module?.meta.picture).toBe('bridge');
  });

  it('is the default picture when module.yml names none', async () => {
    const { module, problems } = await checkModuleFile(ONLINE_DATEN);
    expect(problems.filter(isProblem)).toEqual([]);
    expect(module?.meta.picture).toBe(DEFAULT_PICTURE);
  });

  it('an unknown name gives one problem, in Dutch and English, that lists the names; the module is not added', async () => {
    const { module, problems } = await checkModuleFile(withPicture('picture: slot'));
    const found = problems.filter(isProblem);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(7);
    const names = PICTURES.join(', ');
    expect(describeProblem(found[0]!, 'nl')).toEqual({
      message: 'er is geen plaatje "slot"',
      fix: `schrijf "picture: " en een van ${names}; of laat de regel weg`,
    });
    expect(describeProblem(found[0]!, 'en').message).toBe('there is no picture "slot"');
    expect(describeProblem(found[0]!, 'en').fix).toContain(names);
    // Nothing to add: the module stays out of the workbook until the name is right.
    expect(module).toBeNull();
  });

  it('a picture that is not a name (a list, a number) is the same one problem', async () => {
    for (const line of ['picture: [lock, book]', 'picture: 3']) {
      const { module, problems } = await checkModuleFile(withPicture(line));
      expect(problems.filter(isProblem).map((p) => p.key)).toEqual(['unknown-picture']);
      expect(module).toBeNull();
    }
  });

  it('every module of the workbook names a picture of its own, and every picture has its file', () => {
    const { modules, problems } = compileWorkbook('modules');
    expect(problems).toEqual([]);
    const pictures = modules.map((m) => m.meta.picture);
    expect(new Set(pictures).size).toBe(modules.length);
    for (const name of PICTURES) {
      const svg = readFileSync(`public/pictures/${name}.svg`, 'utf8');
      expect(svg.startsWith('<svg'), name).toBe(true);
      expect(svg, name).toMatch(/viewBox="0 0 96 64"/);
      // Small: few points, no metadata (the precache counts every byte).
      expect(svg.length, name).toBeLessThan(700);
    }
  });

  it('a module stored on a device before pictures existed shows the default', () => {
    const old = { picture: undefined } as unknown as ModuleMeta;
    expect(pictureOf(old)).toBe(DEFAULT_PICTURE);
    expect(pictureUrl({ picture: 'lock' } as ModuleMeta)).toBe('/pictures/lock.svg');
  });

  it('a new module in the editor starts with the default picture and names the others', async () => {
    const text = newModuleText(20);
    const line = text.split('\n').find((l) => l.startsWith('picture:'))!;
    for (const name of PICTURES) expect(line).toContain(name);
    const { module, problems } = await checkModuleFile(text);
    expect(problems.filter(isProblem)).toEqual([]);
    expect(module?.meta.picture).toBe(DEFAULT_PICTURE);
  });
});
