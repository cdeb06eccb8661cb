import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/context.ts';
import { openProfile, type SessionState } from '../../storage/index.ts';
import { TrainerSettings } from '../trainer/trainer-settings-on-first-use.ts';
import { NewProfileForm } from './NewProfileForm.tsx';
import { ProfileBadge } from './ProfileBadge.tsx';
import { UnlockForm } from './UnlockForm.tsx';
import { useScreen } from '../../ui/screen.ts';
import { TextSizeButtons } from '../../ui/TextSizeButtons.tsx';

type View = { name: 'list' } | { name: 'unlock'; id: string; label: string } | { name: 'new' } | { name: 'trainer' };

/**
 * The start screen of a locked workbook. On a class tablet it shows only the profile names;
 * on an own device with a PIN it asks for the PIN.
 */
export function SignInScreen({ session }: { session: SessionState }) {
  const t = useT();
  const isClass = session.mode === 'class';
  const [view, setView] = useState<View>(isClass ? { name: 'list' } : { name: 'unlock', id: 'own', label: t('signIn.ownTitle') });
  const back = () => setView({ name: 'list' });
  const heading = view.name === 'trainer' ? t('trainerSettings.open') : isClass ? t('signIn.classTitle') : t('signIn.ownHeading');
  useScreen(view.name === 'unlock' ? view.label : undefined, heading);
  // The trainer's tablet keeps the trainer settings for offline use (they are not precached).
  useEffect(() => {
    if (isClass) TrainerSettings.preload();
  }, [isClass]);

  return (
    <main id="main" class="page sign-in">
      <TextSizeButtons />
      <h1>{heading}</h1>
      {view.name === 'list' && (
        <>
          <p class="lead">{t('signIn.classIntro')}</p>
          {session.profiles.length === 0 && <p class="hint">{t('signIn.noProfiles')}</p>}
          <ul class="plain profile-list">
            {session.profiles.map((profile) => (
              <li key={profile.id}>
                <button
                  type="button"
                  class="profile-button"
                  onClick={() => setView({ name: 'unlock', id: profile.id, label: t('signIn.unlockTitle', { name: profile.name }) })}
                >
                  <ProfileBadge name={profile.name} color={profile.color} />
                  <span>{profile.name}</span>
                </button>
              </li>
            ))}
          </ul>
          <div class="form-actions">
            <button type="button" class="button primary" onClick={() => setView({ name: 'new' })}>
              {t('profiles.new')}
            </button>
            <button type="button" class="button secondary" onClick={() => setView({ name: 'trainer' })}>
              {t('trainerSettings.open')}
            </button>
          </div>
        </>
      )}
      {view.name === 'unlock' && (
        <UnlockForm title={view.label} unlock={(pin) => openProfile(view.id, pin)} onCancel={isClass ? back : undefined} />
      )}
      {view.name === 'new' && <NewProfileForm onCancel={back} takenNames={session.profiles.map((p) => p.name)} />}
      {view.name === 'trainer' && <TrainerSettings session={session} onClose={back} />}
    </main>
  );
}
