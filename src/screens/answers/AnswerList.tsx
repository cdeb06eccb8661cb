import type { AnswerVersion, StoredAnswer } from '../../storage/index.ts';
import { AnswerView } from './AnswerView.tsx';
import { EarlierVersions } from './EarlierVersions.tsx';
import { promptOf, type Group } from './answer-groups.ts';

interface Props {
  group: Group;
  /** Where the earlier versions of an answer come from; without it none are shown. */
  earlierOf?: (answer: StoredAnswer) => AnswerVersion[];
}

/** A module's answers, each under its question, which links back to it in the module. */
export function AnswerList({ group, earlierOf }: Props) {
  return (
    <dl>
      {group.current.map(({ exercise, answer, page }) => (
        <div key={exercise.id} class="answer">
          <dt>
            <a href={`/module/${group.moduleId}/${page}#q-${exercise.id}`}>{promptOf(exercise)}</a>
          </dt>
          <dd>
            <AnswerView value={answer.value} exercise={exercise} />
            {earlierOf && <EarlierVersions versions={earlierOf(answer)} exercise={exercise} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}
