import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { deleteMyData } from '../../storage/index.ts';

export function DeleteMyData() {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="delete-title" class="data-section">
      <h2 id="delete-title">{t('myData.deleteTitle')}</h2>
      {!confirming && (
        <button type="button" class="button danger" onClick={() => setConfirming(true)}>
          {t('myData.delete')}
        </button>
      )}
      {confirming && (
        <div class="confirm">
          <p role="alert">
            <strong>{t('myData.deleteSure')}</strong>
          </p>
          <div class="form-actions">
            <button
              type="button"
              class="button danger"
              onClick={() => void deleteMyData().then(() => (setConfirming(false), setDone(true)))}
            >
              {t('myData.deleteYes')}
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {done && (
        <p role="status" class="notice">
          {t('myData.deleted')}
        </p>
      )}
    </section>
  );
}
