import { useApp } from '../../app/context.ts';
import { useSession } from '../../app/session.ts';
import { courseModules, findModule, routeOrder, titleOf } from '../../content/workbook.ts';
import { isEmptyAnswer, loadAnswers, loadProgress, loadSetting } from '../../storage/index.ts';
import { useScreen } from '../../ui/screen.ts';
import { useLoaded, useStored } from '../../ui/use-stored.ts';
import { AnswerList } from '../answers/AnswerList.tsx';
import { groupAnswers } from '../answers/answer-groups.ts';
import { nextInRoute } from './next-module.ts';

/**
 * The closing moment after "Klaar": a look back at what you wrote and chose in this module (each
 * answer leads back to its question), and the next module of your route, or that it is all done.
 * Answers are read like "Mijn antwoorden": the signed-in person's own, shown as text.
 */
export function ClosingScreen({ id = '' }: { id?: string }) {
  const { language, t } = useApp();
  const { settings } = useSession();
  const meta = findModule(id);
  const title = meta ? titleOf(meta, language) : id;
  useScreen(t('closing.title', { title }));

  const answers = useStored('answers', loadAnswers);
  const progress = useStored('progress', loadProgress);
  const use = useStored('settings', async () => (await loadSetting('socialMediaUse')) ?? null);
  const group = useLoaded(async () => {
    if (!answers) return undefined;
    const mine = answers.filter((a) => a.moduleId === id && !isEmptyAnswer(a.value));
    return (await groupAnswers(mine, language))[0] ?? null;
  }, [answers, id, language]);
  const route = routeOrder(courseModules(settings.coursePlan), use ?? undefined, settings.coursePlan !== null);
  const next = progress && use !== undefined ? nextInRoute(route, id, progress) : undefined;

  return (
    <main id="main" class="page closing">
      <h1>{t('closing.title', { title })}</h1>
      <p class="lead">{t('closing.intro')}</p>

      <section aria-labelledby="closing-written">
        <h2 id="closing-written">{t('closing.written')}</h2>
        {group === null && <p>{t('closing.nothing')}</p>}
        {group && (
          <>
            <p class="hint">{t('closing.writtenHint')}</p>
            <AnswerList group={group} />
          </>
        )}
      </section>

      {next !== undefined && (
        <section aria-labelledby="closing-next" class="closing-next">
          <h2 id="closing-next">{t('closing.next')}</h2>
          {next ? (
            <>
              <p>{t('closing.nextText')}</p>
              <p>
                <a class="button primary" href={`/module/${next.id}`}>
                  {t('closing.goOn', { title: titleOf(next, language) })} →
                </a>
              </p>
              <p>
                <a href="/">{t('closing.home')}</a>
              </p>
            </>
          ) : (
            <>
              <p>{t('closing.routeDone')}</p>
              <p>
                <a class="button primary" href="/">
                  {t('closing.home')}
                </a>
              </p>
            </>
          )}
        </section>
      )}
    </main>
  );
}
