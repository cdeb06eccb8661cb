import { useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { MAX_MODULE_FILE_BYTES, describeProblem, installModuleFile } from '../../content/module-files.ts';
import { titleOf } from '../../content/workbook.ts';

/** "Module openen": adds a module file to this device, or says in one message why not. */
export function OpenModuleFile({ onOpened }: { onOpened: (message: string) => void }) {
  const { language, t } = useApp();
  const [message, setMessage] = useState('');

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setMessage('');
    // Checked before reading, so an enormous file is never loaded into memory.
    if (file.size > MAX_MODULE_FILE_BYTES) return setMessage(t('editor.tooLarge'));
    const result = await installModuleFile(await file.text(), { fileName: file.name });
    if (!result.ok) {
      const { message: what, fix } = describeProblem(result.problem, language);
      return setMessage(t('editor.problemIn', { message: capitalise(what), fix }));
    }
    onOpened(t('editor.opened', { title: titleOf(result.meta, language) }));
  };

  return (
    <section aria-labelledby="open-module-title">
      <h2 id="open-module-title">{t('editor.openTitle')}</h2>
      <p>{t('editor.openText')}</p>
      <div class="field">
        <label for="module-file">{t('editor.chooseFile')}</label>
        <input id="module-file" type="file" accept=".txt,text/plain" onChange={(e) => void choose(e.currentTarget)} />
      </div>
      <p role="alert" class="form-message">
        {message}
      </p>
    </section>
  );
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
