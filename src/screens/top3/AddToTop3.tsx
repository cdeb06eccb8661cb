import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { changeTop3, loadTop3, type Top3Item } from '../../storage/index.ts';
import { announce } from '../../ui/announce.ts';
import { useStored } from '../../ui/use-stored.ts';
import { addToList, isInTop3, removeFromList, replaceInList } from './list.ts';
import { UndoBar, useUndo } from './UndoBar.tsx';

const newItem = (text: string, source: Top3Item['source']): Top3Item => ({ text, source, addedAt: Date.now() });
type Focus = 'added' | 'choice' | 'add' | null;

/** "Add to my top 3", with a choice of what to replace when the top 3 is full. */
export function AddToTop3({ text, source }: { text: string; source: Top3Item['source'] }) {
  const t = useT();
  const top3 = useStored('top3', loadTop3);
  const [choosingReplacement, setChoosingReplacement] = useState(false);
  // What gets focus once the new state is drawn, so focus never falls back to the page (WCAG 2.4.3).
  const [focus, setFocus] = useState<Focus>(null);
  const box = useRef<HTMLDivElement>(null);
  const undo = useUndo();
  const inTop3 = top3 ? isInTop3(top3, text) : false;
  useEffect(() => {
    if (!focus) return;
    const target = box.current?.querySelector<HTMLElement>(`[data-focus="${focus}"]`);
    if (!target) return; // not drawn yet: the stored top 3 is still being read again
    target.focus();
    setFocus(null);
  }, [focus, inTop3, choosingReplacement]);
  if (!top3) return null;
  const item = () => newItem(text, source);

  // Both work on the top 3 as stored when writing (another tab may have changed it); full there
  // means: choose what to replace.
  const add = async () => {
    if ((await changeTop3((stored) => addToList(stored, item()))) === null) {
      setChoosingReplacement(true);
      setFocus('choice');
      return;
    }
    announce(t('top3.isIn'));
    setFocus('added');
  };
  const replace = async (old: Top3Item) => {
    if ((await changeTop3((stored) => replaceInList(stored, old.text, item()))) === null) return;
    setChoosingReplacement(false);
    undo.offer(t('a11y.top3Replaced', { text: old.text }), async () => {
      await changeTop3((stored) => replaceInList(removeFromList(stored, text), text, old) ?? stored);
      setFocus('add');
      announce(t('a11y.top3Back', { text: old.text }));
    });
  };

  let body;
  if (inTop3) {
    body = (
      <>
        <p class="in-top3" tabIndex={-1} data-focus="added">
          ✓ {t('top3.isIn')}
        </p>
        <UndoBar undo={undo} />
      </>
    );
  } else if (!choosingReplacement) {
    body = (
      <button type="button" class="button secondary" data-focus="add" onClick={() => void add()}>
        {t('top3.add')}
      </button>
    );
  } else {
    body = (
      <fieldset class="replace-choice" tabIndex={-1} data-focus="choice">
        <legend>{t('top3.full')}</legend>
        <ul class="plain">
          {top3.map((old) => (
            <li key={old.text}>
              <button type="button" class="button secondary" onClick={() => void replace(old)}>
                {t('top3.replace', { text: old.text })}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          class="button link"
          onClick={() => {
            setChoosingReplacement(false);
            setFocus('add');
          }}
        >
          {t('common.cancel')}
        </button>
      </fieldset>
    );
  }
  return (
    <div class="add-to-top3" ref={box}>
      {body}
    </div>
  );
}
