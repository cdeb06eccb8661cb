// Reads modules/oefenen.yml (the practice app's pretend people, posts, messages and guided
// tasks) and checks it, with one clear problem per mistake, as for the module files.
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';
import {
  EXPLANATIONS,
  HOW_IT_WORKS,
  LANGUAGES,
  PERSON_ROLES,
  PRACTICE_CONDITIONS,
  type Localized,
  type PersonRole,
  type PracticeData,
  type PracticeMessage,
  type PracticePost,
  type PracticeTask,
} from '../content/types.ts';
import type { ProblemList } from './problems.ts';

export const PRACTICE_FILE = 'oefenen.yml';
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
type Path = (string | number)[];

/** A small reader that knows where every value is, so problems carry a line number. */
class Reader {
  private readonly data: unknown;

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    readonly problems: ProblemList,
  ) {
    this.data = doc.toJS();
  }

  line(path: Path): number {
    for (let end = path.length; end >= 0; end--) {
      const node = this.doc.getIn(path.slice(0, end), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return this.lines.linePos(node.range[0]).line;
    }
    return 1;
  }

  value(path: Path): unknown {
    return path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), this.data);
  }

  list(path: Path): unknown[] {
    const value = this.value(path);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.add(this.line(path), 'practice-not-list', { path: path.join('.') });
      return [];
    }
    return value as unknown[];
  }

  text(path: Path): string {
    const value = this.value(path);
    if (typeof value === 'string' && value.trim()) return value.trim();
    this.problems.add(this.line(path), 'practice-text-missing', { path: path.join('.'), name: String(path.at(-1)) });
    return '';
  }

  localized(path: Path): Localized {
    const value = this.value(path);
    if (value === undefined || typeof value !== 'object') {
      this.problems.add(this.line(path), 'practice-language-missing', { path: path.join('.') });
    }
    return { nl: this.text([...path, 'nl']), en: this.text([...path, 'en']) };
  }

  id(path: Path, seen: Set<string>): string {
    const id = this.text(path);
    if (id && !ID_PATTERN.test(id)) {
      this.problems.add(this.line(path), 'practice-bad-id', { id });
    } else if (seen.has(id)) {
      this.problems.add(this.line(path), 'practice-id-twice', { id });
    }
    seen.add(id);
    return id;
  }
}

/** The practice data, or null when there is no practice file (the app then has no practice app). */
export function readPractice(modulesDir: string, problems: ProblemList, moduleIds: ReadonlySet<string>): PracticeData | null {
  const path = `${modulesDir}/${PRACTICE_FILE}`;
  if (!existsSync(path)) return null;
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) problems.add(lines.linePos(error.pos[0]).line, 'practice-unreadable', { code: error.code });
    return null;
  }
  const r = new Reader(doc, lines, problems);
  const people = readPeople(r);
  const personIds = new Set(people.map((p) => p.id));
  const senders = Object.fromEntries(Object.keys(r.value(['senders']) ?? {}).map((key) => [key, r.localized(['senders', key])]));
  const posts = readPosts(r, personIds);
  const messages = readMessages(r, new Set([...personIds, ...Object.keys(senders)]));
  const data: PracticeData = {
    you: { bio: r.localized(['you', 'bio']), place: r.localized(['you', 'place']), post: r.localized(['you', 'post']) },
    people,
    posts,
    messages,
    senders,
    explanations: Object.fromEntries(EXPLANATIONS.map((key) => [key, r.localized(['explanations', key])])) as PracticeData['explanations'],
    howItWorks: Object.fromEntries(HOW_IT_WORKS.map((key) => [key, r.localized(['how-it-works', key])])) as PracticeData['howItWorks'],
    tasks: [],
  };
  const ids = { post: new Set(posts.map((p) => p.id)), person: personIds, message: new Set(messages.map((m) => m.id)) };
  data.tasks = readTasks(r, ids, moduleIds);
  return data;
}

function readPeople(r: Reader) {
  const seen = new Set<string>();
  return r.list(['people']).map((_, i) => {
    const role = r.value(['people', i, 'role']);
    if (!PERSON_ROLES.includes(role as PersonRole)) {
      r.problems.add(r.line(['people', i, 'role']), 'practice-unknown-role', { role: String(role), roles: PERSON_ROLES.join(', ') });
    }
    return {
      id: r.id(['people', i, 'id'], seen),
      name: r.text(['people', i, 'name']),
      role: role as PersonRole,
      bio: r.localized(['people', i, 'bio']),
    };
  });
}

