import { useLocation } from 'preact-iso';
import { closeProfile } from '../storage/index.ts';
import { useT } from './context.ts';
import { useSession } from './session.ts';

const LINKS = [
  { href: '/', key: 'nav.home' },
  { href: '/answers', key: 'nav.answers' },
  { href: '/top3', key: 'nav.top3' },
  { href: '/settings', key: 'nav.settings' },
] as const;

export function Header() {
  const t = useT();
  const { path } = useLocation();
  const session = useSession();
  const canSignOut = session.active !== null && (session.mode === 'class' || session.ownHasPin);
  const isCurrent = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));
  return (
    <header class="app-header">
      <div class="header-row">
        <a href="/" class="brand">
          Zinvol Online
        </a>
        <a href="/help" class="help-link" aria-current={path === '/help' ? 'page' : undefined}>
          {t('nav.help')}
        </a>
      </div>
      {canSignOut && (
        <div class="profile-row">
          <span>{session.active?.name ? t('nav.signedInAs', { name: session.active.name }) : t('nav.ownLocked')}</span>
          <button type="button" class="button signout" onClick={() => void closeProfile()}>
            {t(session.mode === 'class' ? 'nav.signOut' : 'nav.lock')}
          </button>
        </div>
      )}
      {session.active !== null && (
        <nav aria-label={t('nav.label')}>
          <ul>
            {LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={isCurrent(link.href) ? 'page' : undefined}>
                  {t(link.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
