import { useEffect } from 'react';
import type { Article, FeedModel } from '../../shared/model';
import type { FeedSession } from '../../session/feed-session';

/**
 * Hearing about new articles while the app is open: the feed is fetched again in the background when
 * the window regains focus or becomes visible, and every five minutes (the session's `refreshFeed`). What
 * it brings is offered ("N new articles") and shown only when the reader asks.
 */

export const REFRESH_EVERY_MS = 5 * 60 * 1000;

/**
 * Articles of `fresh` ahead of everything the reader already sees in `shown`: the run of `fresh` (newest
 * first) before its first article that `shown` has. Older articles `shown` merely left out (a list cut
 * short, a page not loaded yet) are not news, and feeds without dates are ordered as the feed gives them.
 */
export function newArticles(shown: FeedModel, fresh: FeedModel): Article[] {
  const known = new Set(shown.articles.map((a) => a.id));
  if (known.size === 0) return [];
  const out: Article[] = [];
  for (const a of fresh.articles) {
    if (known.has(a.id)) return out;
    out.push(a);
  }
  return out;
}

/** Refreshes `session`'s feed in the background on focus, on becoming visible, when the connection comes back and every five minutes, while mounted. */
export function useFeedRefresh(session: FeedSession): void {
  useEffect(() => {
    const check = () => {
      if (navigator.onLine) void session.refreshFeed();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    window.addEventListener('focus', check);
    window.addEventListener('online', check);
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(check, REFRESH_EVERY_MS);
    return () => {
      window.removeEventListener('focus', check);
      window.removeEventListener('online', check);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, [session]);
}

/**
 * Runs `change` (which adds content above the reader, synchronously) and keeps the card the reader was
 * looking at where it was on screen, so showing new articles does not move the page under them.
 */
export function keepScrollPosition(change: () => void): void {
  const cards = Array.from(document.querySelectorAll<HTMLElement>('#main article'));
  const anchor = cards.find((c) => c.getBoundingClientRect().bottom > 0);
  const id = anchor?.querySelector('a[href]')?.getAttribute('href');
  const before = anchor?.getBoundingClientRect().top ?? 0;
  change();
  if (!id || window.scrollY === 0) return;
  requestAnimationFrame(() => {
    const again = Array.from(document.querySelectorAll<HTMLElement>('#main article')).find(
      (c) => c.querySelector('a[href]')?.getAttribute('href') === id,
    );
    if (again) window.scrollBy({ top: again.getBoundingClientRect().top - before, behavior: 'instant' });
  });
}
