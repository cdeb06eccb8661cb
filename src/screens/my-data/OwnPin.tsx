import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { setOwnPin } from '../../storage/index.ts';
import { NewPinFields, useNewPin } from '../session/PinInput.tsx';

/** Own device: an optional PIN, for when other people use the phone too. */
export function OwnPin({ hasPin }: { hasPin: boolean }) {
  const t = useT();
  const newPin = useNewPin();
  const [message, setMessage] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = newPin.problem();
    if (problem) return setMessage(t(problem));
    setMessage(t('myData.pinSaving'));
    await setOwnPin(newPin.pin);
    newPin.reset();
    setMessage(t('myData.pinSet'));
  };
  return (
    <section aria-labelledby="pin-title" class="data-section">
      <h2 id="pin-title">{t('myData.pinTitle')}</h2>
      <p>{hasPin ? t('myData.pinOn') : t('myData.pinText')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <p class="note">{t('myData.pinWarning')}</p>
        <NewPinFields id="own-pin" label={hasPin ? t('pin.chooseNew') : t('pin.choose')} state={newPin} />
        <div class="form-actions">
          <button type="submit" class="button primary">
            {hasPin ? t('myData.pinChange') : t('myData.pinSetButton')}
          </button>
          {hasPin && (
            <button
              type="button"
              class="button secondary"
              onClick={() => void setOwnPin(null).then(() => setMessage(t('myData.pinRemoved')))}
            >
              {t('myData.pinRemove')}
            </button>
          )}
        </div>
      </form>
      <p role="status" class="status-message">
        {message}
      </p>
    </section>
  );
}
