import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useFeedSession } from '../../session/session-context';
import { useViewData } from '../../shared/navigation';
import { indexFeed, authorsOf, tagsOf } from '../../session/feed-index';
import { keepScrollPosition } from './new-articles';
import { NewArticlesNotice } from './new-articles-notice';
import { paths } from '../../shared/paths';
import { isFeedError } from '../../feed/errors';
import { CardActions } from '../../reading/card-actions';
import { DownloadControl } from '../../reading/download-control';
import { ArticleCard } from '../../ui/article-card';
import { continueReading, useReadStates } from '../../reading/reading-position';
import { DocumentHead } from '../../ui/document-head';
import type { FeedModel } from '../../shared/model';
import type { HomeData } from './home-loader';
import { SkippedNotice } from './skipped-notice';
import { useIsClient, VirtualCardList } from './virtual-list';

const PAGE = 24;

/**
 * Home: the feed's title, a lead story, then the latest articles, with "Load more" through the pages.
 * The list is what the loader gave (the device's copy, or the page's own data) until the reader asks for
 * more: a refresh in the background never moves it, it is offered as "N new articles".
 */
export function Component() {
  const data = useViewData<HomeData>();
  const session = useFeedSession();
  const [pinned, setPinned] = useState({ from: data, model: data.model, truncated: data.truncated });
  let view = pinned;
  if (pinned.from !== data) {
    // The loader ran again (a navigation, or another publication now answers): start from its data.
    view = { from: data, model: data.model, truncated: data.truncated };
    setPinned(view);
  }
  const model = view.model;
  const adopt = useCallback((next: FeedModel) => setPinned((p) => ({ ...p, model: next, truncated: false })), []);
  const index = indexFeed(model);
  const [shown, setShown] = useState(PAGE + 1);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [lead, ...rest] = model.articles;
  const isClient = useIsClient();
  const readStates = useReadStates();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const isRead = (id: string) => readStates.get(id)?.readAt !== undefined;
  const unread = (a: { id: string }) => !unreadOnly || !isRead(a.id);
  const halfRead = continueReading(model.articles, readStates);
  const visible = rest.slice(0, shown - 1);
  const truncated = view.truncated;
  const canShowMore = rest.length > visible.length || truncated || session.hasMorePages(model);

  const more = useCallback(async () => {
    if (loading) return;
    setError(null);
    if (rest.length > visible.length) {
      setShown(rest.length + 1); // already in memory: the list is virtualized, so show it all
      return;
    }
    setLoading(true);
    try {
      // The session may hold more than this list (a page that carried only its first cards): show that
      // first, and fetch the next page only when it has nothing more.
      let next = await session.getFeed();
      if (next.articles.length <= model.articles.length && session.hasMorePages(next)) next = await session.loadNextPage();
      adopt(next);
      setShown((s) => s + PAGE);
    } catch (e) {
      setError(isFeedError(e) ? e.message : 'The next page of the feed could not be loaded.');
    } finally {
      setLoading(false);
    }
  }, [loading, rest.length, visible.length, model.articles.length, adopt, session]);

  const showNew = (live: FeedModel) => keepScrollPosition(() => flushSync(() => adopt(live)));

  // Infinite scroll: the sentinel below the list asks for more as it comes into view. The button stays for
  // keyboard and screen-reader users, and for when the observer is not available.
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !canShowMore || error || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void more();
    }, { rootMargin: '600px' });
    io.observe(el);
    return () => io.disconnect();
  }, [canShowMore, error, more]);

  return (
    <div className="page home">
      <DocumentHead siteTitle={model.meta.title} description={model.meta.description} path={paths.home()} />
      <header className="home-head">
        <h1 className="home-title">{model.meta.title}</h1>
        {model.meta.description && <p className="home-description">{model.meta.description}</p>}
      </header>
      <SkippedNotice skipped={model.skipped} />
      <NewArticlesNotice shown={model} onShow={showNew} />
      {!lead && <p className="empty">This feed has no articles yet.</p>}
      {halfRead.length > 0 && (
        <section aria-labelledby="continue-heading" className="continue-reading">
          <h2 id="continue-heading" className="section-heading">
            Continue reading
          </h2>
          <div className="card-grid">
            {halfRead.map((a) => (
              <ArticleCard key={a.id} article={a} read={isRead(a.id)} authors={authorsOf(index, a)} variant="compact" headingLevel={3} />
            ))}
          </div>
        </section>
      )}
      <div className="list-filter">
        <button type="button" className="button button-quiet" aria-pressed={unreadOnly} onClick={() => setUnreadOnly((u) => !u)}>
          Show unread only
        </button>
      </div>
      {lead && unread(lead) && (
        <section aria-label="Lead story" className="lead">
          <ArticleCard
            article={lead}
            read={isRead(lead.id)}
            authors={authorsOf(index, lead)}
            variant="lead"
            priority
            actions={<CardActions article={lead} authors={authorsOf(index, lead)} tags={tagsOf(index, lead)} />}
          />
        </section>
      )}
      {visible.length > 0 && (
        <section aria-labelledby="latest-heading" className="latest">
          <h2 id="latest-heading" className="section-heading">
            Latest
          </h2>
          <VirtualCardList
            items={visible.filter(unread)}
            getKey={(a) => a.id}
            renderItem={(a) => (
              <ArticleCard
                article={a}
                read={isRead(a.id)}
                authors={authorsOf(index, a)}
                headingLevel={3}
                actions={<CardActions article={a} authors={authorsOf(index, a)} tags={tagsOf(index, a)} />}
              />
            )}
          />
        </section>
      )}
      <DownloadControl headingLevel={2} />
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      {!canShowMore && session.pagingLooped(model) && (
        <p className="notice">The feed&apos;s next page points back to a page already shown, so there are no more articles to load.</p>
      )}
      {canShowMore && isClient && (
        <div className="load-more" ref={sentinel}>
          <button type="button" className="button" onClick={() => void more()} disabled={loading}>
            {loading ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </div>
  );
}
