import { useApp } from '../../app/context.ts';
import type { CompiledModule } from '../../content/module-files.ts';
import { HeadingLevel } from '../../ui/RichText.tsx';
import { Blocks } from '../module/Blocks.tsx';

/**
 * The module as a participant sees it, with the same components as the module screen. It is
 * inert: nobody can type in the preview, so it stores no answers.
 */
export function ModulePreview({ module }: { module: CompiledModule | null }) {
  const { language, t } = useApp();
  const text = module ? (module.texts[language] ?? module.texts.nl) : undefined;
  return (
    <section class="editor-preview" aria-labelledby="editor-preview-title">
      <h3 id="editor-preview-title">{t('editor.previewTitle')}</h3>
      {!module || !text ? (
        <p class="hint">{t('editor.previewEmpty')}</p>
      ) : (
        <div class="preview-pages" inert lang={text.lang}>
          {text.sections.map((section, index) => (
            <div key={index} class="preview-page page module">
              <p class="module-title">{t('editor.previewPage', { page: index + 1 })}</p>
              <h4>{section.title ?? text.title}</h4>
              <HeadingLevel.Provider value={4}>
                <Blocks moduleId={module.meta.id} blocks={section.blocks} />
              </HeadingLevel.Provider>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
