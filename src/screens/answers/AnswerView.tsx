import { useT } from '../../app/context.ts';
import { inlineText } from '../../content/text.ts';
import type { Exercise } from '../../content/types.ts';
import type { AnswerValue } from '../../storage/index.ts';

/** Labels in the language now shown when the exercise still has them; else as they were stored. */
function labelAt(exercise: Exercise | undefined, index: number, stored: string): string {
  if (exercise?.t === 'checklist' || exercise?.t === 'choose') return inlineText(exercise.options[index] ?? []) || stored;
  if (exercise?.t === 'scale') return inlineText(exercise.labels[index] ?? []) || stored;
  if (exercise?.t === 'scenario') return inlineText(exercise.choices[index]?.label ?? []) || stored;
  return stored;
}

/** An answer shown as plain text: whatever a client typed is never read as markup. */
export function AnswerView({ value, exercise }: { value: AnswerValue; exercise?: Exercise }) {
  const t = useT();
  switch (value.kind) {
    case 'text':
      return <p class="answer-text">{value.text}</p>;
    case 'picked':
      return (
        <ul class="answer-list">
          {value.picked.map((index, i) => (
            <li key={index}>{labelAt(exercise, index, value.labels[i] ?? '')}</li>
          ))}
        </ul>
      );
    case 'scale':
      return (
        <p>{t('answers.scale', { value: value.value + 1, steps: value.steps, label: labelAt(exercise, value.value, value.label) })}</p>
      );
    case 'scenario':
      return <p>{labelAt(exercise, value.choice, value.label)}</p>;
    case 'contacts':
      return (
        <ul class="answer-list">
          {value.rows.map((row, index) => (
            <li key={index}>{[row.name, row.phone, row.note].filter(Boolean).join(' · ')}</li>
          ))}
        </ul>
      );
  }
}
