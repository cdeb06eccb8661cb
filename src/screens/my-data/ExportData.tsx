import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { useSession } from '../../app/session.ts';
import { buildFile, download } from './export-file.ts';
import { isValidPassword, PasswordFields } from './PasswordFields.tsx';

export function ExportData() {
  const t = useT();
  // On a class tablet the file stays in Downloads for the next person: it always gets a password.
  const classTablet = useSession().mode === 'class';
  const [chosen, setProtect] = useState(false);
  const protect = classTablet || chosen;
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState('');
  const canShare =
    typeof navigator.canShare === 'function' && navigator.canShare({ files: [new File(['x'], 'x.json', { type: 'application/json' })] });

  const save = async (share: boolean) => {
    if (protect && !isValidPassword(password)) return setMessage(t('myData.passwordTooShort'));
    if (protect && password !== again) return setMessage(t('myData.passwordNotSame'));
    setMessage(t('myData.making'));
    let file: File;
    try {
      file = await buildFile(protect ? password : null);
    } catch (error) {
      console.warn('Making the backup file failed', error);
      return setMessage(t('safety.fileFailed'));
    }
    if (share) {
      try {
        await navigator.share({ files: [file], title: t('myData.shareTitle') });
        setMessage(t('myData.shared'));
      } catch {
        setMessage('');
      }
      return;
    }
    download(file);
    setMessage(t('myData.saved', { name: file.name }));
  };

  return (
    <section aria-labelledby="export-title" class="data-section">
      <h2 id="export-title">{t('myData.exportTitle')}</h2>
      <p>{t('myData.exportText')}</p>
      {classTablet ? (
        <p>{t('tabletSafety.classExport')}</p>
      ) : (
        <div class="option">
          <input
            autocomplete="off"
            type="checkbox"
            id="export-protect"
            checked={protect}
            onChange={(e) => setProtect(e.currentTarget.checked)}
          />
          <label for="export-protect">{t('myData.protect')}</label>
        </div>
      )}
      {protect && <PasswordFields password={password} again={again} onPassword={setPassword} onAgain={setAgain} />}
      <p class="hint">{protect ? t('myData.protectHint') : t('myData.unprotectedHint')}</p>
      {classTablet && <p class="note">{t('tabletSafety.deleteAfter')}</p>}
      <div class="form-actions">
        <button type="button" class="button primary" onClick={() => void save(false)}>
          {t('myData.export')}
        </button>
        {canShare && (
          <button type="button" class="button secondary" onClick={() => void save(true)}>
            {t('myData.share')}
          </button>
        )}
      </div>
      <p role="status" class="status-message">
        {message}
      </p>
    </section>
  );
}
