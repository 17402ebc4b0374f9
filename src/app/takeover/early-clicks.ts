/**
 * Clicks on the prerendered page's links before the app has taken it over (a correctness piece, not a
 * performance one). Left alone such a click starts a page load that the app, starting meanwhile,
 * cancels (the router's first history.replaceState aborts a navigation still in flight in Chromium), or
 * that React swallows while it hydrates. So from the first script until the takeover a click on a
 * same-origin link is held, and the last one is followed by whoever releases the hold: the app once it
 * is live, or main.tsx as a page load if the app failed to start.
 */

export interface HeldClicks {
  /** Stops holding clicks and follows the last one held, if any, with `navigate`. */
  release(navigate: (to: string) => void): void;
}

/** Starts holding same-origin link clicks (main.tsx, before anything else runs). */
export function holdEarlyClicks(): HeldClicks {
  let pending: string | null = null;
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin) return;
    // A link within this page (the skip link, a paragraph anchor) loads nothing: the browser handles it.
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    pending = url.pathname + url.search + url.hash;
  };
  window.addEventListener('click', onClick, true);
  let held = true;
  return {
    release(navigate) {
      if (!held) return;
      held = false;
      window.removeEventListener('click', onClick, true);
      const to = pending;
      pending = null;
      if (to) navigate(to);
    },
  };
}
