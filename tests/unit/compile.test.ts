import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/pipeline/compile.ts';
import { formatProblem, formatProblemIn, terminalLanguage } from '../../src/pipeline/problems.ts';
import { blocksText } from '../../src/content/text.ts';
import type { TextBlock } from '../../src/content/types.ts';
import { DUTCH, GLOSSARY, GLOSSARY_SETTINGS, SETTINGS, writeModules } from './module-files.ts';

const valid = () => ({
  'proef/module.yml': SETTINGS,
  'proef/nl.md': DUTCH,
  'woorden/module.yml': GLOSSARY_SETTINGS,
  'woorden/nl.md': GLOSSARY,
});

function problemsOf(files: Record<string, string>): string[] {
  const dir = writeModules(files);
  return compileWorkbook(dir).problems.map(formatProblem);
}

describe('compiling a module', () => {
  it('turns every block type into data, keeping ids and text', () => {
    const { modules, problems, glossary } = compileWorkbook(writeModules(valid()));
    expect(problems).toEqual([]);
    const [proef] = modules;
    expect(proef?.meta).toMatchObject({
      id: 'proef',
      order: 1,
      minutes: 15,
      themes: ['identity', 'hope'],
      sectionCount: 3,
      languages: ['nl'],
    });
    expect(proef?.meta.exercises.map((e) => `${e.kind}:${e.id}`)).toEqual([
      'reflection:vraag-een',
      'checklist:lijst',
      'choose:kies',
      'scale:schaal',
      'scenario:situatie',
      'contacts:mensen',
      'tip:tip-een',
    ]);
    const blocks = proef!.texts.nl!.sections.flatMap((s) => s.blocks);
    expect(blocks.find((b) => b.t === 'reflection')).toMatchObject({
      prompt: ['Wat wil je laten zien?'],
      lines: 6,
      hint: [{ t: 'p', c: ['Denk aan je foto.'] }],
    });
    expect(blocks.find((b) => b.t === 'choose')).toMatchObject({ pick: 2, options: [['Een'], ['Twee'], ['Drie']] });
    expect(blocks.find((b) => b.t === 'scale')).toMatchObject({ faces: true });
    expect(blocks.find((b) => b.t === 'scenario')).toMatchObject({
      choices: [
        { label: ['Ik reageer boos.'], feedback: ['Dat maakt het vaak erger.'] },
        { label: ['Ik wacht.'], feedback: ['Goed idee.'] },
      ],
    });
    expect(blocks.find((b) => b.t === 'story')).toMatchObject({ name: 'Sam' });
    // "10:30" in prose stays text; glossary links and web links become their own nodes.
    expect(JSON.stringify(proef!.texts.nl!.sections[0])).toContain('Om 10:30 begint de les.');
    expect(JSON.stringify(blocks)).toContain('{"t":"term","id":"like","c":["liken"]}');
    expect(JSON.stringify(blocks)).toContain('"href":"https://example.org"');
    expect(glossary.nl).toEqual([{ id: 'like', name: 'liken', text: 'Laten zien dat je iets leuk vindt.' }]);
  });

  it('keeps HTML in a module file as plain text', () => {
    const { modules } = compileWorkbook(
      writeModules({ ...valid(), 'proef/nl.md': DUTCH.replace('Welkom.', 'Welkom <script>alert(1)</script>.') }),
    );
    const intro = modules[0]!.texts.nl!.sections[0]!.blocks as TextBlock[];
    expect(blocksText(intro)).toEqual(['Welkom <script>alert(1)</script>. Om 10:30 begint de les.']);
    expect(JSON.stringify(intro)).not.toContain('"t":"html"');
  });

  it('compiles the real modules/ folder and the template without a problem', () => {
    const real = compileWorkbook(resolve('modules'));
    expect(real.problems.map(formatProblem)).toEqual([]);
    expect(real.modules.length).toBeGreaterThanOrEqual(1);
    const template = writeModules(
      Object.fromEntries(readdirSync('modules/_template').map((f) => [`nieuw/${f}`, readFileText(join('modules/_template', f))])),
    );
    expect(
      compileWorkbook(template)
        .problems.map(formatProblem)
        .filter((p) => !p.includes('no glossary')),
    ).toEqual([]);
  });
});

function readFileText(path: string): string {
  return readFileSync(path, 'utf8');
}

