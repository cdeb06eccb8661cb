// Small pieces shared by the practice app's views.
import { useApp } from '../../app/context.ts';
import type { Language, Localized, PracticeData, PracticePerson } from '../../content/types.ts';
import { taskDone } from './state.ts';
import type { Practice } from './use-practice.ts';

/**
 * The text in the language shown. The practice data of each language is its own chunk (only
 * that language's text in it); offline before another language was loaded, the Dutch data is shown.
 */
export function useLocal(): <T = string>(text: Localized | Record<Language, T>) => T {
  const { language } = useApp();
  return <T,>(text: Localized | Record<Language, T>) => (text as Record<Language, T>)[language] ?? (text as Record<Language, T>).nl;
}

export function personOf(data: PracticeData, id: string): PracticePerson | undefined {
  return data.people.find((person) => person.id === id);
}

/** A round picture with initials: pretend people have no photos, so nobody real is shown. */
export function Avatar({ name, id }: { name: string; id: string }) {
  const initials = name
    .split(/[\s_]+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
  const hue = [...id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 6;
  return (
    <span class={`avatar hue-${hue}`} aria-hidden="true">
      {initials}
    </span>
  );
}

/** The guided task the client chose, at the top of every view until it is done. */
export function TaskCard({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const local = useLocal();
  const task = practice.data.tasks.find((candidate) => candidate.id === practice.state.currentTask);
  if (!task) return null;
  const done = practice.state.tasksDone[task.id] !== undefined || taskDone(practice.state, task);
  return (
    <section class={`task-card ${done ? 'done' : ''}`} aria-labelledby="task-title">
      <p class="task-label">{t('practice.task.label')}</p>
      <h2 id="task-title">{local(task.title)}</h2>
      {done ? (
        <p class="task-status">
          <span aria-hidden="true">✓</span> {t('practice.task.done')}
        </p>
      ) : (
        <details>
          <summary>{t('practice.task.hint')}</summary>
          <p>{local(task.hint)}</p>
        </details>
      )}
      <button type="button" class="button link" onClick={() => practice.set((s) => ({ ...s, currentTask: undefined }))}>
        {t('practice.task.stop')}
      </button>
    </section>
  );
}

/** "What happened?": the explanation of the last action, and any task the app saw done. */
export function FeedbackPanel({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const local = useLocal();
  const { feedback } = practice;
  return (
    <div class={`practice-feedback ${feedback ? 'open' : ''}`} role="status">
      {feedback && (
        <>
          {feedback.done.map((task) => (
            <p key={task.id} class="task-done">
              <span aria-hidden="true">✓</span> {t('practice.task.gelukt', { title: local(task.title) })}
            </p>
          ))}
          {feedback.explain && (
            <p>
              <strong>{t('practice.whatHappened')}</strong> {local(practice.data.explanations[feedback.explain])}
            </p>
          )}
          {feedback.howItWorks && (
            <p>
              <strong>{t('practice.howItWorks')}</strong> {local(practice.data.howItWorks[feedback.howItWorks])}
            </p>
          )}
          <button type="button" class="button secondary" onClick={practice.closeFeedback}>
            {t('practice.ok')}
          </button>
        </>
      )}
    </div>
  );
}

/** "Why do I see this?": a short explanation that opens in place. */
export function WhyThis({ text, label }: { text: Localized; label: string }) {
  const local = useLocal();
  return (
    <details class="why-this">
      <summary>{label}</summary>
      <p>{local(text)}</p>
    </details>
  );
}

/** After something disappears (a blocked person, a deleted message), keyboard focus goes back to the heading. */
export function focusHeading(): void {
  document.querySelector<HTMLElement>('.practice h1')?.focus({ preventScroll: true });
}
