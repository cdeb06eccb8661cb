// The device's own voice (Web Speech API), when it has one for the language.
import type { SpeakOptions, Speaker } from './speaker.ts';

/** Voices may arrive a moment after the page loads (voiceschanged): wait this long at most. */
const VOICES_WAIT_MS = 400;

export function voicesNow(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices();
}

/** A voice whose language starts with `lang` ("nl" matches nl-NL and nl-BE), or null when there is none. */
export async function findVoice(lang: string): Promise<SpeechSynthesisVoice | null> {
  if (typeof speechSynthesis === 'undefined') return null;
  let voices = voicesNow();
  if (voices.length === 0) {
    voices = await new Promise<SpeechSynthesisVoice[]>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        speechSynthesis.removeEventListener('voiceschanged', done);
        resolve(voicesNow());
      };
      const timer = setTimeout(done, VOICES_WAIT_MS);
      speechSynthesis.addEventListener('voiceschanged', done);
    });
  }
  return pickVoice(voices, lang);
}

export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const wanted = lang.toLowerCase();
  const matching = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith(wanted));
  // A voice on the device itself works offline; a network voice would send the text away.
  return matching.find((voice) => voice.localService) ?? null;
}

export class SystemVoice implements Speaker {
  private finish: (() => void) | undefined;

  constructor(private readonly voice: SpeechSynthesisVoice) {}

  speak(text: string, { slow }: SpeakOptions): Promise<void> {
    return new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = this.voice;
      utterance.lang = this.voice.lang;
      utterance.rate = slow ? 0.75 : 0.95;
      this.finish = resolve;
      utterance.addEventListener('end', () => resolve());
      utterance.addEventListener('error', () => resolve());
      speechSynthesis.speak(utterance);
    });
  }

  prepare(): void {}

  pause(): void {
    speechSynthesis.pause();
  }

  resume(): void {
    speechSynthesis.resume();
  }

  stop(): void {
    speechSynthesis.cancel();
    this.finish?.();
  }
}
