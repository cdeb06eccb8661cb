import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../../app/context.ts';
import { findModule, knownModuleText, loadModuleText, titleOf } from '../../content/workbook.ts';
import { flushAnswers, loadModuleAnswers, loadProgress, moduleAnswersOnHand, saveProgress } from '../../storage/index.ts';
import { HomeScreenTip } from '../../ui/HomeScreenTip.tsx';
import { NotOnDeviceYetText } from '../../ui/first-use.tsx';
import { useLoaded } from '../../ui/use-stored.ts';
import { AnswersWait } from './AnswersWait.tsx';
import { Blocks } from './Blocks.tsx';
import { GlossaryView } from './GlossaryView.tsx';
import { useScreen } from '../../ui/screen.ts';
import { showPageProgress } from '../../ui/page-progress.ts';
import { ModulePicture } from '../../ui/ModulePicture.tsx';
import { ReadAloudButton } from '../../read-aloud/ReadAloudButton.tsx';

export function ModuleScreen({ id = '', page: pageParam }: { id?: string; page?: string }) {
  const { language, t } = useApp();
  const { route } = useLocation();
  const meta = findModule(id);
  // A text that cannot load (offline before it was ever fetched, or a damaged file) gets a calm note, not an endless wait.
  const result = useLoaded(
    () =>
      loadModuleText(id, language).catch((error: unknown) => {
        console.warn('Loading the module text failed', error);
        return 'failed' as const;
      }),
    [id, language],
    () => knownModuleText(id, language),
  );
  const loaded = result === 'failed' ? undefined : result;
  // Read once per module; after that the exercises follow the live answers (see ui/use-answer.ts).
  // The text shows before; the answer boxes wait for this read (AnswersWait).
  const answers = useLoaded(
    () => loadModuleAnswers(id).then(() => true),
    [id],
    () => moduleAnswersOnHand(id) || undefined,
  );
  const heading = useRef<HTMLHeadingElement>(null);

  const pageCount = loaded?.text.sections.length ?? 0;
  const requested = pageParam ? Number.parseInt(pageParam, 10) - 1 : NaN;
  const page = Number.isInteger(requested) ? Math.min(Math.max(requested, 0), Math.max(pageCount - 1, 0)) : null;
  const section = page === null ? undefined : loaded?.text.sections[page];

  const title = useMemo(() => (meta ? titleOf(meta, language) : ''), [meta, language]);
  // The glossary is one page with its own heading; a module page is "page – module".
  const isGlossary = meta?.kind === 'glossary';
  // Before the effects below: a question asked for in the address (#q-…) takes focus after the heading does.
  useScreen(!meta ? t('module.notFound') : isGlossary ? loaded?.text.title : (section?.title ?? undefined), isGlossary ? undefined : title);

  // Without a page in the address, go on where this module was left.
  const needsPage = page === null && meta !== undefined;
  useEffect(() => {
    if (!needsPage) return;
    // Gone elsewhere before the read came back (a quick tap, a link): stay there. The address is
    // asked too: it changes before this screen renders again (and so before `current` is false),
    // and replacing it then would take the person back here.
    let current = true;
    const stillHere = () => decodeURIComponent(location.pathname).replace(/\/$/, '') === `/module/${id}`;
    loadProgress()
      .catch(() => [])
      .then((all) => {
        if (!current || !stillHere()) return;
        const stored = all.find((p) => p.moduleId === id);
        route(`/module/${id}/${(stored && !stored.done ? stored.page : 0) + 1}`, true);
      });
    return () => {
      current = false;
    };
  }, [id, needsPage, route]);

  // Remember the page, and move focus to its heading so screen readers start there.
  const tracksProgress = loaded !== undefined && meta?.kind === 'workbook';
  useEffect(() => {
    if (page === null || !tracksProgress) return;
    loadProgress()
      .then((all) => {
        const stored = all.find((p) => p.moduleId === id);
        return saveProgress({ moduleId: id, page, furthest: Math.max(page, stored?.furthest ?? 0), done: stored?.done ?? false });
      })
      .catch((error: unknown) => console.warn('Saving progress failed', error));
  }, [id, page, tracksProgress]);

  // The top bar shows how far you are (see Header.tsx).
  const showsPage = page !== null && section !== undefined && meta?.kind === 'workbook';
  useEffect(() => {
    showPageProgress(showsPage ? { page: page + 1, count: pageCount } : null);
  }, [showsPage, page, pageCount]);
  useEffect(() => () => showPageProgress(null), [id]);

  const ready = Boolean(loaded && answers);
  useEffect(() => {
    if (page === null || !ready) return;
    // A link to one question (#q-…, from "Mijn antwoorden") or glossary word (#term-…, from a theme on
    // the home screen): show that one; else the page's heading.
    const question = /^#(q|term)-/.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
    if (question) {
      question.tabIndex = -1;
      question.focus({ preventScroll: true });
      question.scrollIntoView({ block: 'start' });
      return;
    }
    heading.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [page, ready]);

  const isLast = page === pageCount - 1;
  const go = async (to: number) => {
    await flushAnswers();
    route(`/module/${id}/${to + 1}`);
  };
  const finish = async () => {
    await flushAnswers();
    if (page !== null) await saveProgress({ moduleId: id, page, furthest: page, done: true });
    route(`/klaar/${id}`); // the closing moment: a look back, and what comes next
  };

  // Notes for the whole course are for trainers only: they live under "Voor trainers".
  if (!meta || meta.kind === 'course') {
    return (
      <main id="main" class="page">
        <h1>{t('module.notFound')}</h1>
        <p>
          <a href="/">{t('nav.home')}</a>
        </p>
      </main>
    );
  }
  if (result === 'failed') {
    return (
      <main id="main" class="page module">
        <p class="module-title">{title}</p>
        <h1>{t('firstUse.title')}</h1>
        <NotOnDeviceYetText />
      </main>
    );
  }
  if (!loaded || page === null || !section) {
    return (
      <main id="main" class="page module" aria-busy="true">
        {/* Where the page's own title line will be, so nothing moves when the page arrives. */}
        <p class="module-title">{title}</p>
      </main>
    );
  }
  if (meta.kind === 'glossary') return <GlossaryView text={loaded.text} isFallback={loaded.isFallback} />;

  return (
    <main id="main" class="page module">
      <ReadAloudButton key={page} part="page" />
      <p class="module-title">{title}</p>
      {loaded.isFallback && (
        <p class="notice" lang="en">
          {t(loaded.notOnDevice ? 'languages.notOnDevice' : 'module.onlyDutch')}
        </p>
      )}
      <h1 ref={heading} tabIndex={-1}>
        {section.title ?? loaded.text.title}
      </h1>
      {page === 0 && <ModulePicture module={meta} size="page" />}
      {page === 0 && !section.title && <HomeScreenTip />}
      <div lang={loaded.text.lang}>
        <AnswersWait read={Boolean(answers)}>
          <Blocks moduleId={id} blocks={section.blocks} />
        </AnswersWait>
      </div>
      <nav class="page-nav" aria-label={t('module.pages')}>
        {page > 0 ? (
          <button type="button" class="button secondary" onClick={() => void go(page - 1)}>
            ← {t('module.previous')}
          </button>
        ) : (
          <span />
        )}
        {isLast ? (
          <button type="button" class="button primary" onClick={() => void finish()}>
            {t('module.finish')} ✓
          </button>
        ) : (
          <button type="button" class="button primary" onClick={() => void go(page + 1)}>
            {t('module.next')} →
          </button>
        )}
      </nav>
    </main>
  );
}
