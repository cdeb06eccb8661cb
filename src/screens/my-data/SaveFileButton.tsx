import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';

/** "Save as a file" right where a storage problem is shown; the file code loads only when tapped. */
export function SaveFileButton() {
  const t = useT();
  const [message, setMessage] = useState('');
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
