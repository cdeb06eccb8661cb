// What reading aloud reads: the text a person sees on the page, block by block (headings,
// paragraphs, list items, a question's choices, an open glossary explanation), cut into sentences
// with the place of each on the page, so that the sentence being read can be highlighted.
import { splitSentences } from './sentences.ts';

/** Each of these is read as a whole of its own; a sentence never runs from one into the next. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, label, legend, figcaption, td, th, .term-explained';

/** Not read: controls, what is hidden, and the parts that are not the page's text. */
const SKIPPED = [
  'button:not(.term)',
  'input',
  'textarea',
  'select',
  'nav',
  'script',
  'style',
  '[hidden]',
  '[aria-hidden="true"]',
  '.visually-hidden',
  '.read-aloud',
  '.save-status',
  '.module-title',
  '.button',
].join(', ');

export interface Sentence {
  text: string;
  lang: string;
  /** The block it is part of (outlined while it is read). */
  block: Element;
  range: Range;
}

export function pageSentences(root: Element, fallbackLang: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { block, nodes } of textByBlock(root)) {
    const text = nodes.map((node) => node.data).join('');
    const lang = block.closest('[lang]')?.getAttribute('lang') ?? fallbackLang;
    for (const { start, end } of splitSentences(text)) {
      const spoken = text.slice(start, end).replace(/\s+/g, ' ').trim();
      if (!/[\p{L}\p{N}]/u.test(spoken)) continue;
      sentences.push({ text: spoken, lang, block, range: rangeOf(nodes, start, end) });
    }
  }
  return sentences;
}

/** The visible text nodes under root, in page order, grouped by the block they belong to. */
function textByBlock(root: Element): { block: Element; nodes: Text[] }[] {
  const groups: { block: Element; nodes: Text[] }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      if (node instanceof Element) return skipped(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    // White space between two inline parts still counts ("<strong>Word:</strong> meaning").
    if (!parent) continue;
    const block = parent.closest(BLOCKS) ?? parent;
    const last = groups.at(-1);
    if (last?.block === block) last.nodes.push(text);
    else groups.push({ block, nodes: [text] });
  }
  return groups;
}

function skipped(element: Element): boolean {
  if (element.matches(SKIPPED)) return true;
  // Closed <details>, display: none and the like.
  return typeof element.checkVisibility === 'function' && !element.checkVisibility();
}

/** A Range over [start, end) of the text that the nodes make together. */
function rangeOf(nodes: Text[], start: number, end: number): Range {
  const range = document.createRange();
  let offset = 0;
  for (const node of nodes) {
    const length = node.data.length;
    if (start >= offset && start <= offset + length) range.setStart(node, start - offset);
    if (end >= offset && end <= offset + length) {
      range.setEnd(node, end - offset);
      break;
    }
    offset += length;
  }
  return range;
}
