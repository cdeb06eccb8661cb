import { useApp } from '../../app/context.ts';
import { findModule, titleOf } from '../../content/workbook.ts';
import { updateDeviceSetting, type Course } from '../../storage/index.ts';

/** Which session of the course a module of the plan belongs to. */
export function SessionPicker({ course, moduleId, plan }: { course: Course | null; moduleId: string; plan: readonly string[] }) {
  const { language, t } = useApp();
  if (!course || course.sessions.length === 0) return null;
  const current = course.sessions.findIndex((session) => session.modules.includes(moduleId));
  const module = findModule(moduleId);
  const choose = (index: number) => {
    void updateDeviceSetting('course', (stored) => {
      const old = stored ?? course;
      const sessions = old.sessions.map((session, i) => {
        const ids = new Set(session.modules.filter((id) => id !== moduleId));
        if (i === index) ids.add(moduleId);
        // Within a session, modules keep the order of the course plan.
        return { ...session, modules: plan.filter((id) => ids.has(id)) };
      });
      return { ...old, sessions };
    });
  };
  return (
    <select
      class="plan-session"
      aria-label={t('course.sessionOf', { title: module ? titleOf(module, language) : moduleId })}
      value={String(current)}
      onChange={(e) => choose(Number(e.currentTarget.value))}
    >
      <option value="-1">{t('course.noSession')}</option>
      {course.sessions.map((_, index) => (
        <option key={index} value={String(index)}>
          {t('course.sessionShort', { number: index + 1 })}
        </option>
      ))}
    </select>
  );
}
