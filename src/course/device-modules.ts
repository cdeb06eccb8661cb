// ADAPTER FOR ISSUE 10 (trainer-written modules on the device). That work is built in parallel;
// at merge, wire these three functions to its API. Until then the package carries no modules,
// and a package that does carry them says so instead of dropping them silently.

/** Whether this build can install module files from a package. */
export const DEVICE_MODULES_AVAILABLE = false;

/** The module files (text, issue 10's file format) of the modules written or adapted on this device. */
export async function listDeviceModuleFiles(): Promise<string[]> {
  return [];
}

/** Installs one module file; resolves to its id, or rejects with the reason it cannot be used. */
export async function installModuleFile(_text: string): Promise<string> {
  throw new Error('not available');
}
