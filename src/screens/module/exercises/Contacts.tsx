import { useState } from 'preact/hooks';
import { useT } from '../../../app/context.ts';
import { blocksText } from '../../../content/text.ts';
import type { ContactsExercise } from '../../../content/types.ts';
import {
  MAX_CONTACT_NAME_CHARS,
  MAX_CONTACT_NOTE_CHARS,
  MAX_CONTACT_PHONE_CHARS,
  MAX_CONTACT_ROWS,
  saveAnswer,
  type AnswerValue,
  type ContactRow,
} from '../../../storage/index.ts';
import { TextBlocks } from '../../../ui/RichText.tsx';
import { ExerciseFrame } from './ExerciseFrame.tsx';

const EMPTY_ROW: ContactRow = { name: '', phone: '', note: '' };

/** "Who can I call": the client's own list of people, shown again on the help page. */
export function Contacts({ moduleId, exercise, stored }: { moduleId: string; exercise: ContactsExercise; stored?: AnswerValue }) {
  const t = useT();
  const [rows, setRows] = useState<ContactRow[]>(() => (stored?.kind === 'contacts' && stored.rows.length > 0 ? stored.rows : [EMPTY_ROW]));
  const update = (next: ContactRow[]) => {
    setRows(next);
    saveAnswer({
      moduleId,
      exerciseId: exercise.id,
      prompt: blocksText(exercise.prompt).join(' '),
      value: { kind: 'contacts', rows: next.filter((row) => row.name || row.phone || row.note) },
    });
  };
  const change = (index: number, field: keyof ContactRow, value: string) =>
    update(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));

  return (
    <ExerciseFrame
      moduleId={moduleId}
      exerciseId={exercise.id}
      kindLabel={t('exercise.contacts')}
      prompt={<TextBlocks blocks={exercise.prompt} />}
    >
      <ol class="contacts plain">
        {rows.map((row, index) => (
          <li key={index} class="contact-row">
            <fieldset>
              <legend>{t('contacts.person', { number: index + 1 })}</legend>
              <label>
                {t('contacts.name')}
                <input
                  type="text"
                  autocomplete="off"
                  maxLength={MAX_CONTACT_NAME_CHARS}
                  value={row.name}
                  onInput={(e) => change(index, 'name', e.currentTarget.value)}
                />
              </label>
              <label>
                {t('contacts.phone')}
                <input
                  type="tel"
                  autocomplete="off"
                  maxLength={MAX_CONTACT_PHONE_CHARS}
                  value={row.phone}
                  onInput={(e) => change(index, 'phone', e.currentTarget.value)}
                />
              </label>
              <label>
                {t('contacts.note')}
                <input
                  type="text"
                  autocomplete="off"
                  maxLength={MAX_CONTACT_NOTE_CHARS}
                  value={row.note}
                  onInput={(e) => change(index, 'note', e.currentTarget.value)}
                />
              </label>
              {rows.length > 1 && (
                <button type="button" class="button link" onClick={() => update(rows.filter((_r, i) => i !== index))}>
                  {t('contacts.remove', { number: index + 1 })}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {rows.length < MAX_CONTACT_ROWS && (
        <button type="button" class="button secondary" onClick={() => setRows([...rows, EMPTY_ROW])}>
          {t('contacts.add')}
        </button>
      )}
    </ExerciseFrame>
  );
}
