import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { PinInput } from './PinInput.tsx';

interface Props {
  /** Checks the PIN; resolves with how long to wait when it was wrong. */
  unlock: (pin: string) => Promise<{ ok: boolean; waitMs: number }>;
  title: string;
  onCancel?: () => void;
}

/** Words for a wait, never raw seconds: "over een halve minuut", "over 2 minuten". */
export function waitText(t: ReturnType<typeof useT>, ms: number): string {
  return ms <= 30_000 ? t('tabletSafety.waitHalfMinute') : t('tabletSafety.wait', { count: Math.ceil(ms / 60_000) });
}

/** Asks for a PIN. After a few wrong tries it says how long to wait (on the monotonic clock, like the check). */
export function UnlockForm({ unlock, title, onCancel }: Props) {
  const t = useT();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => performance.now());

  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = setTimeout(() => setNow(performance.now()), 1000);
    return () => clearTimeout(timer);
  }, [waitUntil, now]);
  const msLeft = waitUntil - now;
  // When the wait is over its message goes too: the field can be used again.
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (waiting && msLeft <= 0) {
      setWaiting(false);
      setMessage('');
    }
  }, [waiting, msLeft]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await unlock(pin);
    setBusy(false);
    if (result.ok) return;
    setPin('');
    setNow(performance.now());
    setWaitUntil(performance.now() + result.waitMs);
    setWaiting(result.waitMs > 0);
    setMessage(result.waitMs > 0 ? waitText(t, result.waitMs) : t('pin.wrong'));
  };

  return (
    <form class="unlock" onSubmit={(e) => void submit(e)}>
      <h2>{title}</h2>
      <PinInput id="unlock-pin" label={t('pin.label')} value={pin} onInput={setPin} />
      {/* The message is told once; the wait shown below is updated on screen only, not as an alert. */}
      <p role="alert" class={waiting ? 'visually-hidden' : 'form-message'}>
        {message}
      </p>
      {msLeft > 0 && (
        <p class="form-message" aria-hidden="true">
          {waitText(t, msLeft)}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy || pin.length < 4 || msLeft > 0}>
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
