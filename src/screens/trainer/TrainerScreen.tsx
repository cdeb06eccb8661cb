import { useApp } from '../../app/context.ts';
import type { AsideBlock } from '../../content/types.ts';
import { loadModuleText, modules } from '../../content/workbook.ts';
import { HeadingLevel, TextBlocks } from '../../ui/RichText.tsx';
import { useLoaded } from '../../ui/use-stored.ts';
import { useScreen } from '../../ui/screen.ts';

/** Notes for trainers: hidden while clients read, gathered here per module. */
export function TrainerScreen() {
  const { language, t } = useApp();
  useScreen(t('trainer.title'));
  const texts = useLoaded(() => Promise.all(modules.map((m) => loadModuleText(m.id, language))), [language]);
  return (
    <main id="main" class="page trainer">
      <h1>{t('trainer.title')}</h1>
      <p class="lead">{t('trainer.intro')}</p>
      {texts?.map((loaded) => {
        if (!loaded) return null;
        const notes = loaded.text.sections.flatMap((s) => s.blocks).filter((b): b is AsideBlock => b.t === 'trainer');
        if (notes.length === 0) return null;
        return (
          <section key={loaded.text.id} aria-labelledby={`trainer-${loaded.text.id}`} lang={loaded.text.lang}>
            <h2 id={`trainer-${loaded.text.id}`}>{loaded.text.title}</h2>
            <HeadingLevel.Provider value={2}>
              {notes.map((note, index) => (
                <TextBlocks key={index} blocks={note.c} />
              ))}
            </HeadingLevel.Provider>
          </section>
        );
      })}
    </main>
  );
}
