import { paths } from '../../shared/paths';
import { ArticleCard } from '../../ui/article-card';
import { DocumentHead } from '../../ui/document-head';
import { useIsRead } from '../../reading/reading-position';
import { useViewData } from '../../shared/navigation';
import type { ViewData } from './loader';

/** The tag page: every article with that tag, newest first. */
export function Component() {
  const { siteTitle, tag, articles } = useViewData<ViewData>();
  const isRead = useIsRead();
  return (
    <div className="page list-page">
      <DocumentHead title={tag.name} siteTitle={siteTitle} description={`Articles tagged ${tag.name}`} path={paths.tag(tag.slug)} />
      <header className="list-head">
        <p className="kicker">Tag</p>
        <h1>{tag.name}</h1>
        <p className="list-count">{articles.length === 1 ? '1 article' : `${articles.length} articles`}</p>
      </header>
      <div className="card-grid">
        {articles.map((c) => (
          <ArticleCard key={c.article.id} article={c.article} read={isRead(c.article.id)} authors={c.authors} />
        ))}
      </div>
    </div>
  );
}
