import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../../app/context.ts';
import { findModule, titleOf } from '../../content/workbook.ts';
import { useLocal } from './parts.tsx';
import type { Practice } from './use-practice.ts';

/** The guided tasks ("Lukt het je om …?"), each checked by the app, and "Opnieuw beginnen". */
export function Tasks({ practice }: { practice: Practice }) {
  const { language, t } = useApp();
  const local = useLocal();
  const { route } = useLocation();
  const { data, state } = practice;
  const start = (id: string) => {
    practice.set((s) => ({ ...s, currentTask: id }));
    route('/oefenen');
  };
  return (
    <>
      <p class="lead">{t('practice.tasks.intro')}</p>
      <ul class="plain task-list">
        {data.tasks.map((task) => {
          const done = state.tasksDone[task.id] !== undefined;
          const module = findModule(task.module);
          return (
            <li key={task.id} class={`task-item ${done ? 'done' : ''}`}>
              <p class="task-status">
                <span aria-hidden="true">{done ? '●' : '○'}</span> {t(done ? 'practice.tasks.done' : 'practice.tasks.open')}
              </p>
              <h2>{local(task.title)}</h2>
              {module && <p class="hint">{t('practice.tasks.module', { title: titleOf(module, language) })}</p>}
              <button type="button" class="button secondary" onClick={() => start(task.id)}>
                {t(done ? 'practice.tasks.again' : 'practice.tasks.start')}
              </button>
            </li>
          );
        })}
      </ul>
      <StartOver practice={practice} />
    </>
  );
}

function StartOver({ practice }: { practice: Practice }) {
  const { t } = useApp();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <section class="practice-box" aria-labelledby="start-over-title">
      <h2 id="start-over-title">{t('practice.reset.title')}</h2>
      <p>{t('practice.reset.text')}</p>
      {asking ? (
        <div class="form-actions">
          <button type="button" class="button primary" onClick={() => void practice.reset().then(() => (setAsking(false), setDone(true)))}>
            {t('practice.reset.confirm')}
          </button>
          <button type="button" class="button secondary" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="button secondary" onClick={() => (setAsking(true), setDone(false))}>
          {t('practice.reset.button')}
        </button>
      )}
      <p role="status" class="hint">
        {done ? t('practice.reset.done') : ''}
      </p>
    </section>
  );
}
