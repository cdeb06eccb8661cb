import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app/context.ts';
import { readDeviceNote } from '../../storage/index.ts';

type Persisted = 'yes' | 'no' | 'refused' | 'unknown';

/** Whether the browser keeps our data for good, and when the answers were last saved as a file. */
export function KeepingOnDevice() {
  const { language, t } = useApp();
  const [persisted, setPersisted] = useState<Persisted>('unknown');
  useEffect(() => {
    void (navigator.storage?.persisted?.() ?? Promise.resolve(false)).then(
      (yes) => setPersisted(yes ? 'yes' : 'no'),
      () => setPersisted('no'),
    );
  }, []);
  const ask = async () => {
    const granted = await navigator.storage?.persist?.().catch(() => false);
    setPersisted(granted ? 'yes' : 'refused');
  };
  const { lastBackupAt } = readDeviceNote();
  const canAsk = persisted === 'no' && typeof navigator.storage?.persist === 'function';
  return (
    <section aria-labelledby="keeping-title">
      <h2 id="keeping-title">{t('safety.persistTitle')}</h2>
      {persisted === 'yes' && <p>{t('safety.persisted')}</p>}
      {persisted === 'no' && <p>{t('safety.notPersisted')}</p>}
      {persisted === 'refused' && <p>{t('safety.persistRefused')}</p>}
      <p class="hint">
        {lastBackupAt
          ? t('safety.lastBackup', { date: new Date(lastBackupAt).toLocaleDateString(language, { dateStyle: 'long' }) })
          : t('safety.neverBackup')}
      </p>
      {canAsk && (
        <div class="form-actions">
          <button type="button" class="button secondary" onClick={() => void ask()}>
            {t('safety.persistAsk')}
          </button>
        </div>
      )}
    </section>
  );
}
