// Applying a course package to this tablet: everything in it, or (on any problem) nothing.
import { EMPTY_COURSE, saveDeviceSettings, type SessionState } from '../storage/index.ts';
import { canInstallModuleFiles, installModuleFile, listDeviceModuleFiles } from './device-modules.ts';
import { reencodeDataUrl } from './logo.ts';
import { readPackage, type CoursePackage, type PackageProblem } from './package.ts';

export type ApplyProblem = PackageProblem | 'modules';

/** Reads and applies a package file or scanned code; the tablet becomes a class tablet. */
export async function applyPackageText(text: string): Promise<{ ok: true; package: CoursePackage } | { ok: false; problem: ApplyProblem }> {
  const read = readPackage(text);
  if (!read.ok) return read;
  const pack = read.package;
  // Every module is checked before anything is stored: all of the package, or nothing.
  if (pack.modules.length > 0 && !(await canInstallModuleFiles(pack.modules))) return { ok: false, problem: 'modules' };
  let logo = pack.course.logo;
  if (logo) {
    const clean = await reencodeDataUrl(logo);
    if (!clean.ok) return { ok: false, problem: 'damaged' };
    logo = clean.dataUrl;
  }
  for (const file of pack.modules) await installModuleFile(file);
  await saveDeviceSettings({ mode: 'class', course: { ...pack.course, logo }, coursePlan: pack.coursePlan, lockMinutes: pack.lockMinutes });
  return { ok: true, package: pack };
}

/** The package of this tablet's current settings. */
export async function currentPackage(settings: SessionState['settings']): Promise<CoursePackage> {
  return {
    course: settings.course ?? EMPTY_COURSE,
    coursePlan: settings.coursePlan,
    lockMinutes: settings.lockMinutes,
    modules: await listDeviceModuleFiles(),
  };
}
