import { useEffect } from 'react';
import type { FeedModel } from '../feed/model';
import { useReadStates } from '../routes/article/reading-position';
import { useNewArticles } from './new-articles';

/** Home's "N new articles" button, and the app badge with the number of unread articles where the platform has one. */
export function NewArticlesNotice({ model }: { model: FeedModel }) {
  const { count, apply } = useNewArticles();
  const read = useReadStates();
  const unread = model.articles.reduce((n, a) => (read.get(a.id)?.readAt === undefined ? n + 1 : n), 0);
  useEffect(() => {
    const nav = navigator as Navigator & { setAppBadge?: (n?: number) => Promise<void> };
    if (typeof nav.setAppBadge === 'function') void nav.setAppBadge(unread).catch(() => undefined);
  }, [unread]);
  if (count === 0) return null;
  return (
    <div className="new-articles">
      <button type="button" className="button" onClick={apply}>
        {count} new {count === 1 ? 'article' : 'articles'}
      </button>
    </div>
  );
}
