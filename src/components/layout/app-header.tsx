import { useEffect, useRef } from 'react';
import { paths } from '../../config/paths';
import { useLocation } from '../../lib/location';
import { messages } from '../../messages';
import { Link } from '../ui/link';
import { LanguageSwitch } from './language-switch';
import { ThemePicker } from './theme-picker';

const NAV = [
  { to: paths.leaderboard, nav: 'leaderboard' as const, match: (p: string) => p === '/' || p === '/leaderboard' },
  { to: paths.timeline, nav: 'timeline' as const, match: (p: string) => p === '/timeline' },
  { to: paths.price, nav: 'price' as const, match: (p: string) => p === '/price' },
  { to: paths.labs, nav: 'labs' as const, match: (p: string) => p === '/labs' || p.startsWith('/labs/') },
  { to: paths.exportControls, nav: 'exportControls' as const, match: (p: string) => p === '/export-controls' },
  { to: paths.about, nav: 'about' as const, match: (p: string) => p === '/about' },
  // The story starts at its first step as it is told (no filters carried in).
  { to: paths.story(1), nav: 'story' as const, match: (p: string) => p.startsWith('/story'), search: '' },
];

export function AppHeader() {
  const { path } = useLocation();
  const clean = path.replace(/\/+$/, '') || '/';
  const list = useRef<HTMLUListElement>(null);
  // On a phone the nav is one row that scrolls sideways: keep the current view's link in sight.
  useEffect(() => {
    const ul = list.current;
    const current = ul?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!ul || !current || ul.scrollWidth <= ul.clientWidth) return;
    const left = current.offsetLeft; // the list is positioned (shell.css), so this is within its scroll area
    if (left < ul.scrollLeft || left + current.offsetWidth > ul.scrollLeft + ul.clientWidth) ul.scrollLeft = left - 8;
  }, [clean]);
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link to={paths.leaderboard} className="app-brand">
          <span className="app-brand__name">{messages.common.productName}</span>
          <span className="app-brand__tagline">{messages.common.productTagline}</span>
        </Link>
        <nav className="app-nav" aria-label={messages.common.nav.label}>
          <ul ref={list}>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} search={'search' in item ? item.search : undefined} aria-current={item.match(clean) ? 'page' : undefined}>
                  {messages.common.nav[item.nav]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-header__prefs">
          <LanguageSwitch />
          <ThemePicker />
        </div>
      </div>
    </header>
  );
}
