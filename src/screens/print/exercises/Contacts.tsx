import type { ContactsExercise } from '../../../content/types.ts';
import type { ExerciseProps } from '../types.ts';
import type { ContactRow } from '../../../storage/index.ts';
import { Field, PrintBlocks } from '../paper.tsx';
const EMPTY_CONTACT: ContactRow = { name: '', phone: '', note: '' };

export function ContactsPrint({ exercise, stored, input }: ExerciseProps<ContactsExercise>) {
  const { t } = input;
  const filled = stored?.kind === 'contacts' ? stored.rows : [];
  // Room for three people, and always for one more.
  const rows = [...filled, ...Array.from({ length: Math.max(3 - filled.length, 1) }, () => EMPTY_CONTACT)];
  return (
    <>
      <p class="pb-label">{t('exercise.contacts')}</p>
      <div class="pb-question">
        <PrintBlocks blocks={exercise.prompt} depth={1} />
      </div>
      <ol class="pb-contacts">
        {rows.map((row, index) => (
          <li key={index}>
            <p class="pb-contact-person">{t('contacts.person', { number: index + 1 })}</p>
            <div class="pb-fields">
              <Field label={t('contacts.name')} value={row.name} />
              <Field label={t('contacts.phone')} value={row.phone} />
              <Field label={t('contacts.note')} value={row.note} wide />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
