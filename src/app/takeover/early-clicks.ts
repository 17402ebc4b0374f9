/**
 * Taps on the prerendered page before the app has taken it over (a correctness piece, not a
 * performance one). Left alone, a click on a link starts a page load that the app, starting meanwhile,
 * cancels (the router's first history.replaceState aborts a navigation still in flight in Chromium), or
 * that React swallows while it hydrates; a press on a button that needs the app (Save, Share, Listen)
 * would do nothing. So until the takeover such taps are held (presses from the head's script on, which
 * enables those buttons as they are parsed: public/theme-init.js; links from the first module script),
 * each marked on screen at once (`data-held`, styles.css) so the reader sees it was taken: whoever releases the hold
 * presses the held buttons again and follows the last link (the app once it is live, or main.tsx as a
 * page load if the app failed to start).
 */

export interface HeldClicks {
  /**
   * Stops holding taps: presses the buttons tapped meanwhile again, in order, now that their handlers
   * are attached (`pressButtons`: false when there is no app to handle them: the buttons are then
   * disabled again), and follows the last link held, if any, with `navigate`.
   */
  release(navigate: (to: string) => void, pressButtons?: boolean): void;
}

/** The attribute the build puts on script-only buttons (scripts/page-assembly.ts): disabled until live. */
const UNTIL_LIVE = 'data-until-live';
/** Marks a held link or button until the hold is released. */
const HELD = 'data-held';

/**
 * Where public/theme-init.js (inline in the head) leaves the presses it held while the page was being
 * parsed, and how to stop it. A symbol, so no element id in feed HTML can stand in for it.
 */
export const EARLY_TAPS = Symbol.for('broadsheet:early-taps');

interface EarlyTaps {
  held: HTMLButtonElement[];
  stop(): void;
}

/** Starts holding taps on same-origin links and script-only buttons (main.tsx, before anything else runs). */
export function holdEarlyClicks(): HeldClicks {
  // The presses the head's script held so far are ours from here (none where it did not run: dev, tests).
  const head = (window as unknown as Record<symbol, EarlyTaps | undefined>)[EARLY_TAPS];
  head?.stop();
  // The build disables script-only buttons for readers with no JavaScript; from here a press is held and
  // pressed again once the app runs, so they can be enabled now.
  for (const b of document.querySelectorAll(`#root button[${UNTIL_LIVE}]`)) b.removeAttribute('disabled');
  let link: { to: string; el: Element } | null = null;
  const buttons: HTMLButtonElement[] = [...(head?.held ?? [])];
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const target = e.target instanceof Element ? e.target : null;
    const button = target?.closest(`#root button[${UNTIL_LIVE}]`);
    if (button instanceof HTMLButtonElement) {
      e.preventDefault();
      e.stopImmediatePropagation();
      button.setAttribute(HELD, '');
      buttons.push(button);
      return;
    }
    const a = target?.closest('a[href]');
    if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin) return;
    // A link within this page (the skip link, a paragraph anchor) loads nothing: the browser handles it.
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    link?.el.removeAttribute(HELD);
    a.setAttribute(HELD, '');
    link = { to: url.pathname + url.search + url.hash, el: a };
  };
  window.addEventListener('click', onClick, true);
  let held = true;
  return {
    release(navigate, pressButtons = true) {
      if (!held) return;
      held = false;
      window.removeEventListener('click', onClick, true);
      const pressed = buttons.splice(0);
      for (const b of pressed) b.removeAttribute(HELD);
      if (!pressButtons) for (const b of document.querySelectorAll(`#root button[${UNTIL_LIVE}]`)) b.setAttribute('disabled', '');
      const to = link?.to;
      link?.el.removeAttribute(HELD);
      link = null;
      // A link taken wins: the page it opens has other buttons. Else the presses, after the commit that
      // took the page over (a click dispatched inside React's commit would be handled mid-render).
      if (to) navigate(to);
      else if (pressButtons && pressed.length) setTimeout(() => pressed.forEach((b) => b.isConnected && !b.disabled && b.click()), 0);
    },
  };
}
