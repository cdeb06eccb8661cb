import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../../app/context.ts';
import { blocksText } from '../../../content/text.ts';
import type { ContactsExercise } from '../../../content/types.ts';
import {
  MAX_CONTACT_NAME_CHARS,
  MAX_CONTACT_NOTE_CHARS,
  MAX_CONTACT_PHONE_CHARS,
  MAX_CONTACT_ROWS,
  saveAnswer,
  type ContactRow,
} from '../../../storage/index.ts';
import { TextBlocks } from '../../../ui/RichText.tsx';
import { useAnswer } from '../../../ui/use-answer.ts';
import { ExerciseFrame } from './ExerciseFrame.tsx';

const MAX_CHARS: Record<keyof ContactRow, number> = {
  name: MAX_CONTACT_NAME_CHARS,
  phone: MAX_CONTACT_PHONE_CHARS,
  note: MAX_CONTACT_NOTE_CHARS,
};
const CONTACT_FIELDS = Object.keys(MAX_CHARS) as (keyof ContactRow)[];

const EMPTY_ROW: ContactRow = { name: '', phone: '', note: '' };
const filled = (rows: ContactRow[]) => rows.filter((row) => row.name || row.phone || row.note);
const withARow = (rows: ContactRow[]) => (rows.length > 0 ? rows : [EMPTY_ROW]);

/** "Who can I call": the client's own list of people, shown again on the help page. */
export function Contacts({ moduleId, exercise }: { moduleId: string; exercise: ContactsExercise }) {
  const t = useT();
  const stored = useAnswer(moduleId, exercise.id).value;
  const storedRows = stored?.kind === 'contacts' ? stored.rows : [];
  // Rows on screen may be empty (just added, or cleared to retype); only filled rows are stored.
  const [rows, setRows] = useState<ContactRow[]>(() => withARow(storedRows));
  const storedText = JSON.stringify(storedRows);
  useEffect(() => {
    // Changed elsewhere (another tab, an earlier version put back): show what is stored now.
    if (JSON.stringify(filled(rows)) !== storedText) setRows(withARow(storedRows));
    // Only when the stored rows change; `rows` is this screen's own copy.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [storedText]);
  const update = (next: ContactRow[]) => {
    setRows(next);
    saveAnswer({
      moduleId,
      exerciseId: exercise.id,
      prompt: blocksText(exercise.prompt).join(' '),
      value: { kind: 'contacts', rows: filled(next) },
    });
  };
  const change = (index: number, field: keyof ContactRow, value: string) =>
    update(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));

  return (
    <ExerciseFrame
      moduleId={moduleId}
      exercise={exercise}
      kindLabel={t('exercise.contacts')}
      prompt={<TextBlocks blocks={exercise.prompt} />}
    >
      <ol class="contacts plain">
        {rows.map((row, index) => (
          <li key={index} class="contact-row">
            <fieldset>
              <legend>{t('contacts.person', { number: index + 1 })}</legend>
              {CONTACT_FIELDS.map((field) => (
                <ContactField key={field} field={field} value={row[field]} onInput={(value) => change(index, field, value)} />
              ))}
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

/** A name and a number are one line; what someone is for gets a box that grows with what is written. */
function ContactField({ field, value, onInput }: { field: keyof ContactRow; value: string; onInput: (value: string) => void }) {
  const t = useT();
  const props = {
    autocomplete: 'off',
    maxLength: MAX_CHARS[field],
    value,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <label>
      {t(`contacts.${field}`)}
      {field === 'note' ? (
        <textarea rows={2} {...props} />
      ) : field === 'phone' ? (
        <input type="tel" {...props} />
      ) : (
        <input type="text" {...props} />
      )}
    </label>
  );
}
