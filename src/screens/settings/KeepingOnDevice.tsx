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
  return (
    <section aria-labelledby="keeping-title">
      <h2 id="keeping-title">{t('safety.persistTitle')}</h2>
      {persisted === 'yes' && <p>{t('safety.persisted')}</p>}
      {(persisted === 'no' || persisted === 'refused') && (
        <>
          <p>{t(persisted === 'refused' ? 'safety.persistRefused' : 'safety.notPersisted')}</p>
          {persisted === 'no' && typeof navigator.storage?.persist === 'function' && (
            <button type="button" class="button secondary" onClick={() => void ask()}>
              {t('safety.persistAsk')}
            </button>
          )}
        </>
      )}
      <p class="hint">
        {lastBackupAt
          ? t('safety.lastBackup', { date: new Date(lastBackupAt).toLocaleDateString(language, { dateStyle: 'long' }) })
          : t('safety.neverBackup')}{' '}
        <a href="/my-data">{t('settings.myData')}</a>
      </p>
    </section>
  );
}
