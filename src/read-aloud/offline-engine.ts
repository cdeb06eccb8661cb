// The speech engine that ships with the app (eSpeak NG in speech-worker.ts), for devices without a
// voice of their own. Its files come from our own origin on first use; the sound plays through
// Web Audio, so no media URL (and no change to the Content-Security-Policy) is needed.
import { dataSize, dataUrl, engineUrl } from 'virtual:speech-engine';
import type { FromWorker, ToWorker } from './engine-messages.ts';
import type { SpeakOptions, Speaker } from './speaker.ts';

let started: Worker | undefined;

function speechWorker(): Worker {
  started ??= new Worker(new URL('./speech-worker.ts', import.meta.url), { type: 'module', name: 'speech' });
  return started;
}

/** Loads the engine (once; again after a failure), telling how far it is. */
export function loadOfflineEngine(audio: () => AudioContext, onProgress: (fraction: number) => void): Promise<OfflineEngine> {
  const target = speechWorker();
  return new Promise((resolve, reject) => {
    const listen = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'progress') onProgress(data.fraction);
      if (data.type === 'ready') done(() => resolve(new OfflineEngine(target, audio)));
      if (data.type === 'failed') fail(new Error(data.message));
    };
    // The worker's own script could not be fetched (offline before the first use).
    const broken = () => fail(new Error('speech worker did not start'));
    const done = (then: () => void) => {
      target.removeEventListener('message', listen);
      target.removeEventListener('error', broken);
      then();
    };
    const fail = (error: Error) =>
      done(() => {
        target.terminate();
        started = undefined;
        reject(error);
      });
    target.addEventListener('message', listen);
    target.addEventListener('error', broken);
    target.postMessage({ type: 'load', engineUrl, dataUrl, dataSize } satisfies ToWorker, []);
  });
}

interface Sound {
  samples: Float32Array;
  sampleRate: number;
}

export class OfflineEngine implements Speaker {
  private nextId = 0;
  private readonly waiting = new Map<number, (sound: Sound) => void>();
  /** Sounds asked for, by sentence and speed: the next one is made while this one plays. */
  private readonly sounds = new Map<string, Promise<Sound>>();
  private playing: { source: AudioBufferSourceNode; done: () => void } | undefined;
  /** Counts stops: a sound that arrives after stop() is not played. */
  private stops = 0;

  /** `audio`: the context woken by the click that started reading (see reader.ts). */
  constructor(
    private readonly worker: Worker,
    private readonly audio: () => AudioContext,
  ) {
    worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
      if (data.type !== 'audio') return;
      this.waiting.get(data.id)?.(data);
      this.waiting.delete(data.id);
    });
  }

  private sound(text: string, { lang, slow }: SpeakOptions): Promise<Sound> {
    const key = `${lang}|${slow}|${text}`;
    let sound = this.sounds.get(key);
    if (!sound) {
      const id = this.nextId++;
      sound = new Promise((resolve) => this.waiting.set(id, resolve));
      this.worker.postMessage({ type: 'speak', id, text, lang, slow } satisfies ToWorker, []);
      this.sounds.set(key, sound);
    }
    return sound;
  }

  prepare(text: string, options: SpeakOptions): void {
    void this.sound(text, options);
  }

  async speak(text: string, options: SpeakOptions): Promise<void> {
    const stops = this.stops;
    const { samples, sampleRate } = await this.sound(text, options);
    this.sounds.delete(`${options.lang}|${options.slow}|${text}`);
    if (samples.length === 0 || stops !== this.stops) return;
    const context = this.audio();
    const buffer = context.createBuffer(1, samples.length, sampleRate);
    buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    await new Promise<void>((resolve) => {
      const done = () => {
        this.playing = undefined;
        resolve();
      };
      this.playing = { source, done };
      source.addEventListener('ended', done);
      source.start();
    });
  }

  pause(): void {
    void this.audio().suspend();
  }

  resume(): void {
    void this.audio().resume();
  }

  stop(): void {
    const playing = this.playing;
    this.stops++;
    this.sounds.clear();
    if (!playing) return;
    playing.source.removeEventListener('ended', playing.done);
    try {
      playing.source.stop();
    } catch {
      // Already ended.
    }
    playing.done();
    void this.audio().resume();
  }
}
