// What the editor's buttons insert, and the text a new module starts with. Block names stay
// English (the format of modules/); the buttons carry the Dutch names.
import { DEFAULT_PICTURE } from '../../content/pictures.ts';
import { PICTURES } from '../../content/types.ts';

export const BLOCK_BUTTONS = [
  'reflection',
  'checklist',
  'choose',
  'scale',
  'scenario',
  'tip',
  'story',
  'remember',
  'trainer',
  'page',
] as const;
export type BlockButton = (typeof BLOCK_BUTTONS)[number];

const SNIPPETS: Record<BlockButton, (id: string) => string> = {
  reflection: (id) => `:::reflection id=${id}\nJe vraag aan de lezer.\n:::`,
  checklist: (id) => `:::checklist id=${id}\nWat past bij jou?\n- Het eerste\n- Het tweede\n:::`,
  choose: (id) => `:::choose id=${id} pick=1\nWelke kies jij?\n- De ene\n- De andere\n:::`,
  scale: (id) => `:::scale id=${id} faces\nHoe gaat het nu?\n- Slecht\n- Niet zo goed\n- Gewoon\n- Goed\n- Heel goed\n:::`,
  scenario: (id) =>
    `:::scenario id=${id}\nWat er gebeurt. Wat doe je?\n- Een keuze. -> Wat je daarbij kunt bedenken.\n- Een andere keuze. -> Wat je daarbij kunt bedenken.\n:::`,
  tip: (id) => `:::tip id=${id}\nEen korte tip voor de top 3.\n:::`,
  story: () => `:::story name="Naam"\nEen ervaring, in de woorden van iemand die het meemaakte.\n:::`,
  remember: () => `:::remember\n- Het belangrijkste punt.\n:::`,
  trainer: () => `:::trainer\nEen aantekening voor trainers. Deelnemers zien die niet.\n:::`,
  page: () => `## Titel van de nieuwe pagina\n\nTekst van de pagina.`,
};

const ID_PREFIX: Partial<Record<BlockButton, string>> = {
  reflection: 'vraag',
  checklist: 'lijst',
  choose: 'keuze',
  scale: 'schaal',
  scenario: 'situatie',
  tip: 'tip',
};

/** The snippet for a button, with an id that the text does not use yet. */
export function snippetFor(button: BlockButton, text: string): string {
  const prefix = ID_PREFIX[button];
  if (!prefix) return SNIPPETS[button]('');
  const used = new Set([...text.matchAll(/ id=([a-z0-9-]+)/g)].map((match) => match[1]));
  let number = 1;
  while (used.has(`${prefix}-${number}`)) number++;
  return SNIPPETS[button](`${prefix}-${number}`);
}

/** Inserts a snippet at the cursor as its own paragraph; returns the text and where the cursor goes. */
export function insertAt(text: string, position: number, snippet: string): { text: string; cursor: number } {
  const before = text.slice(0, position);
  const after = text.slice(position);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return { text: before + lead + snippet + trail + after, cursor: (before + lead + snippet).length };
}

/** Where line `line` (1-based) starts in the text. */
export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** The text of a new module: the settings and a first page, ready to be filled in. */
export function newModuleText(order: number): string {
  return `=== Zinvol module, format 1 ===
=== module.yml ===
id: mijn-module
order: ${order}
minutes: 15
themes: [hope]
picture: ${DEFAULT_PICTURE}   # of: ${PICTURES.filter((name) => name !== DEFAULT_PICTURE).join(', ')}
version: 1
sources:
  - Eigen ervaring van de trainers

=== nl.md ===
---
title: Titel van de module
summary: Eén zin over wat je in deze module doet.
---

Een korte inleiding. Wat heb je aan deze module?

## Eerste pagina

Een korte tekst.

:::reflection id=vraag-1
Een open vraag aan de lezer.
:::
`;
}
