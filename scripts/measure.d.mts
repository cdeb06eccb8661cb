export const KB: number;
export const KIB: number;
export interface FileSize {
  path: string;
  raw: number;
  gzip: number;
}
export function requestedBeforeFirstPaint(): string[];
export function requestedSoFar(): string[];
export function gzipSizes(outDir: string, paths: string[]): FileSize[];
export function sum(files: FileSize[], kind?: string): number;
export function precache(outDir: string): { entries: { url: string; bytes: number }[]; bytes: number };
export function build(
  outDir: string,
  options?: { modulesDir?: string; analyzeFile?: string; root?: string; config?: string },
): Promise<void>;
