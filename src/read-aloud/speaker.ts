// One sentence at a time, through whichever voice the device offers (see voices.ts, engine.ts).

export interface SpeakOptions {
  lang: string;
  slow: boolean;
}

export interface Speaker {
  /** Resolves once the sentence has been spoken, or at once when stop() is called. */
  speak(text: string, options: SpeakOptions): Promise<void>;
  /** A hint: this sentence comes next (the offline engine makes its sound while the current one plays). */
  prepare(text: string, options: SpeakOptions): void;
  pause(): void;
  resume(): void;
  stop(): void;
}
