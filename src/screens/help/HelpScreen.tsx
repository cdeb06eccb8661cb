import { useApp } from '../../app/context.ts';
import { loadModuleText, modules } from '../../content/workbook.ts';
import { loadAnswers, type AnswerValue } from '../../storage/index.ts';
import { useLoaded } from '../../ui/use-stored.ts';
import { useSession } from '../../app/session.ts';
import { HeadingLevel } from '../../ui/RichText.tsx';
import { Blocks } from '../module/Blocks.tsx';
import { useScreen } from '../../ui/screen.ts';

/**
 * "Hulp nodig?": reachable from every screen, and offline too. It shows the module page that
 * holds the client's own list of contacts (a :::contacts block), so their people are right there.
 */
export function HelpScreen() {
  const { language, t } = useApp();
  useScreen(t('help.title'));
  const signedIn = useSession().active !== null;
  const help = useLoaded(async () => {
    const module = modules.find((m) => m.exercises.some((e) => e.kind === 'contacts'));
    const loaded = module ? await loadModuleText(module.id, language) : null;
    const section = loaded?.text.sections.find((s) => s.blocks.some((b) => b.t === 'contacts'));
    if (!module || !section) return null;
    // Signed out (a locked class tablet) the help is there too, without anyone's own list.
    const answers = new Map<string, AnswerValue>(signedIn ? (await loadAnswers(module.id)).map((a) => [a.exerciseId, a.value]) : []);
    const blocks = signedIn ? section.blocks : section.blocks.filter((b) => b.t !== 'contacts');
    return { moduleId: module.id, section: { ...section, blocks }, answers, lang: loaded!.text.lang };
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
      {help && (
        <section lang={help.lang} aria-labelledby="help-section">
          <h2 id="help-section">{help.section.title}</h2>
          <HeadingLevel.Provider value={2}>
            <Blocks moduleId={help.moduleId} blocks={help.section.blocks} answers={help.answers} />
          </HeadingLevel.Provider>
        </section>
      )}
    </main>
  );
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
