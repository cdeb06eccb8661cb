import { dateRange } from '../course-text.ts';
import type { BookletInput } from '../types.ts';

export function Cover({ input }: { input: BookletInput }) {
  const { t, edition, name } = input;
  const date = new Intl.DateTimeFormat(input.language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(input.date);
  return (
    <div class="pb-cover">
      <div class="pb-cover-top">
        {input.course && <CourseBrand input={input} />}
        <p class="pb-cover-edition">{edition === 'mine' ? t('print.mineEdition') : input.trainer ? t('print.trainerEdition') : '\u00a0'}</p>
        <h2 class="pb-cover-title">Zinvol Online</h2>
        <p class="pb-cover-subtitle">{t('print.bookSubtitle')}</p>
        {edition === 'mine' && input.trainer && <p class="pb-cover-edition-extra">{t('print.trainerEdition')}</p>}
      </div>
      <div class="pb-cover-art" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <div class="pb-cover-bottom">
        {edition === 'mine' ? (
          <>
            {name && <p class="pb-cover-owner">{t('print.ownerIs', { name })}</p>}
            <p class="pb-cover-date">{t('print.printedOn', { date })}</p>
          </>
        ) : (
          <>
            <p class="pb-cover-owner">{t('print.ownerLine')}</p>
            <div class="pb-line pb-cover-line" />
          </>
        )}
      </div>
    </div>
  );
}

/** The organisation's own name and logo above the title, with the course name and its dates. */
function CourseBrand({ input }: { input: BookletInput }) {
  const course = input.course!;
  const dates = dateRange(course, input.language);
  return (
    <div class="pb-cover-brand">
      {course.logo && <img class="pb-cover-logo" src={course.logo} alt="" />}
      {course.organisation && <p class="pb-cover-org">{course.organisation}</p>}
      {course.name && <p class="pb-cover-course">{course.name}</p>}
      {dates && <p class="pb-cover-dates">{dates}</p>}
    </div>
  );
}
