// Reads the body of a language file line by line: pages ("## "), prose, and ":::" blocks.
// A line scanner (rather than a Markdown extension) keeps exact line numbers for every
// problem, and leaves things like "10:30" in prose alone.
import type { Block, Inline, TextBlock } from '../content/types.ts';
import { markdownToBlocks, markdownToInline, type MarkdownContext } from './markdown.ts';

type AttrValue = string | true;

interface RawBlock {
  name: string;
  attrs: Map<string, AttrValue>;
  line: number;
  body: string[];
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

  lines.forEach((text, index) => {
    const line = firstLine + index;
    const opener = OPEN_LINE.exec(text.trim());
    if (open) {
      if (opener && opener[1] === '') {
        current().parts.push({ kind: 'block', block: open });
        open = null;
      } else if (opener) {
        ctx.problems.add(
          line,
          `a new block ":::${opener[1]}" starts before the block of line ${open.line} is closed`,
          'put a line with only ::: before this line',
        );
      } else {
        open.body.push(text);
      }
      return;
    }
    if (opener) {
      const name = opener[1] ?? '';
      if (name === '') {
        ctx.problems.add(
          line,
          'a closing ::: without a block to close',
          'remove this line, or add the opening line (for example ":::reflection id=…") above it',
        );
        return;
      }
      open = { name: name.toLowerCase(), attrs: parseAttrs(opener[2] ?? ''), line, body: [] };
      return;
    }
    const page = PAGE_LINE.exec(text);
    if (page) {
      sections.push({ title: page[1]!, line, parts: [] });
      return;
    }
    const parts = current().parts;
    const last = parts[parts.length - 1];
    if (last?.kind === 'prose') last.lines.push(text);
    else parts.push({ kind: 'prose', lines: [text], firstLine: line });
  });

  if (open) {
    const unclosed: RawBlock = open;
    ctx.problems.add(
      unclosed.line,
      `the block ":::${unclosed.name}" is never closed`,
      'add a line with only ::: after the last line of the block',
    );
  }
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
  for (const part of raw.parts) {
    if (part.kind === 'prose') {
      const blocks = markdownToBlocks(part.lines.join('\n'), { ...ctx, firstLine: part.firstLine });
      section.blocks.push(...blocks);
      section.lines.push(...blocks.map(() => part.firstLine));
      continue;
    }
    const block = compileBlock(part.block, ctx, isGlossary);
    if (block) {
      section.blocks.push(block);
      section.lines.push(part.block.line);
    }
  }
  if (section.blocks.length === 0) {
    ctx.problems.add(
      raw.line,
      `the page "${raw.title ?? 'introduction'}" is empty`,
      'write some text under the heading, or remove the heading',
    );
  }
  return section;
}

function compileBlock(raw: RawBlock, ctx: MarkdownContext, isGlossary: boolean): Block | null {
  const allowed = BLOCK_ATTRS[raw.name];
  if (!allowed || (raw.name === 'term' && !isGlossary)) {
    ctx.problems.add(raw.line, `unknown block ":::${raw.name}"`, `use one of ${KNOWN_BLOCKS.map((n) => ':::' + n).join(', ')}`);
    return null;
  }
  for (const key of raw.attrs.keys()) {
    if (!allowed.includes(key)) {
      const hint = allowed.length ? `this block knows ${allowed.join(', ')}` : 'this block has no settings';
      ctx.problems.add(raw.line, `unknown setting "${key}" on ":::${raw.name}"`, `remove it; ${hint}`);
    }
  }
  const bodyCtx = { ...ctx, firstLine: raw.line + 1 };
  const body = raw.body.join('\n');
  // "Probeer het uit": a link to a guided task of the practice app; it has no text of its own.
  if (raw.name === 'probeer') return { t: 'try', task: stringAttr(raw, 'taak', ctx) };
  if (body.trim() === '') {
    ctx.problems.add(raw.line, `the block ":::${raw.name}" is empty`, 'write its text between the opening line and the closing :::');
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
      if (options.length < 2)
        ctx.problems.add(raw.line, `":::${raw.name}" needs at least 2 options`, 'add lines that start with "- " under the question');
      const pick = raw.name === 'choose' ? numberAttr(raw, 'pick', 1, 1, Math.max(1, options.length), ctx) : options.length;
      return { t: raw.name, id, prompt, options: options.map((o) => o.label), pick };
    }
    case 'scale': {
      const { prompt, options } = splitOptions(raw, bodyCtx);
      const faces = raw.attrs.has('faces');
      if (options.length < 2 || options.length > 7) {
        ctx.problems.add(
          raw.line,
          `":::scale" has ${options.length} steps; it needs 2 to 7`,
          'write one line starting with "- " per step, from low to high',
        );
      } else if (faces && options.length !== 5) {
        ctx.problems.add(raw.line, '"faces" works only with exactly 5 steps', 'use 5 steps, or remove "faces"');
      }
      return { t: 'scale', id, prompt, labels: options.map((o) => o.label), faces };
    }
    case 'scenario': {
      const { prompt, options } = splitOptions(raw, bodyCtx);
      if (options.length < 2)
        ctx.problems.add(raw.line, '":::scenario" needs at least 2 choices', 'add lines like "- a choice -> the feedback"');
      const choices = options.map((option) => {
        if (option.feedback.length === 0) {
          ctx.problems.add(option.line, 'this choice has no feedback', 'write " -> " after the choice, followed by the feedback');
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
      if (text.length > 160)
        ctx.problems.add(raw.line, `this tip is ${text.length} characters long`, 'keep a tip short: at most 160 characters');
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
  if (prompt.length === 0)
    ctx.problems.add(
      raw.line,
      `":::${raw.name}" has no question`,
      'write the question on the line after the opening line, before the "- " lines',
    );
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
      else
        ctx.problems.add(
          line,
          'text after the list of options',
          'start the line with "- " to make it an option, or move it above the options',
        );
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
    ctx.problems.add(raw.line, `":::${raw.name}" has no id`, `add an id, for example ":::${raw.name} id=my-question"`);
    return '';
  }
  if (!ID_PATTERN.test(id)) {
    ctx.problems.add(
      raw.line,
      `the id "${id}" has characters that are not allowed`,
      'use only small letters, digits and "-", for example id=my-question',
    );
  }
  return id;
}

function stringAttr(raw: RawBlock, key: string, ctx: MarkdownContext): string {
  const value = raw.attrs.get(key);
  if (typeof value === 'string' && value.trim()) return value.trim();
  ctx.problems.add(raw.line, `":::${raw.name}" has no ${key}`, `add ${key}="…" to the opening line`);
  return '';
}

function numberAttr(raw: RawBlock, key: string, fallback: number, min: number, max: number, ctx: MarkdownContext): number {
  const value = raw.attrs.get(key);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    ctx.problems.add(
      raw.line,
      `${key}=${String(value)} is not a whole number from ${min} to ${max}`,
      `write for example ${key}=${Math.min(max, Math.max(min, fallback))}`,
    );
    return fallback;
  }
  return number;
}
