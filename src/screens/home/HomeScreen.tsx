import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { THEME_WORDS, courseModules, modules, routeOrder, summaryOf, titleOf } from '../../content/workbook.ts';
import type { ModuleMeta } from '../../content/types.ts';
import { loadPractice, loadProgress, loadSetting, loadTop3, type ModuleProgress } from '../../storage/index.ts';
import { useStored } from '../../ui/use-stored.ts';
import { useSession } from '../../app/session.ts';
import { RouteCard } from './RouteCard.tsx';
import { useScreen } from '../../ui/screen.ts';
import { ModulePicture } from '../../ui/ModulePicture.tsx';

type Status = 'notStarted' | 'busy' | 'done';

export function statusOf(progress: ModuleProgress | undefined): Status {
  if (!progress) return 'notStarted';
  return progress.done ? 'done' : 'busy';
}

export function HomeScreen() {
  const { language, t } = useApp();
  useScreen(t('nav.home'));
  // A read that fails shows the screen without that part, and a calm note (never a blank screen).
  const [failed, setFailed] = useState(false);
  const orElse =
    <T,>(fallback: T) =>
    (error: unknown): T => {
      console.warn('Reading stored data failed', error);
      setFailed(true);
      return fallback;
    };
  // What is stored arrives a moment after the first paint, read together so the screen renders
  // once: until then the part below the introduction is laid out but not shown, so nothing moves
  // when it appears.
  const stored = useStored(['progress', 'top3', 'settings', 'practice'], async () => {
    const [progress, top3, lastPlace, use, practice] = await Promise.all([
      loadProgress().catch(orElse([])),
      loadTop3().catch(orElse([])),
      loadSetting('lastPlace').catch(orElse(undefined)),
      loadSetting('socialMediaUse').catch(orElse(undefined)),
      loadPractice().catch(orElse(undefined)),
    ]);
    return { progress, top3, lastPlace, use: use ?? null, tasksDone: practice?.tasksDone ?? {} };
  });
  const { progress, top3, lastPlace, use, tasksDone } = stored ?? {};
  const loading = stored === undefined;
  // "Go on" leads to the page last opened, unless that module is finished.
  const lastModule =
    lastPlace && progress && !progress.find((p) => p.moduleId === lastPlace.moduleId)?.done
      ? modules.find((m) => m.id === lastPlace.moduleId)
      : undefined;
  const { settings } = useSession();
  const workbook = routeOrder(courseModules(settings.coursePlan), use ?? undefined, settings.coursePlan !== null);
  const glossary = modules.find((m) => m.kind === 'glossary');

  return (
    <main id="main" class="page home">
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
      {failed && (
        <p class="notice" role="status">
          {t('homeRead.failed')}
        </p>
      )}
      <div class={loading ? 'home-stored loading' : 'home-stored'} aria-busy={loading}>
        {use !== undefined && <RouteCard use={use} />}
        {lastModule && lastPlace && (
          <a class="button primary resume" href={`/module/${lastModule.id}/${lastPlace.page + 1}`}>
            {t('home.resume', { title: titleOf(lastModule, language) })} →
          </a>
        )}

        <section class="top3-card" aria-labelledby="top3-title">
          <h2 id="top3-title">{t('top3.title')}</h2>
          {top3 && top3.length > 0 ? (
            <ol class="top3-list">
              {top3.map((item, index) => (
                <li key={index}>{item.text}</li>
              ))}
            </ol>
          ) : (
            <p class="hint">{t('top3.emptyHome')}</p>
          )}
          <a href="/top3" class="button secondary">
            {t(top3?.length ? 'top3.change' : 'top3.make')}
          </a>
        </section>

        <h2>{t('home.modules')}</h2>
        <ul class="module-cards plain">
          {workbook.map((module) => (
            <li key={module.id}>
              <ModuleCard
                module={module}
                status={progress ? statusOf(progress.find((p) => p.moduleId === module.id)) : undefined}
                tasksDone={module.practiceTasks.filter((id) => tasksDone?.[id] !== undefined).length}
                glossaryId={glossary?.id}
                pictureLater={loading}
              />
            </li>
          ))}
        </ul>
        {glossary && (
          <p class="glossary-link">
            <a href={`/module/${glossary.id}`}>{titleOf(glossary, language)}</a>: {summaryOf(glossary, language)}
          </p>
        )}
      </div>
    </main>
  );
}

interface CardProps {
  module: ModuleMeta;
  status: Status | undefined;
  tasksDone: number;
  /** Where the theme names are explained. */
  glossaryId: string | undefined;
  /** While the cards wait unseen for what is stored: the drawings are asked for after the first paint. */
  pictureLater: boolean;
}

function ModuleCard({ module, status, tasksDone, glossaryId, pictureLater }: CardProps) {
  const { language, t } = useApp();
  const titleId = `title-${module.id}`;
  return (
    <article class="module-card" aria-labelledby={titleId}>
      <div class="card-head">
        <ModulePicture module={module} size="card" later={pictureLater} />
        <h3 id={titleId}>
          <a href={`/module/${module.id}`}>{titleOf(module, language)}</a>
        </h3>
      </div>
      <p>{summaryOf(module, language)}</p>
      <p class="card-facts">
        <span>{t('home.minutes', { count: module.minutes })}</span>
        <span class="level">{t(`route.level.${module.level}`)}</span>
        <span class={`status ${status ?? ''}`}>
          {status ? (
            <>
              <StatusMark status={status} /> {t(`status.${status}`)}
            </>
          ) : (
            '\u00a0'
          )}
        </span>
      </p>
      {module.practiceTasks.length > 0 && (
        <p class="card-tasks">{t('route.tasks', { done: tasksDone, count: module.practiceTasks.length })}</p>
      )}
      <p class="themes">
        <span class="visually-hidden">{t('home.themes')}: </span>
        {module.themes.map((theme) => {
          // A plain link to the word in the glossary: no script on the first screen for it.
          const Chip = glossaryId ? 'a' : 'span';
          return (
            <Chip key={theme} class={`theme theme-${theme}`} href={glossaryId && `/module/${glossaryId}/1#term-${THEME_WORDS[theme]}`}>
              {t(`themes.${theme}`)}
            </Chip>
          );
        })}
      </p>
    </article>
  );
}

/** A shape per status, so status is never told by colour alone. */
function StatusMark({ status }: { status: Status }) {
  const shape = { notStarted: '○', busy: '◐', done: '●' }[status];
  return <span aria-hidden="true">{shape}</span>;
}
