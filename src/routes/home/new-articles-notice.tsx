import { useEffect } from 'react';
import type { FeedModel } from '../../shared/model';
import { useReadStates } from '../../reading/reading-position';
import { useFeedSession } from '../../session/session-context';
import { useStore } from '../../shared/use-store';
import { newArticles, useFeedRefresh } from './new-articles';

/**
 * The number on the app's icon, where the platform has badges (Chromium, and Safari for an app on the
 * Home Screen or Dock); elsewhere, or where the platform refuses, nothing.
 */
function setAppBadge(count: number): void {
  const nav = navigator as Navigator & { setAppBadge?: (n?: number) => Promise<void> };
  if (typeof nav.setAppBadge !== 'function') return;
  try {
    void Promise.resolve(nav.setAppBadge(count)).catch(() => undefined);
  } catch {
    // refused at once (a page that is not an installed app, in some engines)
  }
}

const noFeed = () => null;

/**
 * Home's "N new articles" button (articles the session has ahead of the list on screen; `onShow` puts
 * the session's copy on screen), and the app badge with the number of unread articles where the
 * platform has one. It alone follows the session's copy: a refresh renders it again, not the list.
 */
export function NewArticlesNotice({ shown, onShow }: { shown: FeedModel; onShow: (live: FeedModel) => void }) {
  const session = useFeedSession();
  useFeedRefresh(session);
  const live = useStore(session.feedModel, { server: noFeed });
  const count = live ? newArticles(shown, live).length : 0;
  const read = useReadStates();
  const list = live ?? shown;
  const unread = list.articles.reduce((n, a) => (read.get(a.id)?.readAt === undefined ? n + 1 : n), 0);
  useEffect(() => setAppBadge(unread), [unread]);
  if (count === 0) return null;
  return (
    <div className="new-articles">
      <button type="button" className="button" onClick={() => onShow(live ?? shown)}>
        {count} new {count === 1 ? 'article' : 'articles'}
      </button>
    </div>
  );
}
