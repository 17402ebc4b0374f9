import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { findInWholeFeed } from '../../session/find-in-feed';
import { sessionOf } from '../../session/session-context';
import { notFound } from '../../session/not-found';
import { paths } from '../../shared/paths';
import { cardOf } from '../../session/view-data';
import { ArticleCard } from '../../ui/article-card';
import { DocumentHead } from '../../ui/document-head';
import { useIsRead } from '../../reading/reading-position';

/** The tag by slug and every article carrying it, on every page of the feed. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const slug = params.tag ?? '';
  const { index, found: tag } = await findInWholeFeed(sessionOf(context), (ix) => ix.tagBySlug.get(slug));
  if (!tag) notFound('tag');
  return { siteTitle: index.model.meta.title, tag, articles: (index.articlesByTag.get(slug) ?? []).map((a) => cardOf(index, a)) };
}

/** The tag page: every article with that tag, newest first. */
export function Component() {
  const { siteTitle, tag, articles } = useLoaderData<Awaited<ReturnType<typeof loader>>>();
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
