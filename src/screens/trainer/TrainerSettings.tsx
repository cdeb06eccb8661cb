import { useCallback, useEffect, useState } from 'preact/hooks';
import { useIdleLock } from '../../app/idle-lock.ts';
import { useApp } from '../../app/context.ts';
import { openTrainerPrint } from '../../app/trainer-print.ts';
import { modules, titleOf } from '../../content/workbook.ts';
import {
  DEFAULT_CLASS_LOCK_MINUTES,
  checkTrainerPin,
  chooseMode,
  clearProfileWait,
  hasTrainerPin,
  removeAllProfiles,
  removeProfile,
  saveDeviceSetting,
  setTrainerPin,
  type SessionState,
} from '../../storage/index.ts';
import { useLoaded } from '../../ui/use-stored.ts';
import { NewPinFields, useNewPin } from '../session/PinInput.tsx';
import { ProfileBadge } from '../session/ProfileBadge.tsx';
import { CourseForm } from './CourseForm.tsx';
import { PackagePanel } from './package/PackagePanel.tsx';
import { NewModules } from './NewModules.tsx';
import { SessionPicker } from './SessionPicker.tsx';
import { UnlockForm } from '../session/UnlockForm.tsx';
import { setTrainerUnlocked } from './trainer-access.ts';

export const LOCK_MINUTE_CHOICES = [1, 2, 5, 10, 15, 30, 0];

/** Trainer settings, behind the trainer PIN. The trainer never sees participants' answers. */
export function TrainerSettings({ session, onClose }: { session: SessionState; onClose: () => void }) {
  const { t } = useApp();
  const [open, setOpen] = useState(false);
  // Left open and alone, the trainer settings close like a profile locks.
  const closeWhenIdle = useCallback(() => {
    setOpen(false);
    setTrainerUnlocked(false);
    onClose();
  }, [onClose]);
  useIdleLock(open ? session.settings.lockMinutes || DEFAULT_CLASS_LOCK_MINUTES : 0, closeWhenIdle);
  const [changed, setChanged] = useState(0);
  const pinExists = useLoaded(hasTrainerPin, [changed]);
  if (pinExists === undefined) return null;
  // Right after choosing the PIN the trainer is in: asking for it again would be a third time.
  if (!pinExists)
    return (
      <NewTrainerPin
        onDone={() => {
          setOpen(true);
          setTrainerUnlocked(true);
          setChanged(changed + 1);
        }}
        onCancel={onClose}
      />
    );
  if (!open) {
    return (
      <UnlockForm
        title={t('trainerSettings.unlock')}
        unlock={async (pin) => {
          const result = await checkTrainerPin(pin);
          if (result.ok) {
            setOpen(true);
            setTrainerUnlocked(true);
          }
          return result;
        }}
        onCancel={onClose}
      />
    );
  }
  return (
    <TrainerPanel
      session={session}
      onClose={() => {
        setTrainerUnlocked(false);
        onClose();
      }}
    />
  );
}

function NewTrainerPin({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useApp();
  const newPin = useNewPin();
  const [message, setMessage] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = newPin.problem();
    if (problem) return setMessage(t(problem));
    await setTrainerPin(newPin.pin);
    onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h2>{t('trainerSettings.newPinTitle')}</h2>
      <p>{t('trainerSettings.newPinIntro')}</p>
      <NewPinFields id="trainer-pin" label={t('pin.choose')} state={newPin} />
      <p role="alert" class="form-message">
        {message}
      </p>
      <div class="form-actions">
        <button type="submit" class="button primary">
          {t('trainerSettings.savePin')}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t('common.back')}
        </button>
      </div>
    </form>
  );
}

/**
 * The trainer's tools are not precached (a participant's phone never needs them): opening them
 * once here, while the trainer is online, puts them in the cache for use offline later.
 */
function useTrainerToolsOffline(): void {
  useEffect(() => {
    void Promise.all([import('../editor/EditorScreen.tsx'), import('./package/QrCode.tsx'), import('./package/QrScanner.tsx')]).catch(
      () => undefined, // Offline now: they load (and are cached) the first time they are opened online.
    );
  }, []);
}

