// Wires the device modules in storage to the content layer, so every screen sees them.
import { setDeviceModules } from '../content/workbook.ts';
import { listDeviceModules, onDeviceModulesChange, startupDeviceModules } from '../storage/index.ts';

async function refresh(read = listDeviceModules): Promise<void> {
  try {
    setDeviceModules(await read());
  } catch (error) {
    // Without storage the built-in modules still work.
    console.warn('Reading the modules of this device failed', error);
  }
}

/** Reads the device modules before the first screen (without Dexie), and again whenever they change. */
export function startDeviceModules(): Promise<void> {
  onDeviceModulesChange(() => void refresh());
  return refresh(startupDeviceModules);
}
