// Plain-language measures for module texts: sentence length and a reading-ease score
// (Flesch–Douma for Dutch, Flesch reading ease for English). Both are estimates; they
// guard the B1 promise, they do not replace a reader.
import type { Language } from '../content/types.ts';

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(bijv|bv|o\.a|d\.w\.z|m\.a\.w|enz|etc|e\.g|i\.e|vs|ca|nr|dhr|mevr|mr|mrs|dr|st)\.$/i;

/** Splits a unit of text (a paragraph, list item, heading or option) into sentences. */
export function splitSentences(text: string): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?…])["'”’)]*\s+/);
  const sentences: string[] = [];
  for (const part of parts) {
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && ABBREVIATIONS.test(previous)) sentences[sentences.length - 1] = `${previous} ${part}`;
    else if (part) sentences.push(part);
  }
  return sentences.filter((sentence) => countWords(sentence) > 0);
}

export function words(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

export function countWords(sentence: string): number {
  return words(sentence).length;
}

const DUTCH_VOWEL_GROUP = /(aai|ooi|oei|ieu|eeuw|ij|ei|au|ou|ui|oe|eu|ie|aa|ee|oo|uu|[aeiouyáéíóúàèëïöü])/g;

/** Syllables estimated from vowel groups; Dutch diphthongs count as one. */
export function syllables(word: string, language: Language): number {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Math.max(1, lower.length);
  if (language === 'nl') return Math.max(1, (lower.match(DUTCH_VOWEL_GROUP) ?? []).length);
  let count = (lower.match(/[aeiouy]+/g) ?? []).length;
  if (/[^aeiouy]e$/.test(lower) && !/[^aeiouy]le$/.test(lower) && count > 1) count--;
  if (/[^aeiouy]es$|[^aeiouy]ed$/.test(lower) && !/(t|d)ed$|(s|x|z|ch|sh)es$/.test(lower) && count > 1) count--;
  return Math.max(1, count);
}

export interface ReadabilityReport {
  sentences: number;
  words: number;
  averageSentenceLength: number;
  longest: { words: number; sentence: string };
  /** Flesch–Douma (nl) or Flesch reading ease (en): higher is easier; 60+ is plain language. */
  readingEase: number;
}

export function measure(sentences: readonly string[], language: Language): ReadabilityReport {
  let wordCount = 0;
  let syllableCount = 0;
  let longest = { words: 0, sentence: '' };
  for (const sentence of sentences) {
    const list = words(sentence);
    wordCount += list.length;
    syllableCount += list.reduce((sum, word) => sum + syllables(word, language), 0);
    if (list.length > longest.words) longest = { words: list.length, sentence };
  }
  const averageSentenceLength = sentences.length ? wordCount / sentences.length : 0;
  const syllablesPerWord = wordCount ? syllableCount / wordCount : 0;
  const readingEase =
    language === 'nl'
      ? 206.835 - 0.93 * averageSentenceLength - 77 * syllablesPerWord
      : 206.835 - 1.015 * averageSentenceLength - 84.6 * syllablesPerWord;
  return { sentences: sentences.length, words: wordCount, averageSentenceLength, longest, readingEase };
}
