import type { GlossaryEntry, GlossaryTerm, Inline, ModuleText, TextBlock } from './types.ts';

/** The text of inline content without markup, e.g. to store the label of a chosen option. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part.t === 'code') return part.v;
      if (part.t === 'br') return ' ';
      return inlineText(part.c);
    })
    .join('');
}

/** Plain text of blocks, one entry per paragraph, heading or list item. */
export function blocksText(blocks: readonly TextBlock[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.t) {
      case 'p':
      case 'h':
        return [inlineText(block.c)];
      case 'ul':
      case 'ol':
        return block.items.flatMap((item) => blocksText(item));
      case 'quote':
        return blocksText(block.c);
      case 'hr':
        return [];
    }
  });
}

/** The glossary's words for tap-to-explain: each definition of the glossary module, as plain text. */
export function glossaryEntries(text: ModuleText): GlossaryEntry[] {
  return text.sections
    .flatMap((section) => section.blocks)
    .filter((block): block is GlossaryTerm => block.t === 'definition')
    .map((term) => ({ id: term.id, name: term.name, text: blocksText(term.c).join(' ') }));
}
