import type { ComponentChildren } from 'preact';
import type { Exercise } from '../../content/types.ts';
import type { StoredAnswer } from '../../storage/index.ts';
import { AnswerView } from './AnswerView.tsx';
import { promptOf, type Group } from './answer-groups.ts';

/** A module's answers, each under its question, which links back to it in the module. */
export function AnswerList({ group, below }: { group: Group; below?: (answer: StoredAnswer, exercise: Exercise) => ComponentChildren }) {
  return (
    <dl>
      {group.current.map(({ exercise, answer, page }) => (
        <div key={exercise.id} class="answer">
          <dt>
            <a href={`/module/${group.moduleId}/${page}#q-${exercise.id}`}>{promptOf(exercise)}</a>
          </dt>
          <dd>
            <AnswerView value={answer.value} exercise={exercise} />
            {below?.(answer, exercise)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