describe('a mistake in a module file gives one clear line: file, line, what, how to fix', () => {
  it('reports a missing setting in module.yml', () => {
    expect(problemsOf({ ...valid(), 'proef/module.yml': SETTINGS.replace('minutes: 15\n', '') })).toEqual([
      expect.stringMatching(/^modules\/proef\/module\.yml:1: the setting "minutes" is missing\. Fix: write for example "minutes: 15"$/),
    ]);
  });

  it('reports an unknown theme on its line', () => {
    expect(problemsOf({ ...valid(), 'proef/module.yml': SETTINGS.replace('[identity, hope]', '[identity, happiness]') })).toEqual([
      expect.stringMatching(/^modules\/proef\/module\.yml:4: unknown theme "happiness"\. Fix: .*connectedness, hope/),
    ]);
  });

  it('reports a duplicate exercise id with both lines', () => {
    const text = DUTCH.replace('id=lijst', 'id=vraag-een');
    expect(problemsOf({ ...valid(), 'proef/nl.md': text })).toEqual([
      'modules/proef/nl.md:18: the id "vraag-een" is used twice (also on line 12). Fix: give each exercise its own id; never change the id of an exercise that is in use',
    ]);
  });

  it('reports an unknown block and lists the known ones', () => {
    const [problem] = problemsOf({ ...valid(), 'proef/nl.md': DUTCH.replace(':::checklist id=lijst', ':::quizz id=lijst') });
    expect(problem).toMatch(/^modules\/proef\/nl\.md:18: unknown block ":::quizz"\. Fix: use one of :::reflection, :::checklist/);
  });

  it('reports bad or missing front matter', () => {
    expect(problemsOf({ ...valid(), 'proef/nl.md': DUTCH.replace('---\ntitle: Proef\n', 'title: Proef\n') })[0]).toMatch(
      /^modules\/proef\/nl\.md:1: the header with title and summary is missing or not closed/,
    );
    expect(problemsOf({ ...valid(), 'proef/nl.md': DUTCH.replace('title: Proef', 'title: [Proef') })[0]).toMatch(
      /^modules\/proef\/nl\.md:\d+: the header cannot be read/,
    );
    expect(problemsOf({ ...valid(), 'proef/nl.md': DUTCH.replace('summary: Een module om te testen.\n', '') })).toEqual([
      expect.stringMatching(/^modules\/proef\/nl\.md:\d+: the header has no summary/),
    ]);
  });

  it('reports a block that is never closed, a scenario choice without feedback and an unknown glossary word', () => {
    const problems = problemsOf({
      ...valid(),
      'proef/nl.md': DUTCH.replace('- Ik wacht. -> Goed idee.', '- Ik wacht.')
        .replace('[[liken|like]]', '[[onbekend]]')
        .replace(/:::trainer\nDoel: praten.\n:::\n$/, ':::trainer\nDoel: praten.\n'),
    });
    expect(problems).toEqual([
      expect.stringMatching(/nl\.md:60: the block ":::trainer" is never closed/),
      expect.stringMatching(/nl\.md:45: this choice has no feedback/),
      expect.stringMatching(/nl\.md:10: \[\[onbekend\]\] is not in the glossary/),
    ]);
  });

  it('requires the English text to have the same exercises', () => {
    const english = DUTCH.replace('id=kies pick=2', 'id=choose pick=2').replace('- Profiel bekeken\n', '');
    const problems = problemsOf({ ...valid(), 'proef/en.md': english });
    expect(problems).toContainEqual(expect.stringMatching(/en\.md:18: "lijst" has 1 options here but 2 in nl\.md/));
    expect(problems).toContainEqual(expect.stringMatching(/en\.md:\d+: the exercise "choose" is not in nl\.md/));
    expect(problems).toContainEqual(expect.stringMatching(/en\.md:1: the exercise "kies" from nl\.md is missing here/));
  });

  it('reports a missing nl.md and a duplicate module id', () => {
    const problems = problemsOf({
      ...valid(),
      'kopie/module.yml': SETTINGS.replace('order: 1', 'order: 2'),
      'kopie/nl.md': DUTCH,
      'leeg/module.yml': SETTINGS.replace('id: proef', 'id: leeg').replace('order: 1', 'order: 3'),
    });
    expect(problems).toContainEqual(expect.stringMatching(/^modules\/leeg\/nl\.md:1: nl\.md is missing/));
    expect(problems).toContainEqual(expect.stringMatching(/^modules\/proef\/module\.yml:1: the id "proef" is also used by modules\/kopie/));
  });
});

describe('a module file saved in the app is read by the build unchanged', () => {
  it('compiles modules/<name>.zinvol.txt like a folder, with the note that English is optional', () => {
    const file = readFileSync('tests/fixtures/online-daten.zinvol.txt', 'utf8');
    const result = compileWorkbook(writeModules({ ...valid(), 'online-daten.zinvol.txt': file }));
    expect(result.problems).toEqual([]);
    expect(result.modules.map((m) => m.meta.id)).toEqual(['proef', 'woorden', 'online-daten']);
    expect(result.notes.map(formatProblem)).toContainEqual(
      'modules/online-daten.zinvol.txt:12: Note: there is no English text yet; English-speaking participants see the Dutch text. that is fine; for an English text, add a part "=== en.md ===" (or a file en.md)',
    );
  });

  it('points at the line in the module file, in Dutch for a Dutch terminal', () => {
    const file = readFileSync('tests/fixtures/online-daten.zinvol.txt', 'utf8').replace(':::scenario', ':::scenaro');
    const { problems } = compileWorkbook(writeModules({ ...valid(), 'online-daten.zinvol.txt': file }));
    expect(problems.map((p) => formatProblemIn(p, 'nl'))).toEqual([
      'modules/online-daten.zinvol.txt:31: onbekend blok ":::scenaro". Oplossing: bedoel je ":::scenario"? Kijk de spelling na',
    ]);
    expect(terminalLanguage({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(terminalLanguage({ LANG: 'C.UTF-8' })).toBe('en');
  });

  it('treats an untouched template en.md as no English text, with one note and no problems', () => {
    const { problems, notes } = compileWorkbook(
      writeModules({ ...valid(), 'proef/en.md': readFileSync('modules/_template/en.md', 'utf8') }),
    );
    expect(problems).toEqual([]);
    expect(notes.map((n) => n.key)).toEqual(['english-is-template-note']);
  });
});
