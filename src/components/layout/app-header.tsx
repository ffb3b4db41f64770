import { useEffect, useRef } from 'react';
import { paths } from '../../config/paths';
import { useLocation } from '../../lib/location';
import { messages } from '../../messages';
import { Link } from '../ui/link';
import { ThemePicker } from './theme-picker';

const NAV = [
  { to: paths.leaderboard, label: messages.common.nav.leaderboard, match: (p: string) => p === '/' || p === '/leaderboard' },
  { to: paths.timeline, label: messages.common.nav.timeline, match: (p: string) => p === '/timeline' },
  { to: paths.price, label: messages.common.nav.price, match: (p: string) => p === '/price' },
  { to: paths.labs, label: messages.common.nav.labs, match: (p: string) => p === '/labs' || p.startsWith('/labs/') },
  { to: paths.exportControls, label: messages.common.nav.exportControls, match: (p: string) => p === '/export-controls' },
  { to: paths.about, label: messages.common.nav.about, match: (p: string) => p === '/about' },
  // The story starts at its first step as it is told (no filters carried in).
  { to: paths.story(1), label: messages.common.nav.story, match: (p: string) => p.startsWith('/story'), search: '' },
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
    const left = current.offsetLeft; // the list is positioned (app.css), so this is within its scroll area
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
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ThemePicker />
      </div>
    </header>
  );
}
