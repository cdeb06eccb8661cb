import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { useSession } from '../../app/session.ts';

/** "Save as a file" right where a storage problem is shown; the file code loads only when tapped. */
export function SaveFileButton() {
  const t = useT();
  const [message, setMessage] = useState('');
  // On a class tablet a file always gets a password (the next person could open it): that form.
  if (useSession().mode === 'class')
    return (
      <a class="button primary" href="/my-data">
        {t('safety.saveFile')}
      </a>
    );
  const save = async () => {
    try {
      const { saveFileNow } = await import('./export-file.ts');
      setMessage(t('safety.fileSaved', { name: await saveFileNow() }));
    } catch (error) {
      console.warn('Making the backup file failed', error);
      setMessage(t('safety.fileFailed'));
    }
  };
  return (
    <>
      <button type="button" class="button primary" onClick={() => void save()}>
        {t('safety.saveFile')}
      </button>
      {message && <span class="save-file-message"> {message}</span>}
    </>
  );
}
