/// <reference lib="webworker" />
// The offline speech engine (eSpeak NG, see src/pipeline/speech-engine.ts) runs here, so that
// turning a sentence into sound never holds up the page. It loads on the first request, from the
// app's own origin (the service worker keeps it for offline use after that).
import type { FromWorker, ToWorker } from './engine-messages.ts';

interface EngineModule {
  eSpeakNGWorker: new () => EngineInstance;
  addFunction(fn: (samples: number, count: number, events: number) => number, signature: string): number;
  removeFunction(pointer: number): void;
  HEAP16: Int16Array;
}
interface EngineInstance {
  set_voice(name: string): number;
  set_rate(wordsPerMinute: number): void;
  get_samplerate(): number;
  // oxlint-disable-next-line no-underscore-dangle -- the engine's own name
  synth_(text: string, callback: number): void;
}

// eSpeak's own speed is 175 words a minute; calmer for people who tire easily, slower still on request.
const WORDS_PER_MINUTE = { normal: 150, slow: 115 };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
let engine: Promise<EngineInstance & { module: EngineModule }> | undefined;

scope.addEventListener('message', ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'load') {
    engine ??= load(data);
    engine.then(
      () => post({ type: 'ready' }),
      (error: unknown) => {
        engine = undefined; // the next request tries again (offline the first time, for example)
        post({ type: 'failed', message: String(error) });
      },
    );
  } else if (engine) {
    void engine.then((instance) => {
      const samples = synthesize(instance, data.text, data.lang, data.slow);
      post({ type: 'audio', id: data.id, samples, sampleRate: instance.get_samplerate() }, [samples.buffer]);
    });
  }
});

async function load({ engineUrl, dataUrl, dataSize }: Extract<ToWorker, { type: 'load' }>) {
  const [data, imported] = await Promise.all([
    download(dataUrl, dataSize),
    import(/* @vite-ignore */ engineUrl) as Promise<{ default: (options: object) => Promise<EngineModule> }>,
  ]);
  // The data comes from here, not from the engine's own fetch next to its script.
  const module = await imported.default({ getPreloadedPackage: () => data });
  const instance = new module.eSpeakNGWorker();
  return Object.assign(instance, { module });
}

/** The data file, telling how far it is (the engine's script is small beside it). */
async function download(url: string, size: number): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(size);
  const reader = response.body.getReader();
  let received = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes.set(chunk.value.subarray(0, size - received), received);
    received += chunk.value.length;
    post({ type: 'progress', fraction: Math.min(received / size, 1) });
  }
  if (received !== size) throw new Error(`${url}: ${received} of ${size} bytes`);
  return bytes.buffer;
}

let voice = '';
function synthesize(instance: EngineInstance & { module: EngineModule }, text: string, lang: string, slow: boolean): Float32Array {
  const wanted = lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
  if (voice !== wanted) {
    instance.set_voice(wanted);
    voice = wanted;
  }
  instance.set_rate(slow ? WORDS_PER_MINUTE.slow : WORDS_PER_MINUTE.normal);
  const chunks: Int16Array[] = [];
  const { module } = instance;
  const callback = module.addFunction((pointer, count) => {
    if (count > 0) chunks.push(module.HEAP16.slice(pointer / 2, pointer / 2 + count));
    return 0;
  }, 'iiii');
  try {
    // oxlint-disable-next-line no-underscore-dangle -- the engine's own name
    instance.synth_(text, callback);
  } finally {
    module.removeFunction(callback);
  }
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const samples = new Float32Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) samples[offset + i] = (chunk[i] ?? 0) / 32768;
    offset += chunk.length;
  }
  return samples;
}
