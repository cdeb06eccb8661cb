// What the page and the speech worker (speech-worker.ts) say to each other.

export type ToWorker =
  | { type: 'load'; engineUrl: string; dataUrl: string; dataSize: number }
  | { type: 'speak'; id: number; text: string; lang: string; slow: boolean };

export type FromWorker =
  | { type: 'progress'; fraction: number }
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'audio'; id: number; samples: Float32Array; sampleRate: number };
