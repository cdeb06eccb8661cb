import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { findModule, titleOf } from '../../content/workbook.ts';
import {
  applyImport,
  FILE_START_BYTES,
  looksLikeOurFile,
  MAX_IMPORT_BYTES,
  planImport,
  readBackupFile,
  type MergePlan,
} from '../../storage/index.ts';
import { PasswordFields } from './PasswordFields.tsx';

type Step =
  { name: 'choose' } | { name: 'password'; text: string } | { name: 'preview'; plan: MergePlan } | { name: 'done'; count: number };

/** Opens a saved file: first shows what it holds and what would change, then merges on request. */
export function ImportData() {
  const { language, t } = useApp();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState('');

  const read = async (text: string, withPassword: string | null) => {
    const result = await readBackupFile(text, withPassword);
    if (result.ok) {
      setMessage('');
      return setStep({ name: 'preview', plan: await planImport(result.data) });
    }
    if (result.problem === 'needsPassword') {
      setMessage('');
      return setStep({ name: 'password', text });
    }
    setMessage(t(`myData.problem.${result.problem}`));
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStep({ name: 'choose' });
    // Checked before reading, so an enormous file, or a large file of another kind, is never loaded into memory.
    if (file.size > MAX_IMPORT_BYTES) return setMessage(t('myData.problem.tooLarge'));
    const start = await file.slice(0, FILE_START_BYTES).text();
    if (start.trim() !== '' && !looksLikeOurFile(start)) return setMessage(t('myData.problem.notOurs'));
    await read(await file.text(), null);
  };

  const title = (moduleId: string) => {
    const module = findModule(moduleId);
    return module ? titleOf(module, language) : moduleId;
  };

  return (
    <section aria-labelledby="import-title" class="data-section">
      <h2 id="import-title">{t('myData.importTitle')}</h2>
      <p>{t('myData.importText')}</p>
      <div class="field">
        <label for="import-file">{t('myData.chooseFile')}</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget)} />
      </div>
      <p role="alert" class="form-message">
        {message}
      </p>

      {step.name === 'password' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void read(step.text, password);
          }}
        >
          <p>{t('myData.needsPassword')}</p>
          <PasswordFields password={password} onPassword={setPassword} />
          <button type="submit" class="button primary">
            {t('myData.openFile')}
          </button>
        </form>
      )}

      {step.name === 'preview' && (
        <div class="import-preview">
          <h3>{t('myData.previewTitle')}</h3>
          <ul>
            <li>{t('myData.added', { count: step.plan.added.length })}</li>
            <li>{t('myData.replaced', { count: step.plan.replaced.length })}</li>
            <li>{t('myData.keptHere', { count: step.plan.keptHere.length })}</li>
            <li>{t('myData.unchanged', { count: step.plan.unchanged })}</li>
            {step.plan.top3Left.length > 0 && <li>{t('myData.top3Left', { count: step.plan.top3Left.length })}</li>}
          </ul>
          {(step.plan.replaced.length > 0 || step.plan.keptHere.length > 0) && (
            <>
              <h4>{t('myData.conflicts')}</h4>
              <ul class="conflicts">
                {step.plan.replaced.map(({ file }) => (
                  <li key={`r-${file.moduleId}/${file.exerciseId}`}>
                    {title(file.moduleId)}: “{file.prompt}” — {t('myData.fileWins')}
                  </li>
                ))}
                {step.plan.keptHere.map(({ here }) => (
                  <li key={`k-${here.moduleId}/${here.exerciseId}`}>
                    {title(here.moduleId)}: “{here.prompt}” — {t('myData.hereWins')}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div class="form-actions">
            <button
              type="button"
              class="button primary"
              onClick={() =>
                void applyImport(step.plan).then((stored) =>
                  stored
                    ? setStep({ name: 'done', count: step.plan.added.length + step.plan.replaced.length })
                    : setMessage(t('safety.importWaiting')),
                )
              }
            >
              {t('myData.merge')}
            </button>
            <button type="button" class="button secondary" onClick={() => setStep({ name: 'choose' })}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {step.name === 'done' && (
        <p role="status" class="notice">
          {t('myData.mergedDone', { count: step.count })}
        </p>
      )}
    </section>
  );
}
