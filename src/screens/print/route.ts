// "Your route through the workbook" for a course: the course plan per session.
import type { TFunction } from '../../i18n/index.ts';
import type { Language } from '../../content/types.ts';
import type { Course } from '../../storage/index.ts';
import { longDate } from './course-text.ts';
import type { RouteStep } from './types.ts';

/** null without a course plan: then the module text's own list of all modules is printed. */
export function courseRoute(
  course: Course | null,
  plan: readonly string[] | null,
  titleOf: (id: string) => string | undefined,
  t: TFunction,
  language: Language,
): RouteStep[] | null {
  if (!plan) return null;
  const titles = (ids: readonly string[]) => ids.filter((id) => plan.includes(id)).flatMap((id) => titleOf(id) ?? []);
  const sessions = course?.sessions ?? [];
  const steps: RouteStep[] = sessions.flatMap((session, index) => {
    const inSession = titles(session.modules);
    if (inSession.length === 0) return [];
    const name = t('course.sessionShort', { number: index + 1 });
    return [{ label: session.date ? `${name}: ${longDate(session.date, language)}` : name, titles: inSession }];
  });
  const placed = new Set(sessions.flatMap((session) => session.modules));
  const rest = titles(plan.filter((id) => !placed.has(id)));
  if (rest.length > 0) steps.push({ label: t(steps.length ? 'course.route.other' : 'course.route.all'), titles: rest });
  return steps;
}
