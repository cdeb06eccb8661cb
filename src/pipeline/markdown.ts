// Markdown prose → the small TextBlock tree of src/content/types.ts.
// Anything outside that small set is reported, or shown as plain text (HTML),
// so that module files can never put markup or scripts into the app.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Inline, TextBlock } from '../content/types.ts';
import type { ProblemList } from './problems.ts';

// Minimal local view of the mdast nodes we read; avoids a dependency on @types/mdast.
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  url?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

const GLOSSARY_LINK = /\[\[([^\]|]+?)(?:\|([^\]]+?))?\]\]/g;
const ALLOWED_LINK = /^(https?:\/\/|mailto:|tel:)/;

export interface MarkdownContext {
  problems: ProblemList;
  /** Line number in the file of the first line of the text. */
  firstLine: number;
  /** Glossary links found, checked once every module is read. */
  termLinks: { id: string; line: number }[];
}

export function markdownToBlocks(source: string, ctx: MarkdownContext): TextBlock[] {
  const root = fromMarkdown(source) as MdNode;
  return (root.children ?? []).flatMap((node) => toBlocks(node, ctx));
}

/** A single paragraph of inline text, e.g. a list option. */
export function markdownToInline(source: string, ctx: MarkdownContext): Inline[] {
  const blocks = markdownToBlocks(source, ctx);
  const first = blocks[0];
  return first && first.t === 'p' ? first.c : [source.trim()];
}

function lineOf(node: MdNode, ctx: MarkdownContext): number {
  return ctx.firstLine + (node.position?.start.line ?? 1) - 1;
}

function toBlocks(node: MdNode, ctx: MarkdownContext): TextBlock[] {
  const children = node.children ?? [];
  switch (node.type) {
    case 'paragraph':
      return [{ t: 'p', c: toInlines(children, ctx) }];
    case 'heading':
      if (node.depth === 1 || node.depth === 2) {
        ctx.problems.add(lineOf(node, ctx), 'heading-not-allowed', { hashes: '#'.repeat(node.depth) });
        return [];
      }
      return [{ t: 'h', level: node.depth === 3 ? 3 : 4, c: toInlines(children, ctx) }];
    case 'list':
      return [
        {
          t: node.ordered ? 'ol' : 'ul',
          items: children.map((item) => (item.children ?? []).flatMap((child) => toBlocks(child, ctx))),
        },
      ];
    case 'blockquote':
      return [{ t: 'quote', c: children.flatMap((child) => toBlocks(child, ctx)) }];
    case 'thematicBreak':
      return [{ t: 'hr' }];
    case 'html':
    case 'code':
      return [{ t: 'p', c: [node.value ?? ''] }];
    case 'definition':
      return [];
    default:
      ctx.problems.add(lineOf(node, ctx), 'unsupported-text', { type: node.type });
      return [];
  }
}

function toInlines(nodes: MdNode[], ctx: MarkdownContext): Inline[] {
  return nodes.flatMap((node) => toInline(node, ctx));
}

function toInline(node: MdNode, ctx: MarkdownContext): Inline[] {
  switch (node.type) {
    case 'text':
      return splitGlossaryLinks(node.value ?? '', lineOf(node, ctx), ctx);
    case 'strong':
    case 'emphasis':
      return [{ t: node.type === 'strong' ? 'strong' : 'em', c: toInlines(node.children ?? [], ctx) }];
    case 'inlineCode':
      return [{ t: 'code', v: node.value ?? '' }];
    case 'break':
      return [{ t: 'br' }];
    case 'html':
      return [node.value ?? ''];
    case 'link': {
      const href = node.url ?? '';
      if (!ALLOWED_LINK.test(href)) {
        ctx.problems.add(lineOf(node, ctx), 'bad-link', { href });
        return toInlines(node.children ?? [], ctx);
      }
      return [{ t: 'link', href, c: toInlines(node.children ?? [], ctx) }];
    }
    case 'image':
      ctx.problems.add(lineOf(node, ctx), 'image');
      return [];
    default:
      // Reference links without a definition and the like: keep their text.
      return toInlines(node.children ?? [], ctx);
  }
}

function splitGlossaryLinks(text: string, line: number, ctx: MarkdownContext): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(GLOSSARY_LINK)) {
    const [whole, shown = '', target] = match;
    const id = (target ?? shown).trim().toLowerCase();
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ t: 'term', id, c: [shown.trim()] });
    ctx.termLinks.push({ id, line });
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
