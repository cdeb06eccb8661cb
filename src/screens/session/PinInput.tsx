import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';

/**
 * A PIN field: digits only, at least 4, never remembered by the browser.
 * Not type="password": browsers offer to save every password field in their password manager
 * (with the profile name as user name, kept after the end-of-course wipe), and they ignore
 * autocomplete="off" there. A text field masked with -webkit-text-security (Chromium, Safari,
 * Firefox) is never offered; autocomplete="off" keeps it out of form history and session restore.
 */
export function PinInput({
  id,
  label,
  value,
  onInput,
  hint = 'pin.hint',
}: {
  id: string;
  label: string;
  value: string;
  onInput: (pin: string) => void;
  hint?: 'pin.hint' | 'tabletSafety.longerPin';
}) {
  const t = useT();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        class="pin-field"
        inputMode="numeric"
        autocomplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellcheck={false}
        pattern="[0-9]*"
        maxLength={12}
        value={value}
        aria-describedby={`${id}-hint`}
        onInput={(e) => onInput(e.currentTarget.value.replace(/\D/g, ''))}
      />
      <p class="hint" id={`${id}-hint`}>
        {t(hint)}
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
      <PinInput id={id} label={label} value={state.pin} onInput={state.setPin} hint="tabletSafety.longerPin" />
      <PinInput id={`${id}-again`} label={t('pin.again')} value={state.again} onInput={state.setAgain} />
    </>
  );
}
