import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { useSession } from '../../app/session.ts';
import type { AsideBlock, ModuleMeta } from '../../content/types.ts';
import { loadModuleText, modules } from '../../content/workbook.ts';
import { checkTrainerPin } from '../../storage/index.ts';
import { HeadingLevel, TextBlocks } from '../../ui/RichText.tsx';
import { useLoaded } from '../../ui/use-stored.ts';
import { UnlockForm } from '../session/UnlockForm.tsx';
import { useScreen } from '../../ui/screen.ts';

/** The trainer's modules in her course order: the course plan first, then the rest. */
export function inCourseOrder(all: readonly ModuleMeta[], plan: readonly string[] | null): ModuleMeta[] {
  if (!plan) return [...all];
  const planned = plan.flatMap((id) => all.filter((module) => module.id === id));
  return [
    ...all.filter((module) => module.kind === 'course'),
    ...planned,
    ...all.filter((m) => m.kind !== 'course' && !plan.includes(m.id)),
  ];
}

/**
 * Notes for trainers: hidden while clients read, gathered here per module, in course order. On a
 * class tablet a participant cannot open them: they ask for the trainer PIN.
 */
export function TrainerScreen() {
  const { t } = useApp();
  const session = useSession();
  const [unlocked, setUnlocked] = useState(session.mode !== 'class');
  if (!unlocked) {
    return (
      <main id="main" class="page trainer">
        <h1>{t('trainer.title')}</h1>
        <UnlockForm
          title={t('trainerSettings.unlock')}
          unlock={async (pin) => {
            const result = await checkTrainerPin(pin);
            if (result.ok) setUnlocked(true);
            return result;
          }}
        />
      </main>
    );
  }
  return <TrainerNotes plan={session.settings.coursePlan} />;
}

function TrainerNotes({ plan }: { plan: readonly string[] | null }) {
  const { language, t } = useApp();
  useScreen(t('trainer.title'));
  const ordered = inCourseOrder(modules, plan);
  const texts = useLoaded(() => Promise.all(ordered.map((m) => loadModuleText(m.id, language))), [language, plan]);
  return (
    <main id="main" class="page trainer">
      <h1>{t('trainer.title')}</h1>
      <p class="lead">{t('trainer.intro')}</p>
      {texts?.map((loaded, index) => {
        if (!loaded) return null;
        const notes = loaded.text.sections.flatMap((s) => s.blocks).filter((b): b is AsideBlock => b.t === 'trainer');
        if (notes.length === 0) return null;
        const themes = ordered[index]?.themes ?? [];
        return (
          <section key={loaded.text.id} aria-labelledby={`trainer-${loaded.text.id}`} lang={loaded.text.lang}>
            <h2 id={`trainer-${loaded.text.id}`}>{loaded.text.title}</h2>
            {themes.length > 0 && (
              <p class="hint" lang={language}>
                {t('course.chime', { themes: themes.map((theme) => t(`themes.${theme}`)).join(', ') })}
              </p>
            )}
            <HeadingLevel.Provider value={2}>
              {notes.map((note, noteIndex) => (
                <TextBlocks key={noteIndex} blocks={note.c} />
              ))}
            </HeadingLevel.Provider>
          </section>
        );
      })}
    </main>
  );
}
