import { useApp } from '../../app/context.ts';
import { loadModuleText, modules } from '../../content/workbook.ts';
import { loadModuleAnswers } from '../../storage/index.ts';
import { useLoaded } from '../../ui/use-stored.ts';
import { useSession } from '../../app/session.ts';
import { HeadingLevel } from '../../ui/RichText.tsx';
import { Blocks } from '../module/Blocks.tsx';
import { useScreen } from '../../ui/screen.ts';
import { EXERCISE_KINDS, type Section } from '../../content/types.ts';

/**
 * "Hulp nodig?": reachable from every screen, and offline too. It shows the module page that
 * holds the client's own list of contacts (a :::contacts block), so their people are right there.
 */
export function HelpScreen() {
  const { language, t } = useApp();
  useScreen(t('help.title'));
  const session = useSession();
  const signedIn = session.active !== null;
  const helplines = session.settings.course?.helplines ?? [];
  const help = useLoaded(async () => {
    const module = modules.find((m) => m.exercises.some((e) => e.kind === 'contacts'));
    const loaded = module ? await loadModuleText(module.id, language) : null;
    const sections = loaded ? helpSections(loaded.text.sections) : [];
    if (!module || sections.length === 0) return null;
    // Signed out (a locked class tablet) the help is there too, without anyone's own list.
    if (signedIn) await loadModuleAnswers(module.id);
    const shown = sections.map((section) => ({
      ...section,
      blocks: signedIn ? section.blocks : section.blocks.filter((b) => b.t !== 'contacts'),
    }));
    return { moduleId: module.id, sections: shown, lang: loaded!.text.lang };
  }, [language, signedIn]);

  return (
    <main id="main" class="page help">
      <h1>{t('help.title')}</h1>
      <p class="lead">{t('help.intro')}</p>
      <aside class="note urgent" aria-label={t('help.urgentLabel')}>
        <p>
          <PhoneLinks text={t('help.emergency')} />
        </p>
        <p>
          <PhoneLinks text={t('help.suicide')} />
        </p>
      </aside>
      {helplines.length > 0 && (
        <section aria-labelledby="local-help">
          <h2 id="local-help">{t('course.localHelp')}</h2>
          <ul class="plain local-help">
            {helplines.map((line, index) => (
              <li key={index}>
                <strong>{line.name}</strong>{' '}
                <a class="phone" href={`tel:${line.phone.replace(/[^\d+]/g, '')}`}>
                  {line.phone}
                </a>
                {line.note && <span class="hint"> {line.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {help?.sections.map((section, index) => (
        <section key={index} lang={help.lang} aria-labelledby={`help-section-${index}`}>
          <h2 id={`help-section-${index}`}>{section.title}</h2>
          <HeadingLevel.Provider value={2}>
            <Blocks moduleId={help.moduleId} blocks={section.blocks} />
          </HeadingLevel.Provider>
        </section>
      ))}
    </main>
  );
}

/**
 * The module page with the contacts list, and the pages of help right before it (pages without
 * exercises: helplines and where to turn), since short pages split that help over a few pages.
 */
export function helpSections(sections: readonly Section[]): Section[] {
  const last = sections.findIndex((s) => s.blocks.some((b) => b.t === 'contacts'));
  if (last < 0) return [];
  let first = last;
  while (first > 1 && !sections[first - 1]!.blocks.some((b) => (EXERCISE_KINDS as readonly string[]).includes(b.t))) first--;
  return sections.slice(first, last + 1);
}

/** Phone numbers in a sentence become links, so a phone can call them with one tap. */
function PhoneLinks({ text }: { text: string }) {
  return (
    <>
      {text.split(/(\b0800-\d{4}\b|\b11[23]\b)/).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={`tel:${part.replace(/-/g, '')}`}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
