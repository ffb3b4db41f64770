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
];

export function AppHeader() {
  const { path } = useLocation();
  const clean = path.replace(/\/+$/, '') || '/';
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link to={paths.leaderboard} className="app-brand">
          <span className="app-brand__name">{messages.common.productName}</span>
          <span className="app-brand__tagline">{messages.common.productTagline}</span>
        </Link>
        <nav className="app-nav" aria-label={messages.common.nav.label}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.match(clean) ? 'page' : undefined}>
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
