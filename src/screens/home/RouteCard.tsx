import { useApp } from '../../app/context.ts';
import { modules, titleOf } from '../../content/workbook.ts';
import { saveSetting, type SocialMediaUse } from '../../storage/index.ts';

export const USES: readonly SocialMediaUse[] = ['no', 'some', 'lots'];

/** First "Gebruik je al social media?", then the route that answer suggests. */
export function RouteCard({ use }: { use: SocialMediaUse | null }) {
  const { language, t } = useApp();
  if (use === null) {
    return (
      <section class="route-card" aria-labelledby="route-question">
        <h2 id="route-question">{t('route.question')}</h2>
        <p>{t('route.intro')}</p>
        <div class="form-actions">
          {USES.map((answer) => (
            <button key={answer} type="button" class="button secondary" onClick={() => void saveSetting('socialMediaUse', answer)}>
              {t(`route.${answer}`)}
            </button>
          ))}
        </div>
      </section>
    );
  }
  const first = modules.find((m) => m.kind === 'workbook' && m.level === 'beginner');
  return (
    <section class="route-card" aria-labelledby="route-title">
      <h2 id="route-title">{t('route.title')}</h2>
      <p>{t(`route.text.${use}`)}</p>
      <div class="form-actions">
        {use === 'no' && first && (
          <a class="button primary" href={`/module/${first.id}`}>
            {t('route.start', { title: titleOf(first, language) })}
          </a>
        )}
        {use !== 'lots' && (
          <a class={`button ${use === 'no' ? 'secondary' : 'primary'}`} href="/oefenen">
            {t('route.practice')}
          </a>
        )}
        <a class="button link" href="/settings#route">
          {t('route.change')}
        </a>
      </div>
    </section>
  );
}
