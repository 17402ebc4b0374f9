/**
 * Clicks on the prerendered page's links before the app has taken it over. Left alone they would start
 * a page load that the app, starting meanwhile, cancels (the router's first history.replaceState aborts
 * a navigation still in flight in Chromium) or that React swallows while it hydrates. So from the first
 * script until the takeover, a click on a same-origin link is held, and the app follows it once live;
 * if the app never comes (a chunk failed to load), the link is followed as a page load after a while.
 */

const GIVE_UP_MS = 15_000;
let pending: string | null = null;
let holding = false;
let giveUp: ReturnType<typeof setTimeout> | undefined;

function onClick(e: MouseEvent) {
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
}

/** Starts holding link clicks (src/main.tsx, before anything else runs). */
export function holdEarlyClicks(): void {
  if (holding) return;
  holding = true;
  window.addEventListener('click', onClick, true);
  giveUp = setTimeout(() => releaseEarlyClicks((to) => location.assign(to)), GIVE_UP_MS);
}

/** Stops holding clicks and follows the last one held, if any, with `navigate` (the app, once it is live). */
export function releaseEarlyClicks(navigate: (to: string) => void): void {
  if (!holding) return;
  holding = false;
  clearTimeout(giveUp);
  window.removeEventListener('click', onClick, true);
  const to = pending;
  pending = null;
  if (to) navigate(to);
}
