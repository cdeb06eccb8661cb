// Modules added on the device: installed only when sound, served like built-in ones, removable.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { startDeviceModules } from '../../src/app/device-modules.ts';
import { installModuleFile, moduleFileOf } from '../../src/content/module-files.ts';
import { applyPackageText } from '../../src/course/apply.ts';
import { packageText } from '../../src/course/package.ts';
import { findModule, isDeviceModule, loadModuleText, modules } from '../../src/content/workbook.ts';
import {
  EMPTY_COURSE,
  listDeviceModules,
  removeDeviceModule,
  saveDeviceSettings,
  sessionState,
  startSession,
} from '../../src/storage/index.ts';
import { wipeDevice } from '../wipe-device.ts';

const ONLINE_DATEN = readFileSync('tests/fixtures/online-daten.zinvol.txt', 'utf8');
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(async () => {
  await wipeDevice();
  await startSession();
  await startDeviceModules();
});

describe('modules on this device', () => {
  it('installs a sound module file and serves it like a built-in module', async () => {
    const result = await installModuleFile(ONLINE_DATEN, { fileName: 'online-daten.zinvol.txt' });
    expect(result).toMatchObject({ ok: true, id: 'online-daten' });
    await settle();
    expect(findModule('online-daten')?.title.nl).toBe('Online daten');
    expect(modules.map((m) => m.id)).toContain('online-daten');
    expect((await loadModuleText('online-daten', 'en'))?.isFallback).toBe(true);
    expect(await moduleFileOf('online-daten')).toBe(ONLINE_DATEN);
  });

  it('refuses a broken file, or one that would overwrite another module, and changes nothing', async () => {
    await installModuleFile(ONLINE_DATEN);
    const broken = await installModuleFile(ONLINE_DATEN.replace(':::scenario', ':::senario'));
    expect(broken).toMatchObject({ ok: false, problem: { key: 'unknown-block', line: 31 } });
    const other = await installModuleFile(ONLINE_DATEN.replace('title: Online daten', 'title: Iets anders'));
    expect(other).toMatchObject({ ok: false, problem: { key: 'module-id-taken', params: { id: 'online-daten', title: 'Online daten' } } });
    const asNew = await installModuleFile(ONLINE_DATEN, { isNew: true });
    expect(asNew).toMatchObject({ ok: false, problem: { key: 'module-id-taken' } });
    const renamed = await installModuleFile(ONLINE_DATEN.replace('id: online-daten', 'id: daten'), { editing: 'online-daten' });
    expect(renamed).toMatchObject({ ok: false, problem: { key: 'adapt-changes-id' } });
    expect((await listDeviceModules()).map((row) => [row.id, row.meta.title.nl])).toEqual([['online-daten', 'Online daten']]);
  });

  it('puts a new module at the end of a chosen course plan, once, and leaves a plan of all modules as it is', async () => {
    await saveDeviceSettings({ coursePlan: ['aan-de-slag'], knownModules: ['aan-de-slag'] });
    await installModuleFile(ONLINE_DATEN);
    await installModuleFile(ONLINE_DATEN);
    const adapted = (await moduleFileOf('jezelf-laten-zien'))!.replace('Dat is een kans.', 'Dat is een kans!');
    await installModuleFile(adapted, { editing: 'jezelf-laten-zien' });
    const { settings } = await sessionState();
    expect(settings.coursePlan).toEqual(['aan-de-slag', 'online-daten']);
    expect(settings.knownModules).toEqual(['aan-de-slag', 'online-daten']);
    await saveDeviceSettings({ coursePlan: null });
    await removeDeviceModule('online-daten');
    await installModuleFile(ONLINE_DATEN);
    expect((await sessionState()).settings.coursePlan).toBeNull();
  });

  it('adapts a built-in module with the same ids, and restores the original', async () => {
    const original = (await moduleFileOf('jezelf-laten-zien'))!;
    expect(original).toMatch(/^=== Zinvol module, format 1 ===\n=== module.yml ===\nid: jezelf-laten-zien/);
    const adapted = original.replace('Dat is een kans.', 'Dat is een kans. Bel gerust de [Steunlijn](tel:0301234567).');
    expect(await installModuleFile(adapted, { editing: 'jezelf-laten-zien' })).toMatchObject({ ok: true });
    await settle();
    expect(isDeviceModule('jezelf-laten-zien')).toBe(true);
    expect(JSON.stringify((await loadModuleText('jezelf-laten-zien', 'nl'))?.text)).toContain('tel:0301234567');
    expect(modules.filter((m) => m.id === 'jezelf-laten-zien')).toHaveLength(1);
    await removeDeviceModule('jezelf-laten-zien');
    await settle();
    expect(isDeviceModule('jezelf-laten-zien')).toBe(false);
    expect(JSON.stringify((await loadModuleText('jezelf-laten-zien', 'nl'))?.text)).not.toContain('tel:0301234567');
  });

  it('a package whose module would overwrite another module on this tablet changes nothing', async () => {
    const other = ONLINE_DATEN.replace('title: Online daten', 'title: Daten, mijn versie');
    await installModuleFile(other);
    const adapted = (await moduleFileOf('jezelf-laten-zien'))!.replace('Dat is een kans.', 'Dat is een kans!');
    const pack = { course: { ...EMPTY_COURSE, name: 'De Brug' }, coursePlan: null, lockMinutes: 5, modules: [adapted, ONLINE_DATEN] };
    expect(await applyPackageText(packageText(pack))).toEqual({ ok: false, problem: 'modules' });
    expect((await listDeviceModules()).map((row) => [row.id, row.meta.title.nl])).toEqual([['online-daten', 'Daten, mijn versie']]);
    expect((await sessionState()).settings.course).toBeNull();
    // Two modules with one id in one package: the same.
    const twice = {
      ...pack,
      modules: [ONLINE_DATEN.replace('id: online-daten', 'id: daten'), other.replace('id: online-daten', 'id: daten')],
    };
    expect(await applyPackageText(packageText(twice))).toEqual({ ok: false, problem: 'modules' });
    expect(await listDeviceModules()).toHaveLength(1);
  });
});
