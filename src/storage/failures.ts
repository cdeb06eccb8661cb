// Storage failures the client must see: a full disk, a database upgraded by a newer version in
// another tab, or another failed write. One problem at a time, shown as one calm message
// (src/app/StorageBanners.tsx); what is on screen stays, and writes are tried again.
import { FAILED_RETRY_MS } from './saver.ts';

export type StorageProblem = 'full' | 'outdated' | 'failed';
type Listener = (problem: StorageProblem | null) => void;

let problem: StorageProblem | null = null;
const listeners = new Set<Listener>();

/** Quota errors come bare (QuotaExceededError) or wrapped (Dexie's AbortError with .inner, or .cause). */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { name, message, inner, cause } = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || /quota/i.test(String(message ?? ''))) return true;
    current = inner ?? cause;
  }
  return false;
}

export function storageProblem(): StorageProblem | null {
  return problem;
}

export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setStorageProblem(next: StorageProblem | null): void {
  if (next === problem || problem === 'outdated') return;
  problem = next;
  listeners.forEach((listener) => listener(problem));
}

export function noteWriteFailed(error: unknown): void {
  setStorageProblem(isQuotaError(error) ? 'full' : 'failed');
}

export function noteWriteWorked(): void {
  if (waiting.size === 0) setStorageProblem(null);
}

/** Quick retries help with a passing hiccup; a full disk or an outdated page waits for the slow retry. */
export function writeFailureAdvice(): 'retry' | 'stop' {
  return problem === 'full' || problem === 'outdated' ? 'stop' : 'retry';
}

// Writes other than answers (top 3, progress, settings, an import): a failed one is kept, the newest
// per name, and tried again until it works.
const newest = new Map<string, () => Promise<void>>();
const waiting = new Map<string, () => Promise<void>>();
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** Writes; on failure reports it and keeps trying. Never rejects. Says whether it is written now. */
export function writeOrRetry(name: string, write: () => Promise<void>): Promise<boolean> {
  newest.set(name, write);
  return attempt(name, write);
}

async function attempt(name: string, write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    if (newest.get(name) === write) waiting.delete(name);
    noteWriteWorked();
    return true;
  } catch (error) {
    console.warn(`Storing ${name} failed`, error);
    if (newest.get(name) === write) waiting.set(name, write);
    noteWriteFailed(error);
    scheduleRetry();
    return false;
  }
}

function scheduleRetry(): void {
  if (retryTimer !== undefined || problem === 'outdated') return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    for (const [name, write] of waiting) void attempt(name, write);
  }, FAILED_RETRY_MS);
}

/** For tests. */
export function resetFailuresForTests(): void {
  problem = null;
  waiting.clear();
  newest.clear();
  clearTimeout(retryTimer);
  retryTimer = undefined;
}
