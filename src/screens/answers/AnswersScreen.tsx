import { useApp } from '../../app/context.ts';
import { answerKey, isEmptyAnswer, loadAnswers, loadAnswerVersions, type AnswerVersion, type StoredAnswer } from '../../storage/index.ts';
import { useLoaded, useStored } from '../../ui/use-stored.ts';
import { AnswerView } from './AnswerView.tsx';
import { AnswerList } from './AnswerList.tsx';
import { groupAnswers } from './answer-groups.ts';
import { EarlierVersions } from './EarlierVersions.tsx';
import { useScreen } from '../../ui/screen.ts';

export function AnswersScreen() {
  const { language, t } = useApp();
  useScreen(t('answers.title'));
  const answers = useStored('answers', loadAnswers);
  const versions = useStored('answers', loadAnswerVersions);
  const earlier = (answer: StoredAnswer): AnswerVersion[] =>
    (versions ?? []).filter((v) => answerKey(v) === answerKey(answer)).sort((a, b) => b.updatedAt - a.updatedAt);
  const groups = useLoaded(
    async () =>
      answers && versions
        ? groupAnswers(
            // An emptied answer still shows when it has earlier versions to put back.
            answers.filter((a) => !isEmptyAnswer(a.value) || versions.some((v) => answerKey(v) === answerKey(a))),
            language,
          )
        : undefined,
    [answers, versions, language],
  );

  return (
    <main id="main" class="page answers">
      <h1>{t('answers.title')}</h1>
      <p class="lead">{t('answers.intro')}</p>
      {groups && groups.length === 0 && <p class="hint">{t('answers.empty')}</p>}
      {groups?.map((group) => (
        <section key={group.moduleId} aria-labelledby={`answers-${group.moduleId}`} class="answer-group">
          <h2 id={`answers-${group.moduleId}`}>{group.title}</h2>
          <AnswerList group={group} earlierOf={earlier} />
          {group.older.length > 0 && (
            <>
              <h3>{t('answers.older')}</h3>
              <p class="hint">{t('answers.olderHint')}</p>
              <dl>
                {group.older.map((answer) => (
                  <div key={answer.exerciseId} class="answer older">
                    <dt>{answer.prompt}</dt>
                    <dd>
                      <AnswerView value={answer.value} />
                      <EarlierVersions versions={earlier(answer)} />
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </section>
      ))}
    </main>
  );
}
