import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { setOwnPin } from '../../storage/index.ts';
import { isValidPin, PinInput } from '../session/PinInput.tsx';

/** Own device: an optional PIN, for when other people use the phone too. */
export function OwnPin({ hasPin }: { hasPin: boolean }) {
  const t = useT();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!isValidPin(pin)) return setMessage(t('pin.tooShort'));
    if (pin !== again) return setMessage(t('pin.notSame'));
    setMessage(t('myData.pinSaving'));
    await setOwnPin(pin);
    setPin('');
    setAgain('');
    setMessage(t('myData.pinSet'));
  };
  return (
    <section aria-labelledby="pin-title" class="data-section">
      <h2 id="pin-title">{t('myData.pinTitle')}</h2>
      <p>{hasPin ? t('myData.pinOn') : t('myData.pinText')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <PinInput id="own-pin" label={hasPin ? t('pin.chooseNew') : t('pin.choose')} value={pin} onInput={setPin} />
        <PinInput id="own-pin-again" label={t('pin.again')} value={again} onInput={setAgain} />
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
      <p role="status" class="form-message">
        {message}
      </p>
    </section>
  );
}
