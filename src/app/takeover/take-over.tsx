import { useLayoutEffect } from 'react';
import type { HeldClicks } from './early-clicks';

/**
 * Keeps track of where the reader has scrolled the prerendered page until the app takes it over; the
 * router's scroll restoration puts a first visit at the top, and TakeOver puts the reader back.
 */
export function trackReaderScroll(): { stop(): number } {
  let y = window.scrollY;
  const onScroll = () => {
    y = window.scrollY;
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  return {
    stop() {
      window.removeEventListener('scroll', onScroll);
      return y;
    },
  };
}

export interface TakeOverProps {
  /** True when React adopted the prerendered markup (hydration), false when it rendered afresh. */
  hydrated: boolean;
  /** True when the prerendered page was built for this very path (its scroll position is the reader's). */
  samePage: boolean;
  clicks: HeldClicks;
  scroll: { stop(): number };
  navigate: (to: string) => void;
  /** Called once the app is on screen (after the commit that took the page over). */
  onLive?: () => void;
}

/**
 * Runs in the commit that puts the app on screen, before the browser paints it: only now are the
 * prerendered head elements (the views render their own title, description and canonical) dropped and
 * a page prerendered for another path shown, so there is never a frame without a title or with the wrong
 * page. A hydrated page keeps them: React took them over as its own.
 */
export function TakeOver({ hydrated, samePage, clicks, scroll, navigate, onLive }: TakeOverProps) {
  useLayoutEffect(() => {
    // The router's scroll restoration has just put this first visit at the top (its effect runs before
    // this one, which comes after the router in the tree); scroll events are async, so the position
    // tracked is still the reader's.
    const readerY = scroll.stop();
    if (samePage && readerY > 0) window.scrollTo({ top: readerY, behavior: 'instant' });
    const html = document.documentElement;
    for (const el of document.head.querySelectorAll('[data-prerender]')) {
      // Hydration adopts a head element only if it matches what the view renders (a canonical URL
      // written with the build's SITE_URL does not); one it did not adopt has a live twin by now.
      if (hydrated && !liveTwin(el)) el.removeAttribute('data-prerender');
      else el.remove();
    }
    html.removeAttribute('data-stale-prerender');
    // The build disables script-only buttons until the app runs, and hydration keeps attributes as they
    // are: enable them now that their handlers are attached (a click before this would be lost).
    for (const el of document.querySelectorAll('#root [data-until-live]')) {
      el.removeAttribute('disabled');
      el.removeAttribute('data-until-live');
    }
    // A link clicked before now is followed in the app.
    clicks.release(navigate);
    onLive?.();
  }, [hydrated, samePage, clicks, scroll, navigate, onLive]);
  return null;
}

/** What a head element is: its tag and its rel, name or property ("LINK canonical", "TITLE"). */
const kindOf = (el: Element) => `${el.tagName} ${el.getAttribute('rel') ?? el.getAttribute('name') ?? el.getAttribute('property') ?? ''}`;

/** Another element of the head of the same kind, not from the build. */
function liveTwin(el: Element): boolean {
  const kind = kindOf(el);
  return [...document.head.children].some((other) => other !== el && !other.hasAttribute('data-prerender') && kindOf(other) === kind);
}
