import { unit, WritingLines } from '../paper.tsx';
import type { BookletInput, Chapter } from '../types.ts';

export function top3Chapter(input: BookletInput): Chapter {
  const { t } = input;
  const items = input.edition === 'mine' ? input.top3.slice(0, 3) : [];
  const name = input.edition === 'mine' ? input.name : null;
  const id = 'top3';
  const title = t('top3.title');
  return {
    id,
    kind: 'top3',
    title,
    lang: input.language,
    units: [
      unit(
        `${id}-head`,
        () => (
          <header class="pb-chapter-head">
            <h2 class="pb-chapter-title">{title}</h2>
            <p class="pb-summary">{t(input.edition === 'mine' ? 'print.top3Intro' : 'print.top3IntroBlank')}</p>
          </header>
        ),
        { keep: true, className: 'pu-chapter' },
      ),
      unit(`${id}-card`, () => (
        <div class="pb-cut">
          <p class="pb-cut-label" aria-hidden="true">
            <span class="pb-scissors">✂</span> {t('print.cutHere')}
          </p>
          <div class="pb-card">
            <p class="pb-card-title">{name ? t('print.top3Of', { name }) : title}</p>
            <ol class="pb-card-list">
              {[0, 1, 2].map((index) => {
                const item = items[index];
                return (
                  <li key={index}>
                    <span class="pb-card-number">{index + 1}</span>
                    {item ? <span class="pb-card-text">{item.text}</span> : <WritingLines count={2} />}
                  </li>
                );
              })}
            </ol>
            <p class="pb-card-foot">Zinvol Online</p>
          </div>
        </div>
      )),
    ],
  };
}
