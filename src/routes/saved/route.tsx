import { useEffect, useState } from 'react';
import { useFeedSession } from '../../session/session-context';
import { paths } from '../../shared/paths';
import { CardActions } from '../../reading/card-actions';
import { savedListOf } from '../../reading/saved-list';
import { useTabState } from '../../shared/tab-state';
import type { SavedArticle } from '../../storage/db';
import { listSaved } from '../../storage/saved-store';
import { ArticleCard } from '../../ui/article-card';
import { DocumentHead } from '../../ui/document-head';
import { useIsRead } from '../../reading/reading-position';
import { AppLink, useViewData } from '../../shared/navigation';
import type { ViewData } from './loader';

/** /saved: the articles saved for offline reading, most recent first. */
export function Component() {
  const initial = useViewData<ViewData>();
  const isRead = useIsRead();
  // Removing (or saving) anywhere refreshes the list.
  const [live, setLive] = useState<SavedArticle[] | null>(null);
  const saved = savedListOf(useTabState());
  useEffect(
    () =>
      saved.flags.subscribe(() => {
        void listSaved().then(setLive, () => undefined);
      }),
    [saved],
  );
  const entries = live ?? initial.entries;
  const siteTitle = useFeedSession().peekFeed()?.meta.title ?? 'Broadsheet';
  return (
    <div className="page saved-page">
      <DocumentHead title="Saved articles" siteTitle={siteTitle} path={paths.saved()} />
      <header className="page-head">
        <h1>Saved articles</h1>
        <p className="page-intro">Articles saved here, with their images, can be read with no network.</p>
      </header>
      {initial.error && (
        <p role="alert" className="inline-error">
          {initial.error}
        </p>
      )}
      {initial.skipped > 0 && (
        <p className="settings-note saved-skipped">
          {initial.skipped === 1 ? '1 saved item could not be read and was skipped.' : `${initial.skipped} saved items could not be read and were skipped.`}
        </p>
      )}
      {!initial.error && entries.length === 0 && (
        <p className="empty">
          Nothing saved yet. Use “Save for offline” on an article, or{' '}
          <AppLink to={paths.settings()}>download the latest articles</AppLink>.
        </p>
      )}
      {entries.length > 0 && (
        <div className="card-grid">
          {entries.map((e) => (
            <ArticleCard
              key={e.id}
              article={e.article}
              read={isRead(e.article.id)}
              authors={e.authors}
              actions={<CardActions article={e.article} authors={e.authors} tags={e.tags ?? []} />}
            />
          ))}
        </div>
      )}
    </div>
  );
}
