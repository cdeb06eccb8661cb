// Reads the body of a language file line by line: pages ("## "), prose, and ":::" blocks.
// A line scanner (rather than a Markdown extension) keeps exact line numbers for every
// problem, and leaves things like "10:30" in prose alone.
import type { Block, Inline, TextBlock } from '../content/types.ts';
import { markdownToBlocks, markdownToInline, type MarkdownContext } from './markdown.ts';
import { ProblemList } from './problems.ts';

type AttrValue = string | true;

interface RawBlock {
  name: string;
  attrs: Map<string, AttrValue>;
  line: number;
  body: string[];
  /** Already reported as not closed: its own problems would be follow-on lines. */
  unclosed?: boolean;
}

interface RawSection {
  title: string | null;
  line: number;
  parts: ({ kind: 'prose'; lines: string[]; firstLine: number } | { kind: 'block'; block: RawBlock })[];
}

export interface ParsedSection {
  title: string | null;
  line: number;
  blocks: Block[];
  /** Line of each block in `blocks`, for problems found later (e.g. duplicate ids). */
  lines: number[];
}

const BLOCK_ATTRS: Record<string, readonly string[]> = {
  reflection: ['id', 'lines'],
  checklist: ['id'],
  choose: ['id', 'pick'],
  scale: ['id', 'faces'],
  scenario: ['id'],
  contacts: ['id'],
  tip: ['id'],
  story: ['name'],
  remember: [],
  note: [],
  trainer: [],
  probeer: ['taak'],
  term: ['id', 'name', 'also'],
};
const KNOWN_BLOCKS = Object.keys(BLOCK_ATTRS).filter((name) => name !== 'term');
/** The Dutch names of the editor's buttons, so ":::vraag" gets a helpful suggestion. */
const DUTCH_NAMES: Record<string, string> = {
  vraag: 'reflection',
  afvinklijst: 'checklist',
  kies: 'choose',
  schaal: 'scale',
  verhaal: 'story',
  onthoud: 'remember',
  contacten: 'contacts',
  weetje: 'note',
};
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OPEN_LINE = /^:::\s*([A-Za-z-]*)(.*)$/;
const PAGE_LINE = /^##\s+(.+?)\s*#*\s*$/;
const OPTION_LINE = /^\s*[-*]\s+(.*)$/;

export function parseBody(source: string, firstLine: number, ctx: MarkdownContext, isGlossary: boolean): ParsedSection[] {
  return splitSections(source.split(/\r?\n/), firstLine, ctx).map((raw) => compileSection(raw, ctx, isGlossary));
}

function splitSections(lines: string[], firstLine: number, ctx: MarkdownContext): RawSection[] {
  const sections: RawSection[] = [{ title: null, line: firstLine, parts: [] }];
  let open: RawBlock | null = null;
  const current = () => sections[sections.length - 1]!;
  // A block that is not closed is reported once, and ends where the next block or page starts:
  // the rest of the file is read as usual, so one forgotten ::: gives one problem.
  const endUnclosed = () => {
    if (!open) return;
    ctx.problems.add(open.line, 'block-not-closed', { name: open.name });
    current().parts.push({ kind: 'block', block: { ...open, unclosed: true } });
    open = null;
  };

  lines.forEach((text, index) => {
    const line = firstLine + index;
    const opener = OPEN_LINE.exec(text.trim());
    const page = PAGE_LINE.exec(text);
    if (open && opener && opener[1] === '') {
      current().parts.push({ kind: 'block', block: open });
      open = null;
      return;
    }
    if (open && !opener && !page) {
      open.body.push(text);
      return;
    }
    endUnclosed();
    if (opener) {
      const name = opener[1] ?? '';
      if (name === '') {
        ctx.problems.add(line, 'stray-close');
        return;
      }
      open = { name: name.toLowerCase(), attrs: parseAttrs(opener[2] ?? ''), line, body: [] };
      return;
    }
    if (page) {
      sections.push({ title: page[1]!, line, parts: [] });
      return;
    }
    const parts = current().parts;
    const last = parts[parts.length - 1];
    if (last?.kind === 'prose') last.lines.push(text);
    else parts.push({ kind: 'prose', lines: [text], firstLine: line });
  });
  endUnclosed();

  // An introduction that is empty (the file starts with "## ") is no page.
  const intro = sections[0]!;
  if (intro.parts.every((part) => part.kind === 'prose' && part.lines.join('').trim() === '')) sections.shift();
  return sections;
}

