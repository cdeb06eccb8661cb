// Modules written or adapted on this device travel in a course package as module files (the
// format of src/pipeline/module-file.ts). Loaded lazily: checking a file brings the compiler along.

/** The module files of the modules written or adapted on this device. */
export async function listDeviceModuleFiles(): Promise<string[]> {
  const { listDeviceModules } = await import('../storage/index.ts');
  return (await listDeviceModules()).map((row) => row.file);
}

/** True when every file is a module this device can take, all together (nothing is stored). */
export async function canInstallModuleFiles(files: string[]): Promise<boolean> {
  const { canInstallAll } = await import('../content/module-files.ts');
  return canInstallAll(files);
}

/** Adds one module file to this device; rejects with the reason when it cannot be used. */
export async function installModuleFile(text: string): Promise<string> {
  const { installModuleFile: install } = await import('../content/module-files.ts');
  const result = await install(text);
  if (!result.ok) throw new Error(`module file refused: ${result.problem.key}`);
  return result.id;
}
