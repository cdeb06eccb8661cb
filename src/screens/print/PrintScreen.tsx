// "Print": the workbook as a booklet on paper. A client keeps their own answers and top 3 at
// home; a trainer hands out blank workbooks; a recovery college keeps a trainer's edition.
// The options are on screen, with a preview of the pages exactly as they will print.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useSession } from '../../app/session.ts';
import type { Language, ModuleMeta } from '../../content/types.ts';
import { loadModuleText, modules, summaryOf, titleOf } from '../../content/workbook.ts';
import { loadAnswers, loadTop3, profileName } from '../../storage/index.ts';
import { useLoaded, useStored } from '../../ui/use-stored.ts';
import { answerKeyOf, buildBooklet, type BookletModule } from './booklet.tsx';
import { pictureUrl } from '../../content/pictures.ts';
import { chosenModules, DEFAULT_OPTIONS, PAPER_SIZES, type Edition, type PaperSize, type PrintOptions } from './options.ts';
import { PrintPages, sameLayout, type LayoutOf, type PagesInfo } from './PrintPages.tsx';
import { courseRoute } from './route.ts';
import './print.css';
import { useScreen } from '../../ui/screen.ts';

/** The modules of the course: the trainer's course plan, in its order, or all of them. */
function courseModules(plan: readonly string[] | null): ModuleMeta[] {
  const workbook = modules.filter((module) => module.kind === 'workbook');
  return plan ? plan.flatMap((id) => workbook.filter((module) => module.id === id)) : workbook;
}