function parseAttrs(text: string): Map<string, AttrValue> {
  const attrs = new Map<string, AttrValue>();
  for (const match of text.matchAll(/([A-Za-z]+)(?:\s*=\s*(?:"([^"]*)"|“([^”]*)”|(\S+)))?/g)) {
    attrs.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? true);
  }
  return attrs;
}

function compileSection(raw: RawSection, ctx: MarkdownContext, isGlossary: boolean): ParsedSection {
  const section: ParsedSection = { title: raw.title, line: raw.line, blocks: [], lines: [] };
  let brokenBlocks = 0;
  for (const part of raw.parts) {
    if (part.kind === 'prose') {
      const blocks = markdownToBlocks(part.lines.join('\n'), { ...ctx, firstLine: part.firstLine });
      section.blocks.push(...blocks);
      section.lines.push(...blocks.map(() => part.firstLine));
      continue;
    }
    const blockCtx = part.block.unclosed ? { ...ctx, problems: new ProblemList('') } : ctx;
    const block = compileBlock(part.block, blockCtx, isGlossary);
    if (block) {
      section.blocks.push(block);
      section.lines.push(part.block.line);
    } else brokenBlocks++;
  }
  // A page empty only because its block is broken has one problem already: that block's.
  if (section.blocks.length === 0 && brokenBlocks === 0) {
    ctx.problems.add(raw.line, 'empty-page', { title: raw.title ?? '' });
  }
  return section;
}

