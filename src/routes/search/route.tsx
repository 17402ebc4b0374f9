import { authorsOf } from '../../session/feed-index';
import { paths } from '../../shared/paths';
import { HighlightText } from '../../search/highlight-text';
import { snippet } from '../../search/highlight';
import type { Article } from '../../shared/model';
import { ArticleMeta } from '../../ui/article-meta';
import { DocumentHead } from '../../ui/document-head';
import { AppLink, useViewData } from '../../shared/navigation';
import type { ViewData } from './loader';

/** Search results for ?q=: each an <article> with the matched words marked and a snippet of the body. */
export function Component() {
  const { q, index, results } = useViewData<ViewData>();
  const count = results.length;
  return (
    <div className="page search-page">
      <DocumentHead title={q ? `Search: ${q}` : 'Search'} siteTitle={index.model.meta.title} path={paths.search(q)} />
      <header className="list-head">
        <h1>{q ? <>Search results for “{q}”</> : 'Search'}</h1>
        <p className="list-count" role="status">
          {!q
            ? 'Type a word in the search box to find articles by their title, text, tags or authors.'
            : count === 0
              ? `No results for “${q}”.`
              : `${count} ${count === 1 ? 'result' : 'results'}`}
        </p>
      </header>
      {count > 0 && (
        <ol className="ranked-list search-results">
          {results.map(({ article, terms }) => (
            <li key={article.id}>
              <SearchResult article={article} terms={terms} authors={authorsOf(index, article)} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function SearchResult({ article, terms, authors }: { article: Article; terms: string[]; authors: ReturnType<typeof authorsOf> }) {
  const text = snippet(article.plainText, terms);
  return (
    <article className="card search-result" lang={article.language} dir={article.dir}>
      <div className="card-body">
        <h2 className="card-title">
          <AppLink to={paths.article(article.slug)}>
            <HighlightText text={article.title} terms={terms} />
          </AppLink>
        </h2>
        {article.summary && (
          <p className="card-summary">
            <HighlightText text={article.summary} terms={terms} />
          </p>
        )}
        {text && (
          <p className="search-snippet">
            <HighlightText text={text} terms={terms} />
          </p>
        )}
        <ArticleMeta article={article} authors={authors} />
      </div>
    </article>
  );
}
