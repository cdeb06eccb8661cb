// Reads a part of the page aloud, sentence by sentence: one reading at a time in the whole app.
// Each sentence goes to the device's own voice for its language when there is one, else to the
// offline engine (loaded on first use). State changes are told to whoever listens (ReadAloud.tsx).
import { clearHighlight, highlight } from './highlight.ts';
import { pageSentences, type Sentence } from './page-text.ts';
import type { Speaker } from './speaker.ts';
import { findVoice, pickVoice, SystemVoice, voicesNow } from './system-voice.ts';
import { wakeAudio } from './audio.ts';
import { loadOfflineEngine } from './offline-engine.ts';

export type ReadingState =
  | { kind: 'idle'; ended?: 'done' | 'stopped' }
  | { kind: 'loading'; fraction: number | null }
  | { kind: 'reading'; paused: boolean }
  | { kind: 'failed' };

export interface Reading {
  owner: object;
  state: ReadingState;
  slow: boolean;
}

let reading: Reading = { owner: {}, state: { kind: 'idle' }, slow: false };
const listeners = new Set<(reading: Reading) => void>();
let run = 0;
let speaker: Speaker | undefined;
const speakers = new Map<string, Promise<Speaker>>();

export const currentReading = (): Reading => reading;

export function onReading(listener: (reading: Reading) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: Partial<Reading>): void {
  reading = { ...reading, ...next };
  for (const listener of listeners) listener(reading);
}

/** Reads root's text aloud for owner (the button that asked), each sentence in its own language. */
export async function startReading(owner: object, root: Element): Promise<void> {
  stopReading();
  const sentences = pageSentences(root, document.documentElement.lang || 'nl');
  // Before anything is awaited, while the click still counts as the person's own action.
  if (sentences.some((sentence) => !pickVoice(voicesNow(), sentence.lang.slice(0, 2)))) wakeAudio();
  const mine = ++run;
  set({ owner, state: { kind: 'reading', paused: false } });
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    let voice: Speaker;
    try {
      voice = await speakerFor(sentence.lang, (fraction) => mine === run && set({ state: { kind: 'loading', fraction } }));
    } catch {
      if (mine === run) set({ state: { kind: 'failed' } });
      return;
    }
    if (mine !== run) return;
    speaker = voice;
    if (reading.state.kind === 'loading') set({ state: { kind: 'reading', paused: false } });
    highlight(sentence.range, sentence.block);
    const next = sentences[index + 1];
    if (next && next.lang === sentence.lang) voice.prepare(next.text, { lang: next.lang, slow: reading.slow });
    await voice.speak(sentence.text, { lang: sentence.lang, slow: reading.slow });
    if (mine !== run) return;
  }
  finish('done');
}

function finish(ended: 'done' | 'stopped'): void {
  speaker = undefined;
  clearHighlight();
  set({ state: { kind: 'idle', ended } });
}

export function stopReading(): void {
  run++;
  speaker?.stop();
  if (reading.state.kind !== 'idle') finish('stopped');
}

export function pauseReading(): void {
  if (reading.state.kind !== 'reading' || reading.state.paused) return;
  speaker?.pause();
  set({ state: { kind: 'reading', paused: true } });
}

export function resumeReading(): void {
  if (reading.state.kind !== 'reading' || !reading.state.paused) return;
  speaker?.resume();
  set({ state: { kind: 'reading', paused: false } });
}

/** Slower (or back to the usual speed) from the next sentence on. */
export function setSlow(slow: boolean): void {
  set({ slow });
}

/** The device's voice for the language, or else the offline engine; asked for once per language. */
function speakerFor(lang: string, onProgress: (fraction: number) => void): Promise<Speaker> {
  const base = lang.slice(0, 2).toLowerCase();
  let found = speakers.get(base);
  if (!found) {
    found = findVoice(base).then((voice): Speaker | Promise<Speaker> => {
      if (voice) return new SystemVoice(voice);
      onProgress(0);
      return loadOfflineEngine(wakeAudio, onProgress);
    });
    // A failed load (offline before first use) is tried again on the next click.
    found.catch(() => speakers.delete(base));
    speakers.set(base, found);
  }
  return found;
}
