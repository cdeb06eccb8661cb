import { useApp } from '../../app/context.ts';
import { blocksText, inlineText } from '../../content/text.ts';
import { EXERCISE_KINDS, type Exercise } from '../../content/types.ts';
import { loadModuleText, modules } from '../../content/workbook.ts';
import { answerKey, isEmptyAnswer, loadAnswers, loadAnswerVersions, type AnswerVersion, type StoredAnswer } from '../../storage/index.ts';
import { useLoaded, useStored } from '../../ui/use-stored.ts';
import { AnswerView } from './AnswerView.tsx';
import { EarlierVersions } from './EarlierVersions.tsx';
import { useScreen } from '../../ui/screen.ts';

interface Group {
  moduleId: string;
  title: string;
  /** page: where the question is in its module (1-based), to link back to it. */
  current: { exercise: Exercise; answer: StoredAnswer; page: number }[];
  older: StoredAnswer[];
}

function promptOf(exercise: Exercise): string {
  return exercise.t === 'reflection' ? inlineText(exercise.prompt) : blocksText(exercise.prompt).join(' ');
}

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
          <dl>
            {group.current.map(({ exercise, answer, page }) => (
              <div key={exercise.id} class="answer">
                <dt>
                  <a href={`/module/${group.moduleId}/${page}#q-${exercise.id}`}>{promptOf(exercise)}</a>
                </dt>
                <dd>
                  <AnswerView value={answer.value} exercise={exercise} />
                  <EarlierVersions versions={earlier(answer)} exercise={exercise} />
                </dd>
              </div>
            ))}
          </dl>
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

async function groupAnswers(answers: StoredAnswer[], language: 'nl' | 'en'): Promise<Group[]> {
  const moduleIds = [...new Set(answers.map((a) => a.moduleId))];
  const order = (id: string) => modules.find((m) => m.id === id)?.order ?? Number.MAX_SAFE_INTEGER;
  moduleIds.sort((a, b) => order(a) - order(b));
  return Promise.all(
    moduleIds.map(async (moduleId) => {
      const loaded = await loadModuleText(moduleId, language);
      const isExercise = (b: { t: string }): b is Exercise => (EXERCISE_KINDS as readonly string[]).includes(b.t);
      const pageOf = new Map<string, number>();
      loaded?.text.sections.forEach((section, index) => section.blocks.filter(isExercise).forEach((e) => pageOf.set(e.id, index + 1)));
      const exercises = (loaded?.text.sections.flatMap((s) => s.blocks) ?? []).filter(isExercise);
      const mine = answers.filter((a) => a.moduleId === moduleId);
      const byId = new Map(mine.map((a) => [a.exerciseId, a]));
      const current = exercises.flatMap((exercise) => {
        const answer = byId.get(exercise.id);
        return answer ? [{ exercise, answer, page: pageOf.get(exercise.id) ?? 1 }] : [];
      });
      const known = new Set(exercises.map((e) => e.id));
      return {
        moduleId,
        title: loaded?.text.title ?? moduleId,
        current,
        older: mine.filter((a) => !known.has(a.exerciseId)),
      };
    }),
  );
}
