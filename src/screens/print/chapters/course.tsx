// The first page of a course's booklet: who runs it, when, and where to find help nearby.
import { PhoneText } from '../../../ui/PhoneText.tsx';
import { longDate } from '../course-text.ts';
import { unit } from '../paper.tsx';
import type { BookletInput, Chapter, Unit } from '../types.ts';

export function courseChapter(input: BookletInput): Chapter | null {
  const { t, course, language } = input;
  if (!course) return null;
  const id = 'course';
  const title = course.name || t('course.title');
  const people = [
    { role: t('course.printed.trainer'), ...course.trainer },
    { role: t('course.printed.peer'), ...course.peer },
  ].filter((person) => person.name || person.contact);
  const units: Unit[] = [
    unit(
      `${id}-head`,
      () => (
        <header class="pb-chapter-head">
          {course.logo && <img class="pb-course-logo" src={course.logo} alt="" />}
          <h2 class="pb-chapter-title">{title}</h2>
          {course.organisation && <p class="pb-summary">{course.organisation}</p>}
        </header>
      ),
      { keep: true, className: 'pu-chapter' },
    ),
  ];
  if (course.sessions.length > 0) {
    units.push(
      unit(`${id}-sessions`, () => (
        <div class="pb-course-block">
          <h3>{t('course.printed.sessions')}</h3>
          <ul class="pb-list pb-list-end">
            {course.sessions.map((session, index) => (
              <li key={index}>
                {t('course.sessionShort', { number: index + 1 })}
                {session.date && `: ${longDate(session.date, language)}`}
              </li>
            ))}
          </ul>
        </div>
      )),
    );
  }
  if (people.length > 0) {
    units.push(
      unit(`${id}-people`, () => (
        <div class="pb-course-block">
          <h3>{t('course.printed.people')}</h3>
          <ul class="pb-list pb-list-end">
            {people.map((person, index) => (
              <li key={index}>
                <strong>{person.name}</strong> ({person.role})
                {person.contact && (
                  <>
                    {': '}
                    <PhoneText text={person.contact} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )),
    );
  }
  units.push(
    unit(`${id}-help`, () => (
      <div class="pb-box pb-note box-first box-last pb-course-help">
        <p class="pb-label">{t('help.title')}</p>
        <p>
          <PhoneText text={t('help.emergency')} />
        </p>
        <p>
          <PhoneText text={t('help.suicide')} />
        </p>
        {course.helplines.length > 0 && (
          <>
            <p class="pb-subheading">{t('course.localHelp')}</p>
            <ul class="pb-list pb-list-end">
              {course.helplines.map((line, index) => (
                <li key={index}>
                  <strong>{line.name}</strong> <span class="phone">{line.phone}</span>
                  {line.note && ` (${line.note})`}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    )),
  );
  return { id, kind: 'course', title, lang: language, units };
}
