// A course package ("lespakket"): one file with everything a trainer sets up on a class tablet,
// so the next tablets are ready by opening it. Plain JSON; read with care, because it comes
// from outside: anything unexpected gives one clear problem and nothing is changed.
import type { Course, CoursePerson, CourseSession, Helpline } from '../storage/index.ts';

export const PACKAGE_FORMAT = 'zinvol-lespakket';
export const PACKAGE_VERSION = 1;
/** A package with a logo and a few module files stays far below this. */
export const MAX_PACKAGE_BYTES = 1_000_000;
/** A logo is re-encoded to at most 240 px, which stays well below this. */
export const MAX_LOGO_CHARS = 200_000;
const MAX_TEXT = 200;
const MAX_LIST = 40;

export interface CoursePackage {
  course: Course;
  /** Module ids participants see, in this order; null = all modules. */
  coursePlan: string[] | null;
  /** Minutes without use before a tablet locks; 0 = never. */
  lockMinutes: number;
  /** Module files as text (issue 10's format). */
  modules: string[];
}

export type PackageProblem = 'damaged' | 'newer' | 'tooLarge';
export type PackageResult = { ok: true; package: CoursePackage } | { ok: false; problem: PackageProblem };

export function packageText(pack: CoursePackage): string {
  return JSON.stringify({ format: PACKAGE_FORMAT, version: PACKAGE_VERSION, ...pack });
}

/** The settings part only (no logo, no modules): small enough for a QR code. */
export function settingsText(pack: CoursePackage): string {
  return JSON.stringify({
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    course: { ...pack.course, logo: null },
    coursePlan: pack.coursePlan,
    lockMinutes: pack.lockMinutes,
  });
}

export function packageFileName(course: Course): string {
  const name = course.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `lespakket${name ? `-${name.slice(0, 40)}` : ''}.json`;
}

/** Reads a package file or a scanned QR code. */
export function readPackage(text: string): PackageResult {
  if (new Blob([text]).size > MAX_PACKAGE_BYTES) return { ok: false, problem: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (!isObject(data) || data.format !== PACKAGE_FORMAT || typeof data.version !== 'number') return { ok: false, problem: 'damaged' };
  if (data.version > PACKAGE_VERSION) return { ok: false, problem: 'newer' };
  const course = readCourse(data.course);
  const lockMinutes = data.lockMinutes;
  const modules = data.modules ?? [];
  const coursePlan = data.coursePlan === null || data.coursePlan === undefined ? null : readList(data.coursePlan, readModuleId);
  if (
    !course ||
    (data.coursePlan != null && coursePlan === null) ||
    typeof lockMinutes !== 'number' ||
    !Number.isInteger(lockMinutes) ||
    lockMinutes < 0 ||
    lockMinutes > 240 ||
    !Array.isArray(modules) ||
    !modules.every((m) => typeof m === 'string')
  )
    return { ok: false, problem: 'damaged' };
  return { ok: true, package: { course, coursePlan, lockMinutes, modules } };
}

function readCourse(value: unknown): Course | null {
  if (!isObject(value)) return null;
  const trainer = readPerson(value.trainer);
  const peer = readPerson(value.peer);
  const sessions = readList(value.sessions, readSession);
  const helplines = readList(value.helplines, readHelpline);
  const logo = value.logo ?? null;
  if (!isText(value.name) || !isText(value.organisation) || !trainer || !peer || !sessions || !helplines) return null;
  if (logo !== null && !isLogo(logo)) return null;
  return { name: value.name, organisation: value.organisation, trainer, peer, sessions, helplines, logo };
}

export function isLogo(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_LOGO_CHARS && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/.test(value);
}

function readPerson(value: unknown): CoursePerson | null {
  return isObject(value) && isText(value.name) && isText(value.contact) ? { name: value.name, contact: value.contact } : null;
}

function readSession(value: unknown): CourseSession | null {
  if (!isObject(value) || !(value.date === '' || (typeof value.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.date)))) return null;
  const modules = readList(value.modules, readModuleId);
  return modules ? { date: value.date, modules } : null;
}

function readModuleId(id: unknown): string | null {
  return typeof id === 'string' && /^[a-z0-9-]{1,80}$/.test(id) ? id : null;
}

function readHelpline(value: unknown): Helpline | null {
  return isObject(value) && isText(value.name) && isText(value.phone) && isText(value.note)
    ? { name: value.name, phone: value.phone, note: value.note }
    : null;
}

function readList<T>(value: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value) || value.length > MAX_LIST) return null;
  const items = value.map(read);
  return items.every((item) => item !== null) ? (items as T[]) : null;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
