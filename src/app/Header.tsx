import { useLocation } from 'preact-iso';
import { useT } from './context.ts';

const LINKS = [
  { href: '/', key: 'nav.home' },
  { href: '/answers', key: 'nav.answers' },
  { href: '/top3', key: 'nav.top3' },
  { href: '/settings', key: 'nav.settings' },
] as const;

export function Header() {
  const t = useT();
  const { path } = useLocation();
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
    </header>
  );
}
