import { paths } from '../../shared/paths';
import { ArticleCard } from '../../ui/article-card';
import { DocumentHead } from '../../ui/document-head';
import { useIsRead } from '../../reading/reading-position';
import { AppLink, useViewData } from '../../shared/navigation';
import type { ViewData } from './loader';

/** Ranked cards put their image in a 14rem column from 640px, above the text below (styles.css `.ranked-list`). */
const RANKED_IMAGE_SIZES = '(min-width: 640px) 224px, calc(100vw - 32px)';

/** The related-posts page of one article. */
export function Component() {
  const { siteTitle, article, related } = useViewData<ViewData>();
  const isRead = useIsRead();
  return (
    <div className="page list-page">
      <DocumentHead title={`Related to “${article.title}”`} siteTitle={siteTitle} path={paths.related(article.slug)} />
      <header className="list-head">
        <p className="kicker">
          <AppLink to={paths.article(article.slug)}>Back to the article</AppLink>
        </p>
        <h1>
          Related to <q lang={article.language} dir={article.dir}>{article.title}</q>
        </h1>
      </header>
      <section aria-labelledby="related-list-heading" className="related">
        <h2 id="related-list-heading" className="visually-hidden">
          Related articles
        </h2>
        {related.length === 0 ? (
          <p className="empty">No other article in this feed is related to this one yet.</p>
        ) : (
          <ol className="ranked-list">
            {related.map((r) => (
              <li key={r.article.id}>
                <ArticleCard article={r.article} read={isRead(r.article.id)} authors={r.authors} reasons={r.reasons} headingLevel={3} imageSizes={RANKED_IMAGE_SIZES} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
