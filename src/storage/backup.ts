// "Save my answers as a file" and "Open a saved file": a profile's answers, top 3 and progress
// as one JSON file, optionally sealed with a password. Reading a file checks everything first
// and changes nothing unless the whole file is sound.
import { deriveKey, fromBase64, newRecipe, seal, toBase64, unseal } from './crypto.ts';
import {
  MAX_ANSWER_CHARS,
  MAX_ANSWERS,
  MAX_CONTACT_NAME_CHARS,
  MAX_CONTACT_NOTE_CHARS,
  MAX_CONTACT_PHONE_CHARS,
  MAX_CONTACT_ROWS,
  MAX_CONTENT_TEXT_CHARS,
  MAX_IMPORT_BYTES,
} from './limits.ts';
import type { AnswerValue, ContactRow, ModuleProgress, StoredAnswer, Top3Item } from './types.ts';

export const EXPORT_FORMAT = 'zinvol-online-export';
export const EXPORT_FORMAT_VERSION = 1;
export { MAX_IMPORT_BYTES };
/** How much of a file is read first to see that it is ours, before reading it whole. */
export const FILE_START_BYTES = 200;

export interface BackupData {
  answers: StoredAnswer[];
  top3: Top3Item[];
  progress: ModuleProgress[];
}

interface FileHeader {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
}
type PlainFile = FileHeader & { encrypted: false; data: BackupData };
type SealedFile = FileHeader & {
  encrypted: true;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  iv: string;
  data: string;
};

export async function makeBackupFile(data: BackupData, appVersion: string, password: string | null, now = new Date()): Promise<string> {
  const header: FileHeader = { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, appVersion, exportedAt: now.toISOString() };
  if (!password) return JSON.stringify({ ...header, encrypted: false, data } satisfies PlainFile, null, 1);
  const recipe = newRecipe();
  const sealed = await seal(await deriveKey(password, recipe), data);
  const file: SealedFile = {
    ...header,
    encrypted: true,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: recipe.iterations, salt: toBase64(recipe.salt) },
    iv: toBase64(sealed.iv),
    data: toBase64(sealed.data),
  };
  return JSON.stringify(file);
}

export type ReadProblem = 'empty' | 'tooLarge' | 'notOurs' | 'newer' | 'damaged' | 'needsPassword' | 'wrongPassword';
export type ReadResult = { ok: true; data: BackupData; exportedAt: string } | { ok: false; problem: ReadProblem };

