// Course details as printed text: dates in the reader's language.
import type { Language } from '../../content/types.ts';
import type { Course } from '../../storage/index.ts';

/** "1 februari 2027" for a stored yyyy-mm-dd; '' when there is no date. */
export function longDate(date: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** From the first to the last session date ("1 februari 2027 – 8 maart 2027"); '' without dates. */
export function dateRange(course: Course, language: Language): string {
  const dates = course.sessions
    .map((session) => session.date)
    .filter(Boolean)
    .sort();
  if (dates.length === 0) return '';
  const first = longDate(dates[0]!, language);
  const last = longDate(dates[dates.length - 1]!, language);
  return first === last ? first : `${first} – ${last}`;
}
