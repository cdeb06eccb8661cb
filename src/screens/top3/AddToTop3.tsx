import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { changeTop3, loadTop3, type Top3Item } from '../../storage/index.ts';
import { useStored } from '../../ui/use-stored.ts';
import { addToList, isInTop3, replaceInList } from './list.ts';

const newItem = (text: string, source: Top3Item['source']): Top3Item => ({ text, source, addedAt: Date.now() });

/** "Add to my top 3", with a choice of what to replace when the top 3 is full. */
export function AddToTop3({ text, source }: { text: string; source: Top3Item['source'] }) {
  const t = useT();
  const top3 = useStored('top3', loadTop3);
  const [choosingReplacement, setChoosingReplacement] = useState(false);
  if (!top3) return null;
  const item = () => newItem(text, source);

  if (isInTop3(top3, text)) return <p class="in-top3">✓ {t('top3.isIn')}</p>;

  // Both work on the top 3 as stored when writing; full there means: choose what to replace.
  const add = async () => setChoosingReplacement((await changeTop3((stored) => addToList(stored, item()))) === null);
  const replace = async (old: string) =>
    setChoosingReplacement((await changeTop3((stored) => replaceInList(stored, old, item()))) === null);
  if (!choosingReplacement) {
    return (
      <button type="button" class="button secondary" onClick={() => void add()}>
        {t('top3.add')}
      </button>
    );
  }
  return (
    <fieldset class="replace-choice">
      <legend>{t('top3.full')}</legend>
      <ul class="plain">
        {top3.map((old) => (
          <li key={old.text}>
            <button type="button" class="button secondary" onClick={() => void replace(old.text)}>
              {t('top3.replace', { text: old.text })}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="button link" onClick={() => setChoosingReplacement(false)}>
        {t('common.cancel')}
      </button>
    </fieldset>
  );
}
