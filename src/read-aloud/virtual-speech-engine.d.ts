// Made by src/pipeline/speech-engine.ts.
declare module 'virtual:speech-engine' {
  export const engineUrl: string;
  export const dataUrl: string;
  export const dataSize: number;
}