/** Reads a file's text. Says exactly one thing that is wrong, or gives checked data. */
export async function readBackupFile(text: string, password: string | null): Promise<ReadResult> {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (new Blob([text]).size > MAX_IMPORT_BYTES) return { ok: false, problem: 'tooLarge' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notOurs' };
  }
  if (!isRecord(file) || file.format !== EXPORT_FORMAT || typeof file.formatVersion !== 'number') return { ok: false, problem: 'notOurs' };
  if (file.formatVersion > EXPORT_FORMAT_VERSION) return { ok: false, problem: 'newer' };
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt : '';
  let data: unknown = file.data;
  if (file.encrypted === true) {
    if (!password) return { ok: false, problem: 'needsPassword' };
    const kdf = file.kdf;
    if (
      !isRecord(kdf) ||
      typeof kdf.salt !== 'string' ||
      typeof kdf.iterations !== 'number' ||
      typeof file.iv !== 'string' ||
      typeof file.data !== 'string'
    ) {
      return { ok: false, problem: 'damaged' };
    }
    if (kdf.iterations < 1 || kdf.iterations > 10_000_000) return { ok: false, problem: 'damaged' };
    try {
      const key = await deriveKey(password, { salt: fromBase64(kdf.salt), iterations: kdf.iterations });
      data = await unseal(key, { iv: fromBase64(file.iv), data: fromBase64(file.data).buffer });
    } catch {
      // AES-GCM cannot tell a wrong password from changed bytes; the password is the likely cause.
      return { ok: false, problem: 'wrongPassword' };
    }
  } else if (file.encrypted !== false) {
    return { ok: false, problem: 'damaged' };
  }
  const checked = checkData(data);
  return checked ? { ok: true, data: checked, exportedAt } : { ok: false, problem: 'damaged' };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Our files start with their format name (see makeBackupFile), so a large file of another kind is never read whole. */
export const looksLikeOurFile = (start: string): boolean => start.trimStart().startsWith('{') && start.includes(EXPORT_FORMAT);

const isText = (value: unknown, max = MAX_CONTENT_TEXT_CHARS): value is string => typeof value === 'string' && value.length <= max;
const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9-]{1,100}$/.test(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function checkValue(value: unknown): AnswerValue | null {
  if (!isRecord(value)) return null;
  switch (value.kind) {
    case 'text':
      return isText(value.text, MAX_ANSWER_CHARS) ? { kind: 'text', text: value.text } : null;
    case 'picked':
      return Array.isArray(value.picked) &&
        value.picked.every(isCount) &&
        Array.isArray(value.labels) &&
        value.labels.every((l) => isText(l))
        ? { kind: 'picked', picked: value.picked, labels: value.labels }
        : null;
    case 'scale':
      return isCount(value.value) && isCount(value.steps) && isText(value.label)
        ? { kind: 'scale', value: value.value, label: value.label, steps: value.steps }
        : null;
    case 'scenario':
      return isCount(value.choice) && isText(value.label) ? { kind: 'scenario', choice: value.choice, label: value.label } : null;
    case 'contacts':
      return Array.isArray(value.rows) &&
        value.rows.length <= MAX_CONTACT_ROWS &&
        value.rows.every(
          (r) =>
            isRecord(r) &&
            isText(r.name, MAX_CONTACT_NAME_CHARS) &&
            isText(r.phone, MAX_CONTACT_PHONE_CHARS) &&
            isText(r.note, MAX_CONTACT_NOTE_CHARS),
        )
        ? { kind: 'contacts', rows: (value.rows as ContactRow[]).map(({ name, phone, note }) => ({ name, phone, note })) }
        : null;
    default:
      return null;
  }
}

/** Every field checked and copied: nothing unexpected from a file reaches the database. */
function checkData(data: unknown): BackupData | null {
  if (!isRecord(data) || !Array.isArray(data.answers) || !Array.isArray(data.top3) || !Array.isArray(data.progress)) return null;
  if (data.answers.length > MAX_ANSWERS || data.top3.length > 3 || data.progress.length > 500) return null;
  const answers: StoredAnswer[] = [];
  for (const a of data.answers) {
    const value = isRecord(a) ? checkValue(a.value) : null;
    if (!isRecord(a) || !value || !isId(a.moduleId) || !isId(a.exerciseId) || !isText(a.prompt) || !isTime(a.updatedAt)) return null;
    answers.push({ moduleId: a.moduleId, exerciseId: a.exerciseId, prompt: a.prompt, value, updatedAt: a.updatedAt });
  }
  const top3: Top3Item[] = [];
  for (const item of data.top3) {
    if (!isRecord(item) || !isText(item.text) || !isTime(item.addedAt)) return null;
    const source =
      isRecord(item.source) && isId(item.source.moduleId) && isId(item.source.exerciseId)
        ? { moduleId: item.source.moduleId, exerciseId: item.source.exerciseId }
        : undefined;
    top3.push(source ? { text: item.text, addedAt: item.addedAt, source } : { text: item.text, addedAt: item.addedAt });
  }
  const progress: ModuleProgress[] = [];
  for (const p of data.progress) {
    if (
      !isRecord(p) ||
      !isId(p.moduleId) ||
      !isCount(p.page) ||
      !isCount(p.furthest) ||
      typeof p.done !== 'boolean' ||
      !isTime(p.updatedAt)
    )
      return null;
    progress.push({ moduleId: p.moduleId, page: p.page, furthest: p.furthest, done: p.done, updatedAt: p.updatedAt });
  }
  return { answers, top3, progress };
}

export interface MergePlan {
  /** Answers that are new on this device. */
  added: StoredAnswer[];
  /** Answers where the file has a newer, different version: these replace the ones here. */
  replaced: { here: StoredAnswer; file: StoredAnswer }[];
  /** Answers where this device has a newer, different version: these stay. */
  keptHere: { here: StoredAnswer; file: StoredAnswer }[];
  unchanged: number;
  top3: Top3Item[];
  top3Left: Top3Item[];
  progress: ModuleProgress[];
}

const sameValue = (a: StoredAnswer, b: StoredAnswer) => JSON.stringify(a.value) === JSON.stringify(b.value);
const keyOf = (a: { moduleId: string; exerciseId: string }) => `${a.moduleId}/${a.exerciseId}`;

/** Per answer the newer one wins; every difference is listed, so nothing is silently overwritten. */
export function planMerge(here: BackupData, file: BackupData): MergePlan {
  const local = new Map(here.answers.map((a) => [keyOf(a), a]));
  const plan: MergePlan = { added: [], replaced: [], keptHere: [], unchanged: 0, top3: [], top3Left: [], progress: [] };
  for (const incoming of file.answers) {
    const mine = local.get(keyOf(incoming));
    if (!mine) plan.added.push(incoming);
    else if (sameValue(mine, incoming)) plan.unchanged++;
    else if (incoming.updatedAt > mine.updatedAt) plan.replaced.push({ here: mine, file: incoming });
    else plan.keptHere.push({ here: mine, file: incoming });
  }
  const top3 = [...here.top3];
  for (const item of file.top3) {
    if (top3.some((mine) => mine.text.trim().toLowerCase() === item.text.trim().toLowerCase())) continue;
    if (top3.length < 3) top3.push(item);
    else plan.top3Left.push(item);
  }
  plan.top3 = top3;
  const progress = new Map(here.progress.map((p) => [p.moduleId, p]));
  for (const p of file.progress) {
    const mine = progress.get(p.moduleId);
    const merged = mine
      ? { ...(p.updatedAt > mine.updatedAt ? p : mine), furthest: Math.max(p.furthest, mine.furthest), done: p.done || mine.done }
      : p;
    if (!mine || JSON.stringify(merged) !== JSON.stringify(mine)) plan.progress.push(merged);
  }
  return plan;
}
