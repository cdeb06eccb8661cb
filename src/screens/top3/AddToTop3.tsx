import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { loadTop3, saveTop3, type Top3Item } from '../../storage/index.ts';
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

  const add = async () => {
    const next = addToList(top3, item());
    if (next) await saveTop3(next);
    else setChoosingReplacement(true);
  };
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
        {top3.map((old, index) => (
          <li key={index}>
            <button
              type="button"
              class="button secondary"
              onClick={() => void saveTop3(replaceInList(top3, index, item())).then(() => setChoosingReplacement(false))}
            >
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
