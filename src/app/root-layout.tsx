import { useEffect, useRef, type ReactNode } from 'react';
import { HeaderSearch } from './header-search';
import { FeedProblem } from '../offline/feed-problem';
import { NetworkStatus } from '../offline/network-status';
import { ClearedNotice } from '../reading/cleared-notice';
import { AppLink, AppNavLink, useAppNavigation } from '../shared/navigation';
import { LiveSlot } from './live-parts-slot';
import { paths } from '../shared/paths';

/**
 * The frame around every view: skip link, masthead, navigation, the view (`children`), footer. `pagePath`
 * is the path a prerendered page was built for, when the app took that page over (its feed problem
 * note).
 */
export function RootLayout({ pagePath, children }: { pagePath?: string | undefined; children: ReactNode }) {
  const location = useAppNavigation();
  const first = useRef(true);
  const announcer = useRef<HTMLParagraphElement>(null);

  // After a client-side navigation, move focus to the new view's heading and announce its title,
  // as a full page load would. Not on the first render: the browser already did that.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const h1 = document.querySelector<HTMLElement>('#main h1');
    if (h1) {
      if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
      if (!location.hash) h1.focus({ preventScroll: true });
    }
    if (announcer.current) announcer.current.textContent = document.title;
  }, [location.pathname, location.hash]);

  const onHome = location.pathname === '/';
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <AppLink to={paths.home()} className="brand" aria-label="Broadsheet home">
            <span className="brand-mark" aria-hidden="true">
              B
            </span>
            {!onHome && <span className="brand-name">Broadsheet</span>}
          </AppLink>
          <HeaderSearch />
          <nav aria-label="Main" className="site-nav">
            <AppNavLink to={paths.home()} end>
              Home
            </AppNavLink>
            <AppNavLink to={paths.saved()}>Saved</AppNavLink>
            <AppNavLink to={paths.settings()}>Settings</AppNavLink>
          </nav>
        </div>
        <NetworkStatus />
        <div className={`progress ${location.state !== 'idle' ? 'progress-active' : ''}`} aria-hidden="true" />
      </header>
      <main id="main" tabIndex={-1}>
        {pagePath && <FeedProblem pagePath={pagePath} />}
        <ClearedNotice />
        {children}
      </main>
      <footer className="site-footer">
        <p>Broadsheet reads this publication&apos;s JSON Feed and keeps it readable offline.</p>
      </footer>
      <p ref={announcer} className="visually-hidden" aria-live="polite" aria-atomic="true" />
      <LiveSlot />
    </>
  );
}