function TrainerPanel({ session, onClose }: { session: SessionState; onClose: () => void }) {
  const { language, t } = useApp();
  useTrainerToolsOffline();
  const { settings } = session;
  const [confirming, setConfirming] = useState<string | null>(null);
  const [wiped, setWiped] = useState(false);
  const plan = settings.coursePlan ?? modules.filter((m) => m.kind === 'workbook').map((m) => m.id);
  const workbook = modules.filter((m) => m.kind === 'workbook');
  const ordered = [...plan.flatMap((id) => workbook.filter((m) => m.id === id)), ...workbook.filter((m) => !plan.includes(m.id))];
  const savePlan = (next: string[]) => void saveDeviceSetting('coursePlan', next);
  const move = (id: string, by: number) => {
    const ids = ordered.map((m) => m.id);
    const from = ids.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    savePlan(ids.filter((m) => plan.includes(m)));
  };

  return (
    <section class="trainer-settings" aria-labelledby="trainer-settings-title">
      <h2 id="trainer-settings-title">{t('trainerSettings.title')}</h2>
      <p class="hint">{t('trainerSettings.noAnswers')}</p>
      <NewModules workbook={workbook} settings={settings} />

      <fieldset class="choice-group">
        <legend>{t('trainerSettings.mode')}</legend>
        {(['own', 'class'] as const).map((mode) => (
          <div class="option" key={mode}>
            <input
              autocomplete="off"
              type="radio"
              name="device-mode"
              id={`mode-${mode}`}
              checked={session.mode === mode}
              // Leaving class mode opens the workbook without a PIN for anyone: ask first.
              onChange={() => (mode === 'own' ? setConfirming('own') : void chooseMode(mode))}
            />
            <label for={`mode-${mode}`}>{t(mode === 'own' ? 'firstRun.own' : 'firstRun.class')}</label>
          </div>
        ))}
      </fieldset>
      {confirming === 'own' && (
        <div class="confirm">
          <p role="alert">
            <strong>{t('trainerSettings.ownSure')}</strong>
          </p>
          <button type="button" class="button danger" onClick={() => void chooseMode('own').then(() => setConfirming(null))}>
            {t('trainerSettings.ownYes')}
          </button>
          <button type="button" class="button secondary" onClick={() => setConfirming(null)}>
            {t('common.cancel')}
          </button>
        </div>
      )}

      <div class="field">
        <label for="lock-minutes">{t('trainerSettings.lockAfter')}</label>
        <select
          autocomplete="off"
          id="lock-minutes"
          value={String(settings.lockMinutes)}
          onChange={(e) => void saveDeviceSetting('lockMinutes', Number(e.currentTarget.value))}
        >
          {LOCK_MINUTE_CHOICES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {minutes === 0 ? t('trainerSettings.never') : t('trainerSettings.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>

      <CourseForm course={settings.course} />

      <fieldset class="course-plan">
        <legend>{t('trainerSettings.plan')}</legend>
        <p class="hint">{t('trainerSettings.planHint')}</p>
        <ol class="plain">
          {ordered.map((module, index) => (
            <li key={module.id} class="plan-row">
              <div class="option">
                <input
                  autocomplete="off"
                  type="checkbox"
                  id={`plan-${module.id}`}
                  checked={plan.includes(module.id)}
                  onChange={(e) =>
                    savePlan(
                      e.currentTarget.checked
                        ? ordered.map((m) => m.id).filter((id) => id === module.id || plan.includes(id))
                        : plan.filter((id) => id !== module.id),
                    )
                  }
                />
                <label for={`plan-${module.id}`}>{titleOf(module, language)}</label>
              </div>
              {plan.includes(module.id) && <SessionPicker course={settings.course} moduleId={module.id} plan={ordered.map((m) => m.id)} />}
              <button
                type="button"
                class="button icon"
                disabled={index === 0}
                aria-label={t('top3.up', { text: titleOf(module, language) })}
                onClick={() => move(module.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                class="button icon"
                disabled={index === ordered.length - 1}
                aria-label={t('top3.down', { text: titleOf(module, language) })}
                onClick={() => move(module.id, 1)}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      </fieldset>

      <PackagePanel settings={settings} />

      <section aria-labelledby="trainer-print-title">
        <h3 id="trainer-print-title">{t('course.print.title')}</h3>
        <p>{t('course.print.text')}</p>
        <a class="button secondary" href="/print" onClick={openTrainerPrint}>
          {t('course.print.open')}
        </a>
      </section>

      <p>
        <a href="/editor" class="button secondary">
          {t('moduleEditor.link')}
        </a>
      </p>

      <h3>{t('trainerSettings.profiles')}</h3>
      {session.profiles.length === 0 && <p class="hint">{t('signIn.noProfiles')}</p>}
      <ul class="plain profile-admin">
        {session.profiles.map((profile) => (
          <li key={profile.id} class="profile-admin-row">
            <span class="profile-name">
              <ProfileBadge name={profile.name} color={profile.color} /> {profile.name}
              {profile.waiting && <span class="hint"> {t('tabletSafety.waiting')}</span>}
            </span>
            {profile.waiting && (
              <button type="button" class="button secondary" onClick={() => void clearProfileWait(profile.id)}>
                {t('tabletSafety.clearWait')}
                <span class="visually-hidden"> {profile.name}</span>
              </button>
            )}
            {confirming === profile.id ? (
              <span class="confirm">
                <span>{t('trainerSettings.removeSure', { name: profile.name })}</span>
                <button type="button" class="button danger" onClick={() => void removeProfile(profile.id).then(() => setConfirming(null))}>
                  {t('trainerSettings.removeYes')}
                </button>
                <button type="button" class="button secondary" onClick={() => setConfirming(null)}>
                  {t('common.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" class="button secondary" onClick={() => setConfirming(profile.id)}>
                {t('trainerSettings.remove')}
                <span class="visually-hidden"> {profile.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>

      <div class="end-of-course">
        <h3>{t('trainerSettings.endTitle')}</h3>
        <p>{t('trainerSettings.endText')}</p>
        {confirming === 'all' ? (
          <div class="confirm">
            <p role="alert">
              <strong>{t('trainerSettings.endSure', { count: session.profiles.length })}</strong>
            </p>
            <button
              type="button"
              class="button danger"
              onClick={() =>
                void removeAllProfiles().then(() => {
                  setConfirming(null);
                  setWiped(true);
                })
              }
            >
              {t('trainerSettings.endYes')}
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="button danger" disabled={session.profiles.length === 0} onClick={() => setConfirming('all')}>
            {t('trainerSettings.end')}
          </button>
        )}
        {wiped && <AfterWipeChecklist />}
      </div>

      <button type="button" class="button secondary" onClick={onClose}>
        {t('trainerSettings.close')}
      </button>
    </section>
  );
}

/** What the app cannot wipe itself: the trainer checks it by hand at the end of the course. */
function AfterWipeChecklist() {
  const { t } = useApp();
  return (
    <div class="after-wipe" role="status">
      <p>
        <strong>{t('tabletSafety.afterWipeTitle')}</strong>
      </p>
      <ul>
        <li>{t('tabletSafety.afterWipeDownloads')}</li>
        <li>{t('tabletSafety.afterWipeHistory')}</li>
        <li>{t('tabletSafety.afterWipePasswords')}</li>
      </ul>
    </div>
  );
}
