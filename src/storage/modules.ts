// Modules a trainer wrote, opened or adapted on this device: device-wide, not per profile, and
// not secret (they are course material). The content layer shows them like built-in modules.
import { readDeviceRows } from './boot.ts';
import type { DeviceModuleRow } from './db.ts';
import { deviceDatabase } from './session.ts';
import { onOtherTab, tellOtherTabs } from './tabs.ts';

export type { DeviceModuleRow } from './db.ts';

/** The draft in the module editor: kept like an answer, so typing never loses work. */
export interface ModuleDraft {
  text: string;
  /** The id of the module being adapted or changed; absent for a new module. */
  editing?: string;
  savedAt: number;
}

const DRAFT_KEY = 'moduleDraft';
const listeners = new Set<() => void>();

function modulesChanged(): void {
  listeners.forEach((listener) => listener());
  tellOtherTabs({ kind: 'modules' });
}

/** Hears when device modules change, in this tab or another one. */
export function onDeviceModulesChange(listener: () => void): () => void {
  listeners.add(listener);
  const stopTabs = onOtherTab((message) => message.kind === 'modules' && listener());
  return () => {
    listeners.delete(listener);
    stopTabs();
  };
}

/** The device modules for the first screen: read without Dexie (boot.ts), which opens after the first paint. */
export async function startupDeviceModules(): Promise<DeviceModuleRow[]> {
  const rows = await readDeviceRows();
  return rows ? rows.modules : listDeviceModules();
}

export async function listDeviceModules(): Promise<DeviceModuleRow[]> {
  const db = await deviceDatabase();
  return db ? db.modules.toArray() : [];
}

export async function putDeviceModule(row: DeviceModuleRow): Promise<void> {
  const db = await requireDatabase();
  await db.modules.put(row);
  modulesChanged();
}

/** Removes a device module (or an adaptation: the built-in comes back). Answers stay. */
export async function removeDeviceModule(id: string): Promise<void> {
  const db = await requireDatabase();
  await db.modules.delete(id);
  modulesChanged();
}

export async function loadModuleDraft(): Promise<ModuleDraft | undefined> {
  const db = await deviceDatabase();
  return (await db?.device.get(DRAFT_KEY))?.value as ModuleDraft | undefined;
}

export async function saveModuleDraft(draft: ModuleDraft | null): Promise<void> {
  const db = await requireDatabase();
  if (draft) await db.device.put({ key: DRAFT_KEY, value: draft });
  else await db.device.delete(DRAFT_KEY);
}

async function requireDatabase() {
  const db = await deviceDatabase();
  if (!db) throw new Error('This browser does not keep data on this device');
  return db;
}
