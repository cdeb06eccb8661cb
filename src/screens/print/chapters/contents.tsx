import { unit } from '../paper.tsx';
import type { BookletInput, Chapter } from '../types.ts';

export function contentsChapter(
  chapters: readonly Chapter[],
  input: BookletInput,
  pageOf: (chapterId: string) => number | undefined,
): Chapter {
  const { t } = input;
  const id = 'contents';
  const title = t('print.contents');
  return {
    id,
    kind: 'contents',
    title,
    lang: input.language,
    units: [
      unit(`${id}-head`, () => <h2 class="pb-chapter-title pb-contents-title">{title}</h2>, { keep: true, className: 'pu-chapter' }),
      ...chapters.map((chapter) =>
        unit(
          `${id}-${chapter.id}`,
          () => (
            <p class={`pb-toc-row pb-toc-${chapter.kind}`}>
              <span class="pb-toc-number">{chapter.number ?? ''}</span>
              <span class="pb-toc-title" lang={chapter.lang}>
                {chapter.title}
              </span>
              <span class="pb-toc-dots" aria-hidden="true" />
              <span class="pb-toc-page">{pageOf(chapter.id) ?? ''}</span>
            </p>
          ),
          { className: 'pu-toc' },
        ),
      ),
    ],
  };
}
