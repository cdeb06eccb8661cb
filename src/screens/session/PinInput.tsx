import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';

/** A PIN field: digits only, at least 4, never remembered by the browser. */
export function PinInput({ id, label, value, onInput }: { id: string; label: string; value: string; onInput: (pin: string) => void }) {
  const t = useT();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autocomplete="off"
        pattern="[0-9]*"
        maxLength={12}
        value={value}
        aria-describedby={`${id}-hint`}
        onInput={(e) => onInput(e.currentTarget.value.replace(/\D/g, ''))}
      />
      <p class="hint" id={`${id}-hint`}>
        {t('pin.hint')}
      </p>
    </div>
  );
}

export const isValidPin = (pin: string) => /^\d{4,12}$/.test(pin);

/** State of "choose a PIN, and type it again". */
export function useNewPin() {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  return {
    pin,
    again,
    setPin,
    setAgain,
    reset: () => (setPin(''), setAgain('')),
    /** The message key of what is wrong, or null when the PIN can be used. */
    problem: (): 'pin.tooShort' | 'pin.notSame' | null => (!isValidPin(pin) ? 'pin.tooShort' : pin !== again ? 'pin.notSame' : null),
  };
}

export function NewPinFields({ id, label, state }: { id: string; label: string; state: ReturnType<typeof useNewPin> }) {
  const t = useT();
  return (
    <>
      <PinInput id={id} label={label} value={state.pin} onInput={state.setPin} />
      <PinInput id={`${id}-again`} label={t('pin.again')} value={state.again} onInput={state.setAgain} />
    </>
  );
}
