import { useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { createProfile } from '../../storage/index.ts';
import { PROFILE_COLORS, type ProfileColor } from './colors.ts';
import { NewPinFields, useNewPin } from './PinInput.tsx';
import { ProfileBadge } from './ProfileBadge.tsx';

export function NewProfileForm({ onCancel, takenNames }: { onCancel: () => void; takenNames: string[] }) {
  const t = useT();
  const [name, setName] = useState('');
  const [color, setColor] = useState<ProfileColor>('blue');
  const newPin = useNewPin();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setMessage(t('profiles.needName'));
    if (takenNames.some((taken) => taken.toLowerCase() === name.trim().toLowerCase())) return setMessage(t('profiles.nameTaken'));
    const problem = newPin.problem();
    if (problem) return setMessage(t(problem));
    setBusy(true);
    await createProfile(name, color, newPin.pin);
  };

  return (
    <form class="new-profile" onSubmit={(e) => void submit(e)}>
      <h2>{t('profiles.newTitle')}</h2>
      <div class="field">
        <label for="profile-name">{t('profiles.name')}</label>
        <input
          id="profile-name"
          type="text"
          autocomplete="off"
          maxLength={30}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <fieldset class="color-choice">
        <legend>{t('profiles.color')}</legend>
        {PROFILE_COLORS.map((option) => (
          <div class="option" key={option}>
            <input type="radio" name="profile-color" id={`color-${option}`} checked={color === option} onChange={() => setColor(option)} />
            <label for={`color-${option}`}>
              <ProfileBadge name={name || '?'} color={option} /> {t(`colors.${option}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <NewPinFields id="new-pin" label={t('pin.choose')} state={newPin} />
      <p class="note">{t('profiles.pinWarning')}</p>
      <p role="alert" class="form-message">
        {message}
      </p>
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? t('profiles.making') : t('profiles.make')}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t('common.back')}
        </button>
      </div>
    </form>
  );
}