function compileBlock(raw: RawBlock, ctx: MarkdownContext, isGlossary: boolean): Block | null {
  const allowed = BLOCK_ATTRS[raw.name];
  if (!allowed || (raw.name === 'term' && !isGlossary)) {
    ctx.problems.add(raw.line, 'unknown-block', { name: raw.name, suggestion: closestBlockName(raw.name) ?? '' });
    return null;
  }
  for (const key of raw.attrs.keys()) {
    if (!allowed.includes(key)) {
      ctx.problems.add(raw.line, 'unknown-block-setting', { key, name: raw.name, known: allowed.join(', ') });
    }
  }
  const bodyCtx = { ...ctx, firstLine: raw.line + 1 };
  const body = raw.body.join('\n');
  // "Probeer het uit": a link to a guided task of the practice app; it has no text of its own.
  if (raw.name === 'probeer') return { t: 'try', task: stringAttr(raw, 'taak', ctx) };
  if (body.trim() === '') {
    ctx.problems.add(raw.line, 'empty-block', { name: raw.name });
    return null;
  }
  const id = allowed.includes('id') ? requireId(raw, ctx) : '';
  switch (raw.name) {
    case 'reflection': {
      const [first, ...rest] = markdownToBlocks(body, bodyCtx);
      const prompt = first && first.t === 'p' ? first.c : [];
      const lines = numberAttr(raw, 'lines', 4, 1, 30, ctx);
      return { t: 'reflection', id, prompt, hint: rest, lines };
    }
    case 'checklist':
    case 'choose': {
      const { prompt, options } = splitOptions(raw, bodyCtx);
      if (options.length < 2) ctx.problems.add(raw.line, 'too-few-options', { name: raw.name });
      const pick = raw.name === 'choose' ? numberAttr(raw, 'pick', 1, 1, Math.max(1, options.length), ctx) : options.length;
      return { t: raw.name, id, prompt, options: options.map((o) => o.label), pick };
    }
    case 'scale': {
      const { prompt, options } = splitOptions(raw, bodyCtx);
      const faces = raw.attrs.has('faces');
      if (options.length < 2 || options.length > 7) {
        ctx.problems.add(raw.line, 'scale-steps', { count: options.length });
      } else if (faces && options.length !== 5) {
        ctx.problems.add(raw.line, 'faces-five');
      }
      return { t: 'scale', id, prompt, labels: options.map((o) => o.label), faces };
    }
    case 'scenario': {
      const { prompt, options } = splitOptions(raw, bodyCtx);
      if (options.length < 2) ctx.problems.add(raw.line, 'scenario-choices');
      const choices = options.map((option) => {
        if (option.feedback.length === 0) {
          ctx.problems.add(option.line, 'no-feedback');
        }
        return { label: option.label, feedback: option.feedback };
      });
      return { t: 'scenario', id, prompt, choices };
    }
    case 'contacts':
      return { t: 'contacts', id, prompt: markdownToBlocks(body, bodyCtx) };
    case 'tip': {
      const text = raw.body
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ');
      if (text.length > 160) ctx.problems.add(raw.line, 'tip-too-long', { length: text.length });
      return { t: 'tip', id, text };
    }
    case 'term': {
      const name = stringAttr(raw, 'name', ctx);
      const also = String(raw.attrs.get('also') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return { t: 'definition', id, name, also, c: markdownToBlocks(body, bodyCtx) };
    }
    default: {
      const name = raw.attrs.get('name');
      const aside = { t: raw.name as 'story' | 'remember' | 'note' | 'trainer', c: markdownToBlocks(body, bodyCtx) };
      return typeof name === 'string' ? { ...aside, name } : aside;
    }
  }
}

interface RawOption {
  label: Inline[];
  feedback: Inline[];
  line: number;
}

function splitOptions(raw: RawBlock, ctx: MarkdownContext): { prompt: TextBlock[]; options: RawOption[] } {
  const firstOption = raw.body.findIndex((line) => OPTION_LINE.test(line));
  const promptLines = firstOption === -1 ? raw.body : raw.body.slice(0, firstOption);
  const prompt = markdownToBlocks(promptLines.join('\n'), ctx);
  if (prompt.length === 0) ctx.problems.add(raw.line, 'no-question', { name: raw.name });
  const options: RawOption[] = [];
  if (firstOption === -1) return { prompt, options };
  raw.body.slice(firstOption).forEach((text, index) => {
    const line = ctx.firstLine + firstOption + index;
    const option = OPTION_LINE.exec(text);
    if (option) {
      const [label = '', feedback = ''] = splitFeedback(option[1] ?? '', raw.name === 'scenario');
      const optionCtx = { ...ctx, firstLine: line };
      options.push({
        label: markdownToInline(label, optionCtx),
        feedback: feedback ? markdownToInline(feedback, optionCtx) : [],
        line,
      });
    } else if (text.trim() !== '') {
      const previous = options[options.length - 1];
      if (previous && /^\s+/.test(text)) previous.label.push(' ' + text.trim());
      else ctx.problems.add(line, 'text-after-options');
    }
  });
  return { prompt, options };
}

function splitFeedback(text: string, isScenario: boolean): [string, string] {
  const arrow = text.search(/\s(->|→)\s/);
  if (!isScenario || arrow === -1) return [text, ''];
  const after = text.slice(arrow).replace(/^\s(->|→)\s/, '');
  return [text.slice(0, arrow), after];
}

function requireId(raw: RawBlock, ctx: MarkdownContext): string {
  const id = raw.attrs.get('id');
  if (typeof id !== 'string' || id === '') {
    ctx.problems.add(raw.line, 'no-id', { name: raw.name });
    return '';
  }
  if (!ID_PATTERN.test(id)) {
    ctx.problems.add(raw.line, 'bad-id', { id });
  }
  return id;
}

function stringAttr(raw: RawBlock, key: string, ctx: MarkdownContext): string {
  const value = raw.attrs.get(key);
  if (typeof value === 'string' && value.trim()) return value.trim();
  ctx.problems.add(raw.line, 'missing-attr', { name: raw.name, key });
  return '';
}

function numberAttr(raw: RawBlock, key: string, fallback: number, min: number, max: number, ctx: MarkdownContext): number {
  const value = raw.attrs.get(key);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    ctx.problems.add(raw.line, 'bad-number', { key, value: String(value), min, max, example: Math.min(max, Math.max(min, fallback)) });
    return fallback;
  }
  return number;
}

/** The known block name a misspelled one most likely means (at most two letters off). */
function closestBlockName(name: string): string | null {
  if (DUTCH_NAMES[name]) return DUTCH_NAMES[name];
  let best: { name: string; distance: number } | null = null;
  for (const known of KNOWN_BLOCKS) {
    const distance = editDistance(name, known);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: known, distance };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
