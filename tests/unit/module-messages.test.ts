// A trainer's three typical mistakes each give exactly one problem, in words she understands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkModuleFile } from '../../src/content/module-files.ts';
import { describeProblem, isProblem, type Problem } from '../../src/pipeline/problems.ts';
import { joinModuleFile, splitModuleFile } from '../../src/pipeline/module-file.ts';
import { ProblemList } from '../../src/pipeline/problems.ts';

const ONLINE_DATEN = readFileSync('tests/fixtures/online-daten.zinvol.txt', 'utf8');

const problemsOf = async (text: string): Promise<Problem[]> => (await checkModuleFile(text)).problems.filter(isProblem);
const inDutch = (problem: Problem) => {
  const { message, fix } = describeProblem(problem, 'nl');
  return `regel ${problem.line}: ${message}. ${fix}`;
};

describe('a module file written in the app', () => {
  it('compiles "Online daten" with one page, two questions and a scenario, and only the note about English', async () => {
    const { module, problems } = await checkModuleFile(ONLINE_DATEN);
    expect(module?.meta).toMatchObject({ id: 'online-daten', sectionCount: 2, languages: ['nl'] });
    expect(module?.meta.exercises.map((e) => e.kind)).toEqual(['reflection', 'reflection', 'scenario']);
    expect(problems.map((p) => describeProblem(p, 'nl').message)).toEqual([
      'er is nog geen Engelse tekst; Engelstalige deelnemers zien de Nederlandse',
    ]);
  });

  it('a forgotten closing ::: gives one problem, on the line of the block', async () => {
    const text = ONLINE_DATEN.replace('Wat hoop je te vinden als je online datet?\n:::\n', 'Wat hoop je te vinden als je online datet?\n');
    const problems = await problemsOf(text);
    expect(problems.map(inDutch)).toEqual([
      'regel 23: het blok ":::reflection" wordt niet afgesloten. zet een regel met alleen ::: na de laatste regel van het blok',
    ]);
    expect(describeProblem(problems[0]!, 'en').message).toBe('the block ":::reflection" is never closed');
  });

  it('a duplicate id gives one problem that names both lines', async () => {
    const problems = await problemsOf(ONLINE_DATEN.replace('id=wat-deel-ik-niet', 'id=wat-zoek-ik'));
    expect(problems.map(inDutch)).toEqual([
      'regel 27: de id "wat-zoek-ik" wordt twee keer gebruikt (ook op regel 23). geef elke oefening een eigen id; verander nooit de id van een oefening die al gebruikt wordt',
    ]);
  });

  it('a misspelled block name gives one problem with the likely name', async () => {
    const problems = await problemsOf(ONLINE_DATEN.replace(':::scenario', ':::scenarion'));
    expect(problems.map(inDutch)).toEqual(['regel 31: onbekend blok ":::scenarion". bedoel je ":::scenario"? Kijk de spelling na']);
    expect(await problemsOf(ONLINE_DATEN.replace(':::reflection id=wat-zoek-ik', ':::vraag id=wat-zoek-ik'))).toHaveLength(1);
  });

  it('refuses files that are too large, not a module, or from a newer format, with one message each', async () => {
    const keys = async (text: string) => (await problemsOf(text)).map((p) => p.key);
    expect(await keys(ONLINE_DATEN + 'x'.repeat(1_000_001))).toEqual(['file-too-large']);
    expect(await keys('Boodschappen: melk, brood')).toEqual(['not-a-module-file']);
    expect(await keys('{"id": "online-daten"}')).toEqual(['not-a-module-file']);
    expect(await keys(ONLINE_DATEN.replace('format 1', 'format 2'))).toEqual(['newer-format']);
    expect(await keys(ONLINE_DATEN.replace('=== nl.md ===', ''))).toEqual(['part-missing']);
  });

  it('keeps the format when a module file is split and joined again', () => {
    const sources = splitModuleFile(ONLINE_DATEN, 'f', new ProblemList('f'))!;
    expect(joinModuleFile(sources.settings.text, { nl: sources.texts.nl!.text })).toBe(ONLINE_DATEN);
  });
});
