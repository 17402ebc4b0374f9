import { useEffect, useState } from 'react';
import { fetchFeedPage } from '../feed/load';
import type { FeedModel } from '../feed/model';
import { FETCHED_AT_HEADER } from '../sw/cache-names';
import { FEED_URL } from './env';
import { mergeFreshFirstPage, peekFeed } from './feed-store';

/**
 * Hearing about new articles while the app is open: the first feed page is fetched again when the
 * window regains focus or becomes visible, and every five minutes. Articles with ids the tab has not
 * seen are offered ("N new articles"), and merged only when the reader asks.
 */

export const REFRESH_EVERY_MS = 5 * 60 * 1000;

/** Articles of `fresh` whose ids `current` does not have. */
export function newArticles(current: FeedModel, fresh: FeedModel): FeedModel['articles'] {
  const known = new Set(current.articles.map((a) => a.id));
  return fresh.articles.filter((a) => !known.has(a.id));
}

/** Fetches the first page from the network (not a stored copy); null when offline or unchanged. */
export async function fetchFreshFirstPage(): Promise<FeedModel | null> {
  let fromCopy = false;
  const fetchImpl: typeof fetch = async (input, init) => {
    const res = await globalThis.fetch(input, { ...init, cache: 'no-cache' });
    fromCopy = Number(res.headers.get(FETCHED_AT_HEADER)) > 0; // the service worker's kept copy, not news
    return res;
  };
  try {
    const page = await fetchFeedPage(FEED_URL, { fetchImpl });
    return fromCopy || page.notModified ? null : page.model;
  } catch {
    return null; // offline, or the feed is broken right now: say nothing, try again later
  }
}

let inFlight: Promise<FeedModel | null> | null = null;

/** Checks for new articles once (concurrent calls share one fetch); resolves with the fresh page when there are some. */
export function checkForNewArticles(): Promise<FeedModel | null> {
  if (!inFlight) {
    inFlight = fetchFreshFirstPage()
      .then((fresh) => {
        const current = peekFeed();
        return fresh && current && newArticles(current, fresh).length > 0 ? fresh : null;
      })
      .finally(() => {
        inFlight = null;
      });
  }
  return inFlight;
}

/** The pending fresh page and how many new articles it brings; `apply` merges them. */
export function useNewArticles(): { count: number; apply: () => void } {
  const [fresh, setFresh] = useState<FeedModel | null>(null);
  useEffect(() => {
    let alive = true;
    const check = () => {
      if (!navigator.onLine) return;
      void checkForNewArticles().then((f) => {
        if (alive && f) setFresh(f);
      });
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(check, REFRESH_EVERY_MS);
    return () => {
      alive = false;
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, []);
  const current = peekFeed();
  const count = fresh && current ? newArticles(current, fresh).length : 0;
  return {
    count,
    apply: () => {
      if (!fresh) return;
      keepScrollPosition(() => mergeFreshFirstPage(fresh));
      setFresh(null);
    },
  };
}

/**
 * Runs `change` (which adds content above the reader) and keeps the card the reader was looking at
 * where it was on screen, so merging new articles does not move the page under them.
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
