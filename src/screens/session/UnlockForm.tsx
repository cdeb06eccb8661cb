import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { PinInput } from './PinInput.tsx';

interface Props {
  /** Checks the PIN; resolves with how long to wait when it was wrong. */
  unlock: (pin: string) => Promise<{ ok: boolean; waitMs: number }>;
  title: string;
  onCancel?: () => void;
}

/** Asks for a PIN. After a few wrong tries it says how long to wait, and counts down. */
export function UnlockForm({ unlock, title, onCancel }: Props) {
  const t = useT();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(timer);
  }, [waitUntil, now]);
  const secondsLeft = Math.ceil((waitUntil - now) / 1000);
  // When the wait is over its message goes too: the field can be used again.
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (waiting && secondsLeft <= 0) {
      setWaiting(false);
      setMessage('');
    }
  }, [waiting, secondsLeft]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await unlock(pin);
    setBusy(false);
    if (result.ok) return;
    setPin('');
    setNow(Date.now());
    setWaitUntil(Date.now() + result.waitMs);
    setWaiting(result.waitMs > 0);
    setMessage(result.waitMs > 0 ? t('a11y.pinWait', { seconds: Math.ceil(result.waitMs / 1000) }) : t('pin.wrong'));
  };

  return (
    <form class="unlock" onSubmit={(e) => void submit(e)}>
      <h2>{title}</h2>
      <PinInput id="unlock-pin" label={t('pin.label')} value={pin} onInput={setPin} />
      {/* The message is told once; the seconds count down on screen only, not as an alert every second. */}
      <p role="alert" class={waiting ? 'visually-hidden' : 'form-message'}>
        {message}
      </p>
      {secondsLeft > 0 && (
        <p class="form-message" aria-hidden="true">
          {t('pin.wait', { seconds: secondsLeft })}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy || pin.length < 4 || secondsLeft > 0}>
          {busy ? t('pin.checking') : t('pin.open')}
        </button>
        {onCancel && (
          <button type="button" class="button secondary" onClick={onCancel}>
            {t('common.back')}
          </button>
        )}
      </div>
    </form>
  );
}