/** `profileless`: opened by the trainer from the trainer settings, with nobody signed in (blank editions only). */
export function PrintScreen({ profileless = false }: { profileless?: boolean }) {
  const { language, t } = useApp();
  useScreen(t('print.title'));
  const session = useSession();
  const [options, setOptions] = useState<PrintOptions>(profileless ? { ...DEFAULT_OPTIONS, edition: 'blank' } : DEFAULT_OPTIONS);
  const [pages, setPages] = useState<PagesInfo | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const onProgress = useCallback((of: LayoutOf, share: number) => {
    // In steps of 20 %: a screen reader says each new step, and not every percent. Never back:
    // the share may drop a little when the estimated number of pages becomes the real one.
    const percent = Math.floor(share * 5) * 20;
    setProgress((old) => (old && sameLayout(old, of) && old.percent >= percent ? old : { ...of, percent }));
  }, []);
  const course = useMemo(() => courseModules(session.settings.coursePlan), [session.settings.coursePlan]);
  const everyModule = useMemo(() => modules.filter((module) => module.kind === 'workbook'), []);
  const chosen = useMemo(
    () => (options.modules === 'all' ? course : chosenModules(everyModule, options.modules)),
    [course, everyModule, options.modules],
  );
  const texts = useLoaded(() => loadTexts(everyModule, language), [everyModule, language]);
  // The glossary is a long text: loaded only when it goes into the booklet.
  const glossaryText = useLoaded(async () => (options.glossary ? loadGlossaryText(language) : null), [options.glossary, language]);
  const glossary = options.glossary ? glossaryText : null;
  const answers = useStored('answers', profileless ? noneStored : loadAnswers);
  const top3 = useStored('top3', profileless ? noneStored : loadTop3);
  const name = useLoaded(profileless ? async () => null : profileName, [session.active?.id]);
  const fold = options.fold && options.size === 'A5';
  usePageSize(fold ? 'A4 landscape' : options.size);
  const { course: courseInfo, coursePlan } = session.settings;

  const booklet = useMemo(() => {
    if (!texts || glossary === undefined || !answers || !top3 || name === undefined || chosen.length === 0) return null;
    const bookletModules: BookletModule[] = chosen.flatMap((meta) => {
      const text = texts.get(meta.id);
      if (!text) return [];
      // Modules are numbered as in the course, also when only some are printed.
      const number = course.indexOf(meta) + 1 || everyModule.indexOf(meta) + 1;
      return [
        {
          number,
          text,
          summary: summaryOf(meta, language),
          sources: meta.sources,
          themes: meta.themes.map((theme) => t(`themes.${theme}`)),
          picture: pictureUrl(meta),
        },
      ];
    });
    return buildBooklet({
      t,
      language,
      edition: options.edition,
      trainer: options.trainer,
      modules: bookletModules,
      glossary,
      answers: new Map(answers.map((answer) => [answerKeyOf(answer.moduleId, answer.exerciseId), answer.value])),
      top3,
      name,
      date: new Date(),
      course: courseInfo,
      route: courseRoute(courseInfo, coursePlan, (id) => texts.get(id)?.title, t, language),
      moduleTitles: [...texts.values()].map((text) => text.title),
    });
  }, [
    texts,
    answers,
    top3,
    name,
    chosen,
    course,
    everyModule,
    language,
    t,
    options.edition,
    options.trainer,
    glossary,
    courseInfo,
    coursePlan,
  ]);

  const set = <K extends keyof PrintOptions>(key: K, value: PrintOptions[K]) => setOptions((old) => ({ ...old, [key]: value }));
  const toggleModule = (id: string, on: boolean) =>
    setOptions((old) => {
      const picked = old.modules === 'all' ? [] : old.modules.filter((m) => m !== id);
      return { ...old, modules: on ? [...picked, id] : picked };
    });
  // Pages and progress of an earlier choice (another paper size, double-sided or not…) are stale.
  const showing: LayoutOf | null = booklet && { booklet, size: options.size, duplex: options.duplex, fold };
  const laidOut = pages && showing && sameLayout(pages, showing) ? pages : null;
  const ready = laidOut !== null;
  const making = progress && showing && sameLayout(progress, showing) ? progress.percent : null;

  return (
    <main id="main" class="page print-screen">
      <h1>{t('print.title')}</h1>
      <p class="lead">{t('print.intro')}</p>

      <form
        class="print-options"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) window.print();
        }}
      >
        <fieldset class="choice-group">
          <legend>{t('print.edition')}</legend>
          {(profileless ? (['blank'] as Edition[]) : (['mine', 'blank'] as Edition[])).map((edition) => (
            <div class="option" key={edition}>
              <input
                type="radio"
                name="print-edition"
                id={`print-${edition}`}
                checked={options.edition === edition}
                onChange={() => set('edition', edition)}
                aria-describedby={`print-${edition}-text`}
              />
              <label for={`print-${edition}`}>
                <span class="print-choice-title">{t(`print.${edition}`)}</span>
                <span class="print-choice-text" id={`print-${edition}-text`}>
                  {t(`print.${edition}Text`)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>

        <fieldset class="choice-group">
          <legend>{t('print.modules')}</legend>
          <div class="option">
            <input
              type="radio"
              name="print-modules"
              id="print-all"
              checked={options.modules === 'all'}
              onChange={() => set('modules', 'all')}
            />
            <label for="print-all">{t('print.allModules')}</label>
          </div>
          <div class="option">
            <input
              type="radio"
              name="print-modules"
              id="print-some"
              checked={options.modules !== 'all'}
              onChange={() => set('modules', [])}
            />
            <label for="print-some">{t('print.someModules')}</label>
          </div>
          {options.modules !== 'all' && (
            <fieldset class="print-module-list">
              <legend class="visually-hidden">{t('print.chooseModules')}</legend>
              {everyModule.map((meta) => (
                <div class="option" key={meta.id}>
                  <input
                    type="checkbox"
                    id={`print-module-${meta.id}`}
                    checked={options.modules.includes(meta.id)}
                    onChange={(event) => toggleModule(meta.id, event.currentTarget.checked)}
                  />
                  <label for={`print-module-${meta.id}`}>{titleOf(meta, language)}</label>
                </div>
              ))}
              {chosen.length === 0 && <p class="notice">{t('print.chooseAtLeastOne')}</p>}
            </fieldset>
          )}
        </fieldset>

        <fieldset class="choice-group">
          <legend>{t('print.paper')}</legend>
          {PAPER_SIZES.map((size) => (
            <div class="option" key={size}>
              <input
                type="radio"
                name="print-size"
                id={`print-${size}`}
                checked={options.size === size}
                onChange={() => set('size', size)}
              />
              <label for={`print-${size}`}>{t(`print.${size.toLowerCase() as 'a4' | 'a5'}`)}</label>
            </div>
          ))}
        </fieldset>

        <fieldset class="choice-group">
          <legend>{t('print.extras')}</legend>
          <div class="option">
            <input type="checkbox" id="print-trainer" checked={options.trainer} onChange={(e) => set('trainer', e.currentTarget.checked)} />
            <label for="print-trainer">{t('print.trainer')}</label>
          </div>
          <div class="option">
            <input
              type="checkbox"
              id="print-glossary"
              checked={options.glossary}
              onChange={(e) => set('glossary', e.currentTarget.checked)}
            />
            <label for="print-glossary">{t('print.glossary')}</label>
          </div>
          <div class="option">
            <input type="checkbox" id="print-duplex" checked={options.duplex} onChange={(e) => set('duplex', e.currentTarget.checked)} />
            <label for="print-duplex">{t('course.layout.duplex')}</label>
          </div>
          {options.size === 'A5' && (
            <div class="option">
              <input type="checkbox" id="print-fold" checked={options.fold} onChange={(e) => set('fold', e.currentTarget.checked)} />
              <label for="print-fold">{t('course.layout.fold')}</label>
            </div>
          )}
        </fieldset>

        <div class="print-go">
          <p role="status" class="print-status">
            {chosen.length === 0
              ? ''
              : ready
                ? t('print.pages', { count: laidOut.count })
                : making !== null
                  ? t('print.making', { percent: making })
                  : t('print.preparing')}
          </p>
          <button type="submit" class="button primary" disabled={!ready}>
            {t('print.print')}
          </button>
          <p class="hint">{fold ? t('course.layout.foldHowTo') : t('print.howTo', { size: options.size })}</p>
          {options.edition === 'mine' && <p class="hint">{t('print.private')}</p>}
        </div>
      </form>

      {booklet && (
        <section
          class="print-preview-section"
          aria-labelledby="print-preview-title"
          data-ready={ready ? 'true' : undefined}
          data-pages={laidOut?.count}
          data-overflowing={laidOut?.overflowing}
        >
          <h2 id="print-preview-title">{t('print.preview')}</h2>
          <p class="hint">{t('print.previewText')}</p>
          <PrintPages
            booklet={booklet}
            size={options.size}
            duplex={options.duplex}
            fold={fold}
            t={t}
            onLayout={setPages}
            onProgress={onProgress}
          />
        </section>
      )}
    </main>
  );
}

async function loadTexts(workbook: readonly ModuleMeta[], language: Language) {
  const loaded = await Promise.all(workbook.map((meta) => loadModuleText(meta.id, language)));
  return new Map(loaded.flatMap((text) => (text ? [[text.text.id, text.text] as const] : [])));
}

async function loadGlossaryText(language: Language) {
  const glossaryMeta = modules.find((module) => module.kind === 'glossary');
  return glossaryMeta ? ((await loadModuleText(glossaryMeta.id, language))?.text ?? null) : null;
}

/** How far the layout of a booklet is, in steps of 20 %. */
interface Progress extends LayoutOf {
  percent: number;
}

/**
 * The paper size and no page margins, while this screen is open: each laid-out page is one
 * sheet of paper. Added as a constructed style sheet so that other screens print as before.
 */
const noneStored = async () => [];

function usePageSize(size: PaperSize | 'A4 landscape'): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(`@page { size: ${size}; margin: 0; }`);
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [size]);
}
