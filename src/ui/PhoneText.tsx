// Phone numbers must never break over two lines (on paper a broken number is easily misdialled).
import type { Inline } from '../content/types.ts';

/** 112, 113, 0800-0113, 06-12345678, 088 0767 000, +31 6 1234 5678 … */
const PHONE = /(\+?\d[\d -]{4,}\d|\b11[23]\b)/;

/** A sentence with its phone numbers each in one unbreakable piece. */
export function PhoneText({ text }: { text: string }) {
  return (
    <>
      {text.split(PHONE).map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} class="phone">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * Module text with unbreakable phone numbers: spaces become no-break spaces and hyphens
 * non-breaking hyphens inside a number, so that nothing else about the text changes.
 */
export function keepPhonesWhole(content: readonly Inline[]): Inline[] {
  return content.map((inline) => {
    if (typeof inline === 'string')
      return inline.replace(new RegExp(PHONE, 'g'), (number) => number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011'));
    return 'c' in inline ? { ...inline, c: keepPhonesWhole(inline.c) } : inline;
  });
}
