import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { findModule } from '../content/workbook.ts';
import { usePageProgress } from '../ui/page-progress.ts';
import { useT } from './context.ts';
import { useSession } from './session.ts';
import { BarProfile } from './BarProfile.tsx';

// "Start" is the house in the top bar itself; these are behind "Menu" on a phone.
const LINKS = [
  { href: '/answers', key: 'nav.answers' },
  { href: '/top3', key: 'nav.top3' },
  { href: '/settings', key: 'nav.settings' },
] as const;

/**
 * A compact top bar that stays in reach while scrolling: the way home, the menu, "Hulp nodig?"
 * and, on module pages, how far you are. On a class tablet (or a device with a PIN) also who is
 * signed in, with "Afmelden" (see BarProfile.tsx).
 */
export function Header() {
  const t = useT();
  const { path } = useLocation();
  const session = useSession();
  const progress = usePageProgress();
  const [open, setOpen] = useState(false);
  const signedIn = session.active !== null;
  const canSignOut = signedIn && (session.mode === 'class' || session.ownHasPin);
  const showsProgress = progress !== null && path.startsWith('/module/');
  const reservesProgress = !showsProgress && opensWorkbookPage(path);
  const isCurrent = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));
  // A chosen link closes the menu; Escape closes it too.
  useEffect(() => setOpen(false), [path]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <header class="app-header">
        <div class="top-bar">
          <a href="/" class="home-link" aria-current={isCurrent('/') ? 'page' : undefined}>
            <HouseIcon />
            <span>{t('nav.home')}</span>
          </a>
          {signedIn && (
            <button type="button" class="menu-button" aria-expanded={open} aria-controls="app-menu" onClick={() => setOpen(!open)}>
              {t('nav.label')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
            </button>
          )}
          {signedIn && (
            <nav id="app-menu" class={open ? 'open' : undefined} aria-label={t('nav.label')}>
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
          <a href="/help" class="help-link" aria-current={path === '/help' ? 'page' : undefined}>
            {t('nav.help')}
          </a>
        </div>
        {(showsProgress || reservesProgress || canSignOut) && (
          <div class="bar-second">
            {showsProgress && (
              <div class="bar-progress">
                <p id="page-of">{t('module.pageOf', { page: progress.page, count: progress.count })}</p>
                <progress max={progress.count} value={progress.page} aria-labelledby="page-of" />
              </div>
            )}
            {reservesProgress && (
              // A module page opened from outside: its line is kept free until the page tells it, so nothing moves.
              <div class="bar-progress reserved" aria-hidden="true">
                <p>&nbsp;</p>
              </div>
            )}
            {canSignOut && <BarProfile session={session} />}
          </div>
        )}
      </header>
    </>
  );
}

function HouseIcon() {
  return (
    <svg class="house" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 11.5 12 4l9 7.5M6 10v9.5h4.5V14h3v5.5H18V10" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    </svg>
  );
}

/** A numbered page of a workbook module: the top bar will show "page n of m". */
function opensWorkbookPage(path: string): boolean {
  const id = /^\/module\/([^/]+)\/\d+$/.exec(path)?.[1];
  return id !== undefined && findModule(decodeURIComponent(id))?.kind === 'workbook';
}
