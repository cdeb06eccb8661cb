import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/pipeline/compile.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { checkTasks, conditionMet, freshPractice, strangerView, timeline, withPrivacy } from '../../src/screens/practice/state.ts';
import type { PracticeData } from '../../src/content/types.ts';
import { DB_NAME, WorkbookDB } from '../../src/storage/db.ts';
import {
  backupData,
  chooseMode,
  closeProfile,
  createProfile,
  loadPractice,
  openProfile,
  savePractice,
  sessionState,
} from '../../src/storage/index.ts';
import { wipeDevice } from '../wipe-device.ts';
import { DUTCH, SETTINGS, writeModules } from './module-files.ts';

const REAL = readFileSync(resolve('modules/oefenen.yml'), 'utf8');
const realData = (): PracticeData => compileWorkbook(resolve('modules')).practice!;

function compileWith(practice: string, extra: Record<string, string> = {}) {
  const dir = writeModules({ 'proef/module.yml': SETTINGS, 'proef/nl.md': DUTCH, 'oefenen.yml': practice, ...extra });
  const { practice: data, problems, modules } = compileWorkbook(dir);
  return { data, modules, problems: problems.map(formatProblem) };
}

describe('the practice data (modules/oefenen.yml)', () => {
  it('compiles without problems, and links each task to its module', () => {
    const { practice, modules, problems } = compileWorkbook(resolve('modules'));
    expect(problems).toEqual([]);
    expect(practice?.tasks.map((t) => t.id)).toContain('profiel-prive');
    expect(modules.find((m) => m.meta.id === 'privacy-en-veiligheid')?.meta.practiceTasks).toEqual(['profiel-prive', 'tag-goedkeuren']);
    expect(modules.find((m) => m.meta.id === 'aan-de-slag')?.meta.level).toBe('beginner');
  });

  it('names the line and the fix for a task a trainer got wrong', () => {
    const broken = REAL.replace('module: ruzie-en-misverstanden', 'module: bestaat-niet').replace(
      'done-when: [blocked rick]',
      'done-when: [blocked nobody, flies]',
    );
    const { problems } = compileWith(broken.replace(/module: [a-z-]+/g, (m) => (m.includes('bestaat-niet') ? m : 'module: proef')));
    const lineOf = (text: string) => REAL.split('\n').findIndex((l) => l.includes(text)) + 1;
    const line = lineOf('done-when: [blocked rick]');
    expect(problems).toContain(
      `modules/oefenen.yml:${lineOf('module: ruzie')}: there is no module "bestaat-niet". Fix: use the id from a module.yml`,
    );
    expect(problems).toContain(
      `modules/oefenen.yml:${line}: "blocked nobody" needs the id of a person from this file. Fix: write for example "blocked noor"`,
    );
    expect(problems).toContain(
      `modules/oefenen.yml:${line}: "flies" is not a condition the app can check. Fix: use one of the conditions listed at the top of oefenen.yml`,
    );
  });

  it('asks for both languages and for the warning signs of a scam', () => {
    const { problems } = compileWith(
      REAL.replace(/module: [a-z-]+/g, 'module: proef')
        .replace('      en: Walks, tea and good books.\n', '')
        .replace(/        - A real bank never asks for that in a message.\n/, ''),
    );
    expect(problems.some((p) => p.includes('"people.0.bio.en" is missing or empty'))).toBe(true);
    expect(problems.some((p) => p.includes('a scam message needs its warning signs'))).toBe(true);
  });

  it('checks that ":::probeer" leads to a task that exists', () => {
    const page = DUTCH + '\n:::probeer taak=bestaat-niet\n:::\n';
    const { problems } = compileWith(REAL.replace(/module: [a-z-]+/g, 'module: proef'), { 'proef/nl.md': page });
    expect(problems.some((p) => p.includes('there is no practice task "bestaat-niet"'))).toBe(true);
  });

  it('knows the module levels and refuses others', () => {
    const { problems } = compileWith(REAL.replace(/module: [a-z-]+/g, 'module: proef'), {
      'proef/module.yml': SETTINGS + 'level: expert\n',
    });
    expect(problems.some((p) => p.includes('level "expert" is not known'))).toBe(true);
  });
});