function readPosts(r: Reader, people: ReadonlySet<string>): PracticePost[] {
  const seen = new Set<string>();
  return r.list(['posts']).map((_, i) => {
    const by = r.text(['posts', i, 'by']);
    if (by && !people.has(by)) r.problems.add(r.line(['posts', i, 'by']), 'practice-unknown-person', { id: by });
    const post: PracticePost = {
      id: r.id(['posts', i, 'id'], seen),
      by,
      text: r.localized(['posts', i, 'text']),
      tagsYou: r.value(['posts', i, 'tags-you']) === true,
      advert: r.value(['posts', i, 'advert']) === true,
    };
    if (r.value(['posts', i, 'picture']) !== undefined) post.picture = r.localized(['posts', i, 'picture']);
    return post;
  });
}

function readMessages(r: Reader, senders: ReadonlySet<string>): PracticeMessage[] {
  const seen = new Set<string>();
  return r.list(['messages']).map((_, i) => {
    const from = r.text(['messages', i, 'from']);
    if (from && !senders.has(from)) {
      r.problems.add(r.line(['messages', i, 'from']), 'practice-unknown-sender', { id: from });
    }
    const scam = r.value(['messages', i, 'scam']) === true;
    const signs = Object.fromEntries(
      LANGUAGES.map((lang) => [lang, r.list(['messages', i, 'signs', lang]).map((_sign, j) => r.text(['messages', i, 'signs', lang, j]))]),
    ) as PracticeMessage['signs'];
    if (scam && (signs.nl.length === 0 || signs.nl.length !== signs.en.length)) {
      r.problems.add(r.line(['messages', i]), 'practice-scam-signs');
    }
    const message: PracticeMessage = {
      id: r.id(['messages', i, 'id'], seen),
      from,
      text: r.localized(['messages', i, 'text']),
      scam,
      signs,
    };
    if (r.value(['messages', i, 'reply']) !== undefined) message.reply = r.localized(['messages', i, 'reply']);
    return message;
  });
}

function readTasks(
  r: Reader,
  ids: Record<'post' | 'person' | 'message', ReadonlySet<string>>,
  modules: ReadonlySet<string>,
): PracticeTask[] {
  const seen = new Set<string>();
  return r.list(['tasks']).map((_, i) => {
    const module = r.text(['tasks', i, 'module']);
    if (module && !modules.has(module)) r.problems.add(r.line(['tasks', i, 'module']), 'practice-unknown-module', { module });
    const doneWhen = r.list(['tasks', i, 'done-when']).map(String);
    if (doneWhen.length === 0) r.problems.add(r.line(['tasks', i]), 'practice-no-done-when');
    doneWhen.forEach((condition, j) => checkCondition(condition, r.line(['tasks', i, 'done-when', j]), ids, r.problems));
    return {
      id: r.id(['tasks', i, 'id'], seen),
      module,
      title: r.localized(['tasks', i, 'title']),
      hint: r.localized(['tasks', i, 'hint']),
      doneWhen,
    };
  });
}

function checkCondition(
  condition: string,
  line: number,
  ids: Record<'post' | 'person' | 'message', ReadonlySet<string>>,
  problems: ProblemList,
) {
  const [name = '', arg, ...rest] = condition.trim().split(/\s+/);
  if (!(name in PRACTICE_CONDITIONS)) {
    problems.add(line, 'practice-unknown-condition', { name });
    return;
  }
  const kind = PRACTICE_CONDITIONS[name as keyof typeof PRACTICE_CONDITIONS];
  if (!kind) {
    if (arg) problems.add(line, 'practice-condition-no-argument', { name });
  } else if (!arg || rest.length || !ids[kind].has(arg)) {
    problems.add(line, 'practice-condition-needs-id', { condition, kind, example: `${name} ${[...ids[kind]][0] ?? 'id'}` });
  }
}

/** Every text a client reads in the practice app, per language, for the readability check. */
export function practiceTextUnits(data: PracticeData, lang: 'nl' | 'en'): string[] {
  return [
    ...Object.values(data.you).map((l) => l[lang]),
    ...data.people.map((p) => p.bio[lang]),
    ...data.posts.flatMap((p) => [p.text[lang], p.picture?.[lang] ?? '']),
    // Scam messages are written to sound wrong on purpose; their warning signs are measured.
    ...data.messages.flatMap((m) => [m.scam ? '' : m.text[lang], m.reply?.[lang] ?? '', ...m.signs[lang]]),
    ...Object.values(data.explanations).map((l) => l[lang]),
    ...Object.values(data.howItWorks).map((l) => l[lang]),
    ...data.tasks.flatMap((t) => [t.title[lang], t.hint[lang]]),
  ].filter((unit) => unit.trim() !== '');
}
