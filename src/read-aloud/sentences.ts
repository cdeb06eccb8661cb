// Where one sentence ends and the next begins, so reading aloud can go (and highlight) sentence by
// sentence. Plain rules, not a language model: an end mark (. ! ? …) followed by a space and a
// new sentence's first character; never after a known abbreviation or a single initial.

/** Lower-case, without the final dot: "bijv." is "bijv". Dutch first, then English. */
const ABBREVIATIONS = new Set([
  // Dutch
  'bijv',
  'bv',
  'bijvoorbeeld',
  'o.a',
  'e.d',
  'enz',
  'etc',
  'd.w.z',
  'm.a.w',
  'i.p.v',
  'i.v.m',
  'z.s.m',
  't.o.v',
  'm.b.v',
  'n.a.v',
  'a.u.b',
  's.v.p',
  'ca',
  'nr',
  'tel',
  'dhr',
  'mevr',
  'mw',
  'dr',
  'drs',
  'ir',
  'mr',
  'prof',
  'st',
  'blz',
  'p',
  'vgl',
  'resp',
  'incl',
  'excl',
  'max',
  'min',
  'evt',
  'ggz',
  'jl',
  'a.s',
  'z.g.a.n',
  'o.m',
  'n.b',
  // English
  'e.g',
  'i.e',
  'vs',
  'mrs',
  'ms',
  'no',
  'approx',
  'a.m',
  'p.m',
]);

export interface Span {
  start: number;
  end: number;
}

/** The sentences of one block of text, as [start, end) offsets into it, without surrounding spaces. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpaces(text, 0);
  // An end mark (with closing quotes or brackets after it), then white space, then what comes next.
  const boundary = /([.!?…]+)(["'”’)\]]*)(\s+)(?=(\S))/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const [, mark = '', closing = '', , next = ''] = match;
    const markEnd = match.index + mark.length + closing.length;
    if (!endsSentence(text.slice(start, match.index), mark, next)) continue;
    spans.push({ start, end: markEnd });
    start = skipSpaces(text, markEnd);
  }
  const end = trimEnd(text, text.length);
  if (end > start) spans.push({ start, end });
  return spans;
}

function endsSentence(before: string, mark: string, next: string): boolean {
  // "Wat nu?" "Ja!" always end; a dot only when it is not an abbreviation's.
  if (mark !== '.') return startsSentence(next) || /[!?…]/.test(mark);
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["'“‘([]+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // An initial ("J. de Vries") is one capital letter.
  if (/^\p{Lu}$/u.test(bare)) return false;
  // A number ("Bel 112.") ends a sentence like any word: only what follows decides.
  return startsSentence(next);
}

/** A new sentence starts with a capital, a digit, a quote or a bracket; "bijv. een" goes on. */
function startsSentence(character: string): boolean {
  return /[\p{Lu}\p{N}"'“‘([-]/u.test(character);
}

function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index] ?? '')) index++;
  return index;
}

function trimEnd(text: string, to: number): number {
  let index = to;
  while (index > 0 && /\s/.test(text[index - 1] ?? '')) index--;
  return index;
}
