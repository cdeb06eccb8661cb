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
