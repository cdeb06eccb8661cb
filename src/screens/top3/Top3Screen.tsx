import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { TipBlock } from '../../content/types.ts';
import { loadModuleText, modules } from '../../content/workbook.ts';
import { changeTop3, loadTop3 } from '../../storage/index.ts';
import { useLoaded, useStored } from '../../ui/use-stored.ts';
import { AddToTop3 } from './AddToTop3.tsx';
import { TOP3_SIZE, addToList, moveInList, removeFromList } from './list.ts';

export function Top3Screen() {
  const { t } = useApp();
  const top3 = useStored('top3', loadTop3);
  const [own, setOwn] = useState('');
  const [message, setMessage] = useState('');
  if (!top3)
    return (
      <main id="main" class="page" aria-busy="true">
        <h1>{t('top3.title')}</h1>
      </main>
    );

  const addOwn = async (event: Event) => {
    event.preventDefault();
    const next = await changeTop3((stored) => addToList(stored, { text: own, addedAt: Date.now() }));
    if (!next) return setMessage(t('top3.fullOwn'));
    setOwn('');
    setMessage(t('top3.added'));
  };

  return (
    <main id="main" class="page top3">
      <h1>{t('top3.title')}</h1>
      <p class="lead">{t('top3.intro')}</p>
      {top3.length === 0 && <p class="hint">{t('top3.empty')}</p>}
      <ol class="top3-edit plain">
        {top3.map((item, index) => (
          <li key={item.text} class="top3-item">
            <span class="top3-number" aria-hidden="true">
              {index + 1}
            </span>
            <p class="top3-text">{item.text}</p>
            <div class="top3-actions">
              <button
                type="button"
                class="button icon"
                disabled={index === 0}
                onClick={() => void changeTop3((stored) => moveInList(stored, item.text, -1))}
                aria-label={t('top3.up', { text: item.text })}
              >
                ↑
              </button>
              <button
                type="button"
                class="button icon"
                disabled={index === top3.length - 1}
                onClick={() => void changeTop3((stored) => moveInList(stored, item.text, 1))}
                aria-label={t('top3.down', { text: item.text })}
              >
                ↓
              </button>
              <button type="button" class="button link" onClick={() => void changeTop3((stored) => removeFromList(stored, item.text))}>
                {t('top3.remove')}
                <span class="visually-hidden">: {item.text}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>

      <form class="own-words" onSubmit={(e) => void addOwn(e)}>
        <label for="own-top3">{t('top3.ownLabel')}</label>
        <input id="own-top3" type="text" maxLength={160} value={own} onInput={(e) => setOwn(e.currentTarget.value)} autocomplete="off" />
        <button type="submit" class="button primary" disabled={own.trim() === ''}>
          {t('top3.addOwn')}
        </button>
        <p role="status" class="hint">
          {message}
        </p>
      </form>
      {top3.length >= TOP3_SIZE && <p class="hint">{t('top3.fullHint')}</p>}

      <Suggestions />
    </main>
  );
}

/** The tips that modules offer for the top 3, grouped by module. */
function Suggestions() {
  const { language, t } = useApp();
  const texts = useLoaded(() => Promise.all(modules.map((m) => loadModuleText(m.id, language))), [language]);
  if (!texts) return null;
  const groups = texts.flatMap((loaded) => {
    if (!loaded) return [];
    const tips = loaded.text.sections.flatMap((s) => s.blocks).filter((b): b is TipBlock => b.t === 'tip');
    return tips.length ? [{ id: loaded.text.id, title: loaded.text.title, tips }] : [];
  });
  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('top3.suggestions')}</h2>
      <p class="hint">{t('top3.suggestionsHint')}</p>
      {groups.map((group) => (
        <details key={group.id} class="suggestion-group">
          <summary>
            {group.title} <span class="hint">({group.tips.length})</span>
          </summary>
          <ul class="plain">
            {group.tips.map((tip) => (
              <li key={tip.id} class="suggestion">
                <p>{tip.text}</p>
                <AddToTop3 text={tip.text} source={{ moduleId: group.id, exerciseId: tip.id }} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
