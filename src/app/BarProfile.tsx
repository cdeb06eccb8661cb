import { closeProfile } from '../storage/index.ts';
import { useT } from './context.ts';
import type { SessionState } from '../storage/index.ts';

/**
 * Who is signed in, and "Afmelden", in the top bar: on a class tablet a participant always sees
 * that this is his own workbook, and can leave it with one tap, however far he scrolled.
 * Beside the page progress only the name shows; a screen reader still hears the whole sentence.
 */
export function BarProfile({ session }: { session: SessionState }) {
  const t = useT();
  const name = session.active?.name;
  // "Je werkt als {{name}}" around the name, so the words can make room while the name stays.
  const [before, after] = name ? t('nav.signedInAs', { name: '\u0000' }).split('\u0000') : [t('nav.ownLocked'), ''];
  return (
    <div class="bar-profile" role="group" aria-label={t('a11y.profile')}>
      <p class="bar-person">
        <span class="bar-words">{before}</span>
        {name && <strong>{name}</strong>}
        {after && <span class="bar-words">{after}</span>}
      </p>
      <button type="button" class="button signout" onClick={() => void closeProfile()}>
        {t(session.mode === 'class' ? 'nav.signOut' : 'nav.lock')}
      </button>
    </div>
  );
}
