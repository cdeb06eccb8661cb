import { useApp } from '../../app/context.ts';
import type { Language } from '../../content/types.ts';
import { loadSetting, saveSetting, type TextSize } from '../../storage/index.ts';
import { useStored } from '../../ui/use-stored.ts';
import { USES } from '../home/RouteCard.tsx';
import { useSession } from '../../app/session.ts';
import { TrainerSettings } from '../trainer/trainer-settings-on-first-use.ts';
import { KeepingOnDevice } from './KeepingOnDevice.tsx';
import { applyTextSize, TEXT_SIZES, currentTextSize } from '../../ui/text-size.ts';
import { useEffect, useState } from 'preact/hooks';
import { useScreen } from '../../ui/screen.ts';

export function SettingsScreen() {
  const { language, setLanguage, t } = useApp();
  useScreen(t('settings.title'));
  const [size, setSize] = useState<TextSize>(currentTextSize);
  const session = useSession();
  const mode = session.storage;
  const [showTrainer, setShowTrainer] = useState(false);
  const use = useStored('settings', () => loadSetting('socialMediaUse'));
  // The print layout is not precached: opening Settings (where it is chosen) fetches it ahead.
  useEffect(() => void fetchPrintAhead(), []);

  const chooseSize = (next: TextSize) => {
    setSize(next);
    applyTextSize(next);
    void saveSetting('textSize', next);
  };

  return (
    <main id="main" class="page settings">
      <h1>{t('settings.title')}</h1>

      <fieldset class="choice-group">
        <legend>{t('settings.language')}</legend>
        {(['nl', 'en'] as Language[]).map((lang) => (
          <div class="option" key={lang}>
            <input type="radio" name="language" id={`lang-${lang}`} checked={language === lang} onChange={() => setLanguage(lang)} />
            <label for={`lang-${lang}`} lang={lang}>
              {lang === 'nl' ? 'Nederlands' : 'English'}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset class="choice-group">
        <legend>{t('settings.textSize')}</legend>
        {TEXT_SIZES.map((option) => (
          <div class="option" key={option}>
            <input type="radio" name="text-size" id={`size-${option}`} checked={size === option} onChange={() => chooseSize(option)} />
            <label for={`size-${option}`} class={`size-sample size-${option}`}>
              {t(`settings.size.${option}`)}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset class="choice-group" id="route">
        <legend>{t('route.question')}</legend>
        {USES.map((answer) => (
          <div class="option" key={answer}>
            <input
              type="radio"
              name="social-media-use"
              id={`use-${answer}`}
              checked={use === answer}
              onChange={() => void saveSetting('socialMediaUse', answer)}
            />
            <label for={`use-${answer}`}>{t(`route.${answer}`)}</label>
          </div>
        ))}
      </fieldset>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('settings.privacyTitle')}</h2>
        <p>{t('settings.privacy')}</p>
        {mode && (
          <p class={mode === 'memory' ? 'notice warning' : 'hint'}>{t(mode === 'memory' ? 'storage.memory' : 'settings.onDevice')}</p>
        )}
      </section>

      {mode === 'device' && <KeepingOnDevice />}

      <ul class="settings-links">
        <li>
          <a href="/my-data">{t('settings.myData')}</a>
        </li>
        <li>
          <a href="/print">{t('nav.print')}</a>
        </li>
        <li>
          <a href="/trainer">{t('trainer.link')}</a>
        </li>
        {session.mode === 'own' && (
          <li>
            <a href="/editor">{t('moduleEditor.link')}</a>
          </li>
        )}
      </ul>
      {session.storage === 'device' &&
        (showTrainer ? (
          <TrainerSettings session={session} onClose={() => setShowTrainer(false)} />
        ) : (
          <button type="button" class="button secondary" onClick={() => setShowTrainer(true)}>
            {t('trainerSettings.link')}
          </button>
        ))}
    </main>
  );
}

/** Loads the print layout into the cache; offline it is tried again the next time. */
async function fetchPrintAhead(): Promise<void> {
  try {
    await import('../print/PrintScreen.tsx');
  } catch {
    // Offline now: fetched when Settings or print is opened online.
  }
}
