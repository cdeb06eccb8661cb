import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import type { TipBlock } from '../../content/types.ts';
import { loadModuleText, modules } from '../../content/workbook.ts';
import { changeTop3, loadTop3, type Top3Item } from '../../storage/index.ts';
import { useLoaded, useStored } from '../../ui/use-stored.ts';
import { announce } from '../../ui/announce.ts';
import { UndoBar, useUndo } from './UndoBar.tsx';
import { AddToTop3 } from './AddToTop3.tsx';
import { TOP3_SIZE, addToList, moveInList, removeFromList } from './list.ts';
import { useScreen } from '../../ui/screen.ts';

export function Top3Screen() {
  const { t } = useApp();
  useScreen(t('top3.title'));
  const top3 = useStored('top3', loadTop3);
  const [own, setOwn] = useState('');
  const [message, setMessage] = useState('');
  const ownInput = useRef<HTMLInputElement>(null);
  // After a change the list is drawn anew; focus then goes back to a button of the item that moved.
  const [focusAfter, setFocusAfter] = useState<{ text: string; action: string } | null>(null);
  const undo = useUndo();
  useEffect(() => {
    if (!focusAfter || !top3) return;
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.top3-edit button[data-item]')].filter(
      (b) => b.dataset.item === focusAfter.text && !b.disabled,
    );
    (buttons.find((b) => b.dataset.action === focusAfter.action) ?? buttons[0])?.focus();
    setFocusAfter(null);
  }, [top3, focusAfter]);
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
    ownInput.current?.focus();
  };
  // Each change works on the top 3 as stored when writing (another tab may have changed it).
  const move = async (item: Top3Item, by: -1 | 1) => {
    const next = await changeTop3((stored) => moveInList(stored, item.text, by));
    setFocusAfter({ text: item.text, action: by < 0 ? 'up' : 'down' });
    const place = next?.findIndex((other) => other.text === item.text) ?? -1;
    if (place >= 0) announce(t('a11y.top3Moved', { text: item.text, place: place + 1 }));
  };
  const remove = async (item: Top3Item, index: number) => {
    await changeTop3((stored) => removeFromList(stored, item.text));
    undo.offer(t('a11y.top3Removed', { text: item.text }), async () => {
      // Back in its place, unless the list filled up meanwhile.
      await changeTop3((stored) => (stored.length >= TOP3_SIZE ? null : [...stored.slice(0, index), item, ...stored.slice(index)]));
      setFocusAfter({ text: item.text, action: 'remove' });
      announce(t('a11y.top3Back', { text: item.text }));
    });
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
                data-item={item.text}
                data-action="up"
                onClick={() => void move(item, -1)}
                aria-label={t('top3.up', { text: item.text })}
              >
                ↑
              </button>
              <button
                type="button"
                class="button icon"
                disabled={index === top3.length - 1}
                data-item={item.text}
                data-action="down"
                onClick={() => void move(item, 1)}
                aria-label={t('top3.down', { text: item.text })}
              >
                ↓
              </button>
              <button type="button" class="button link" data-item={item.text} data-action="remove" onClick={() => void remove(item, index)}>
                {t('top3.remove')}
                <span class="visually-hidden">: {item.text}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <UndoBar undo={undo} />

      <form class="own-words" onSubmit={(e) => void addOwn(e)}>
        <label for="own-top3">{t('top3.ownLabel')}</label>
        <input
          ref={ownInput}
          id="own-top3"
          type="text"
          maxLength={160}
          value={own}
          onInput={(e) => setOwn(e.currentTarget.value)}
          autocomplete="off"
        />
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
