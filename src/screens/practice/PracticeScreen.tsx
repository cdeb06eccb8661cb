// The practice app ("Oefenen"): a pretend social-media app where nothing can go wrong.
// Its own chunk, loaded only when opened; its content comes from modules/oefenen.yml.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../../app/context.ts';
import { loadPracticeData } from '../../content/practice.ts';
import type { PracticeData } from '../../content/types.ts';
import { useLoaded } from '../../ui/use-stored.ts';
import { Feed } from './Feed.tsx';
import { Messages } from './Messages.tsx';
import { FeedbackPanel, TaskCard } from './parts.tsx';
import { PrivacySettings } from './PrivacySettings.tsx';
import { OwnProfile, StrangerView } from './Profile.tsx';
import { Tasks } from './Tasks.tsx';
import { usePractice, type Practice } from './use-practice.ts';
import { addStrings } from '../../i18n/index.ts';
import './practice.css';

// The practice app's own words load with it, not with the first screen; each language is its own chunk.
addStrings({
  nl: () => import('./locales/nl.json').then(({ default: practice }) => ({ practice })),
  en: () => import('./locales/en.json').then(({ default: practice }) => ({ practice })),
});

const VIEWS = ['tijdlijn', 'berichten', 'profiel', 'instellingen', 'taken'] as const;
type View = (typeof VIEWS)[number] | 'vreemde';

export function PracticeScreen({ view: viewParam, task }: { view?: string; task?: string }) {
  const { language } = useApp();
  const data = useLoaded(() => loadPracticeData(language), [language]);
  if (data === null) return <NoPractice />;
  if (!data) return <main id="main" class="page practice" aria-busy="true" />;
  const view = VIEWS.includes(viewParam as (typeof VIEWS)[number]) || viewParam === 'vreemde' ? (viewParam as View) : 'tijdlijn';
  return <PracticeApp data={data} view={task ? 'taken' : view} task={task} />;
}

function PracticeApp({ data, view, task }: { data: PracticeData; view: View; task?: string }) {
  const { t } = useApp();
  const { route } = useLocation();
  const practice = usePractice(data);
  const heading = useRef<HTMLHeadingElement>(null);

  // "Probeer het uit" in a module leads to /oefenen/taak/<id>: that task becomes the current one.
  const ready = practice !== undefined;
  useEffect(() => {
    if (!ready || !task) return;
    if (data.tasks.some((candidate) => candidate.id === task)) practice.set((s) => ({ ...s, currentTask: task }));
    route('/oefenen', true);
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, task]);
  // A new view starts calm: focus on its heading, the last explanation closed. (A layout
  // effect, so it runs before a view's own effect can explain something, as the stranger view does.)
  const close = practice?.closeFeedback;
  useLayoutEffect(() => {
    heading.current?.focus({ preventScroll: true });
    close?.();
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [view]);

  if (!practice) return <main id="main" class="page practice" aria-busy="true" />;
  return (
    <main id="main" class="page practice">
      <p class="practice-flag">
        <span aria-hidden="true">◆</span> {t('practice.flag')}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t(`practice.view.${view}`)}
      </h1>
      <nav class="practice-nav" aria-label={t('practice.navLabel')}>
        <ul>
          {VIEWS.map((name) => (
            <li key={name}>
              <a href={name === 'tijdlijn' ? '/oefenen' : `/oefenen/${name}`} aria-current={name === view ? 'page' : undefined}>
                {t(`practice.view.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TaskCard practice={practice} />
      <ViewContent view={view} practice={practice} />
      <FeedbackPanel practice={practice} />
    </main>
  );
}

function ViewContent({ view, practice }: { view: View; practice: Practice }) {
  switch (view) {
    case 'berichten':
      return <Messages practice={practice} />;
    case 'profiel':
      return <OwnProfile practice={practice} />;
    case 'vreemde':
      return <StrangerView practice={practice} />;
    case 'instellingen':
      return <PrivacySettings practice={practice} />;
    case 'taken':
      return <Tasks practice={practice} />;
    default:
      return <Feed practice={practice} />;
  }
}

function NoPractice() {
  const { t } = useApp();
  return (
    <main id="main" class="page practice">
      <h1>{t('practice.view.tijdlijn')}</h1>
      <p>{t('practice.missing')}</p>
    </main>
  );
}
