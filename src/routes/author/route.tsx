import { paths } from '../../shared/paths';
import { ArticleCard } from '../../ui/article-card';
import { Avatar } from '../../ui/avatar';
import { DocumentHead } from '../../ui/document-head';
import { SafeHtml } from '../../ui/safe-html';
import { useIsRead } from '../../reading/reading-position';
import { useViewData } from '../../shared/navigation';
import type { ViewData } from './loader';

/** The author page: avatar, name, role, bio, links and their articles. */
export function Component() {
  const { siteTitle, author, bioHtml, articles } = useViewData<ViewData>();
  const isRead = useIsRead();
  const safeLinks = author.links.filter((l) => /^https?:/i.test(l.url));
  return (
    <div className="page author-page">
      <DocumentHead title={author.name} siteTitle={siteTitle} description={author.role ? `${author.name}, ${author.role}` : undefined} path={paths.author(author.slug)} />
      <header className="author-head">
        <Avatar author={author} size={112} />
        <div>
          <h1>{author.name}</h1>
          {author.role && <p className="author-role">{author.role}</p>}
          {bioHtml && <SafeHtml className="author-bio prose" html={bioHtml} />}
          {(safeLinks.length > 0 || author.url) && (
            <ul className="author-links">
              {author.url && /^https?:/i.test(author.url) && (
                <li>
                  <a href={author.url} target="_blank" rel="noopener noreferrer">
                    Website
                  </a>
                </li>
              )}
              {safeLinks.map((l) => (
                <li key={l.url}>
                  <a href={l.url} target="_blank" rel="noopener noreferrer">
                    {l.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>
      <section aria-labelledby="author-articles">
        <h2 id="author-articles" className="section-heading">
          {articles.length === 1 ? '1 article' : `${articles.length} articles`}
        </h2>
        <div className="card-grid">
          {articles.map((c) => (
            <ArticleCard key={c.article.id} article={c.article} read={isRead(c.article.id)} authors={c.authors} headingLevel={3} />
          ))}
        </div>
      </section>
    </div>
  );
}
