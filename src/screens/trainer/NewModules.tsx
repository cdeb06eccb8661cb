// After an app update, modules that are new since this tablet last looked are listed to the
// trainer once: never added to the course plan silently, and never hidden silently.
import { useEffect } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { ModuleMeta } from '../../content/types.ts';
import { titleOf } from '../../content/workbook.ts';
import { saveDeviceSettings, type DeviceSettings } from '../../storage/index.ts';

/** Module ids that are new since `known`; none on a first start (null) or when all modules are shown anyway. */
export function newModulesSince(
  workbook: readonly ModuleMeta[],
  settings: Pick<DeviceSettings, 'knownModules' | 'coursePlan'>,
): ModuleMeta[] {
  const { knownModules, coursePlan } = settings;
  if (!knownModules || !coursePlan) return [];
  return workbook.filter((module) => !knownModules.includes(module.id) && !coursePlan.includes(module.id));
}

export function NewModules({ workbook, settings }: { workbook: readonly ModuleMeta[]; settings: DeviceSettings }) {
  const { language, t } = useApp();
  const fresh = newModulesSince(workbook, settings);
  const everyId = workbook.map((module) => module.id);
  const knowsAll = settings.knownModules !== null && everyId.every((id) => settings.knownModules!.includes(id));
  // Nothing to ask: remember what this version has, so only later additions are listed.
  useEffect(() => {
    if (fresh.length === 0 && !knowsAll) void saveDeviceSettings({ knownModules: everyId });
  });
  if (fresh.length === 0) return null;
  const answer = (add: boolean) =>
    void saveDeviceSettings({
      knownModules: everyId,
      ...(add && settings.coursePlan ? { coursePlan: [...settings.coursePlan, ...fresh.map((module) => module.id)] } : {}),
    });
  return (
    <div class="confirm new-modules" role="region" aria-labelledby="new-modules-title">
      <h3 id="new-modules-title">{t('course.newModules.title')}</h3>
      <p>{t('course.newModules.text', { titles: fresh.map((module) => titleOf(module, language)).join(', ') })}</p>
      <button type="button" class="button primary" onClick={() => answer(true)}>
        {t('course.newModules.add')}
      </button>
      <button type="button" class="button secondary" onClick={() => answer(false)}>
        {t('course.newModules.skip')}
      </button>
    </div>
  );
}
