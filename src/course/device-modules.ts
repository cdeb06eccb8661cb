// Modules written or adapted on this device travel in a course package as module files (the
// format of src/pipeline/module-file.ts). Loaded lazily: checking a file brings the compiler along.

/** The module files of the modules written or adapted on this device. */
export async function listDeviceModuleFiles(): Promise<string[]> {
  const { listDeviceModules } = await import('../storage/index.ts');
  return (await listDeviceModules()).map((row) => row.file);
}

/** True when every file is a module this device can take (nothing is stored). */
export async function canInstallModuleFiles(files: string[]): Promise<boolean> {
  const { checkModuleFile, isProblem } = await import('../content/module-files.ts');
  for (const file of files) {
    const checked = await checkModuleFile(file);
    if (!checked.module || checked.problems.some(isProblem)) return false;
  }
  return true;
}

/** Adds one module file to this device; rejects with the reason when it cannot be used. */
export async function installModuleFile(text: string): Promise<string> {
  const { installModuleFile: install } = await import('../content/module-files.ts');
  const result = await install(text);
  if (!result.ok) throw new Error(`module file refused: ${result.problem.key}`);
  return result.id;
}
