import type { Article, Author } from '../feed/model';
import { Byline } from './byline';
import { formatDate, formatReadingTime } from './format';

/** Byline, date and reading time: the line under every headline and card title. */
export function ArticleMeta({ article, authors, showByline = true }: { article: Article; authors: Author[]; showByline?: boolean }) {
  return (
    <p className="meta">
      {showByline && authors.length > 0 && <Byline authors={authors} />}
      {article.datePublished && (
        <time dateTime={article.datePublished}>{formatDate(article.datePublished, article.language)}</time>
      )}
      <span>{formatReadingTime(article.readingMinutes, article.language)}</span>
    </p>
  );
}