describe('the practice app checks guided tasks', () => {
  const data = realData();
  const task = (id: string) => data.tasks.find((t) => t.id === id)!;

  it('counts "view as a stranger" only after the last privacy change', () => {
    let state = withPrivacy(freshPractice(), { profile: 'private' }, 100);
    expect(checkTasks(state, data.tasks, 100).newlyDone).toEqual([]);
    state = { ...state, strangerViewAt: 50 };
    expect(conditionMet(state, 'viewed-as-stranger')).toBe(false);
    state = { ...state, strangerViewAt: 120 };
    const checked = checkTasks(state, data.tasks, 120);
    expect(checked.newlyDone.map((t) => t.id)).toEqual(['profiel-prive']);
    expect(checked.state.tasksDone['profiel-prive']).toBe(120);
    // Done stays done, and is not reported twice.
    const later = withPrivacy(checked.state, { profile: 'public' }, 200);
    expect(checkTasks(later, data.tasks, 200).newlyDone).toEqual([]);
    expect(checkTasks(later, data.tasks, 200).state.tasksDone['profiel-prive']).toBe(120);
  });

  it('sees a block, an approved tag, a request and a message, and a reported scam', () => {
    const state = {
      ...freshPractice(),
      blocked: ['rick'],
      tags: { 'dewi-groep': 'approved' as const },
      requestsSent: ['fatima'],
      messages: [{ to: 'noor', text: 'Hoi' }],
      scamsReported: ['bank-link'],
    };
    expect(
      checkTasks(state, data.tasks, 1)
        .newlyDone.map((t) => t.id)
        .sort(),
    ).toEqual(['blokkeer-vervelend', 'contact-maken', 'nepbericht-herkennen', 'tag-goedkeuren'].sort());
    expect(conditionMet({ ...state, tags: { 'dewi-groep': 'declined' } }, 'tag-approved dewi-groep')).toBe(false);
    expect(task('contact-maken').doneWhen).toEqual(['request-sent fatima', 'messaged noor']);
  });

  it('hides muted and blocked people from the timeline, and shows a stranger only what the settings allow', () => {
    const muted = { ...freshPractice(), muted: ['noor'], blocked: ['rick'] };
    const shown = timeline(data, muted).map((p) => p.by);
    expect(shown).not.toContain('noor');
    expect(shown).not.toContain('rick');
    expect(shown).toContain('dewi');
    expect(strangerView(freshPractice())).toEqual({ posts: true, location: true, tags: true, canMessage: true });
    const closed = withPrivacy(freshPractice(), { profile: 'private', messages: 'friends' }, 1);
    expect(strangerView(closed)).toEqual({ posts: false, location: false, tags: false, canMessage: false });
  });
});

describe('practice state in storage', () => {
  beforeEach(wipeDevice);

  it('is kept per profile, sealed on a class tablet, never in the saved file, and can be forgotten', async () => {
    await chooseMode('class');
    await createProfile('Sam', 'blue', '1357');
    await savePractice({ ...freshPractice(), comments: [{ postId: 'noor-bos', text: 'Mooi bos, Sam hier' }] });
    expect((await backupData()) as object).not.toHaveProperty('practice');
    expect(JSON.stringify(await backupData())).not.toContain('Mooi bos');
    await closeProfile();

    await createProfile('Noor', 'green', '2468');
    expect(await loadPractice()).toBeUndefined();
    await closeProfile();

    const db = new WorkbookDB(DB_NAME);
    await db.open();
    const rows = (await db.entries.toArray()).filter((row) => row.kind === 'practice');
    db.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.sealed).toBeDefined();
    expect(rows[0]?.plain).toBeUndefined();

    const sam = (await sessionState()).profiles.find((p) => p.name === 'Sam')!;
    await openProfile(sam.id, '1357');
    expect((await loadPractice())?.comments[0]?.text).toBe('Mooi bos, Sam hier');
    await savePractice(null);
    expect(await loadPractice()).toBeUndefined();
  });
});

describe("the practice app's own UI strings", () => {
  it('has the same keys in Dutch and English, none empty', async () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
        : [String(value).trim() ? prefix : `${prefix} (empty)`];
    const nl = (await import('../../src/screens/practice/locales/nl.json')).default;
    const en = (await import('../../src/screens/practice/locales/en.json')).default;
    expect(keys(en).sort()).toEqual(keys(nl).sort());
    expect(keys(nl).filter((key) => key.endsWith('(empty)'))).toEqual([]);
  });
});
