// Where the texts come from: the documents each module draws on.
import { unit } from '../paper.tsx';
import type { BookletInput, Chapter, Unit } from '../types.ts';

export function sourcesChapter(input: BookletInput): Chapter | null {
  const { t } = input;
  const withSources = input.modules.filter((module) => module.sources.length > 0);
  if (withSources.length === 0) return null;
  const id = 'sources';
  const title = t('course.sources.title');
  const units: Unit[] = [
    unit(
      `${id}-head`,
      () => (
        <header class="pb-chapter-head">
          <h2 class="pb-chapter-title">{title}</h2>
          <p class="pb-summary">{t('course.sources.intro')}</p>
        </header>
      ),
      { keep: true, className: 'pu-chapter' },
    ),
    ...withSources.map((module) =>
      unit(`${id}-${module.text.id}`, () => (
        <div class="pb-course-block" lang={module.text.lang}>
          <h3>
            {module.number}. {module.text.title}
          </h3>
          <ul class="pb-list pb-list-end">
            {module.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </div>
      )),
    ),
  ];
  return { id, kind: 'sources', title, lang: input.language, units };
}
