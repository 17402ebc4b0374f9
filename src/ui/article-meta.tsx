import { useClientValue } from '../shared/use-client-value';
import type { Article, Author } from '../shared/model';
import { Byline } from './byline';
import { formatDate, formatReadingTime } from './format';

/** Byline, date and reading time: the line under every headline and card title. */
export function ArticleMeta({ article, authors, showByline = true }: { article: Article; authors: Author[]; showByline?: boolean }) {
  const timeZone = useReaderTimeZone();
  return (
    <p className="meta">
      {showByline && authors.length > 0 && <Byline authors={authors} />}
      {article.datePublished && (
        <time dateTime={article.datePublished}>{formatDate(article.datePublished, article.language, timeZone)}</time>
      )}
      <span>{formatReadingTime(article.readingMinutes, article.language)}</span>
    </p>
  );
}

/**
 * The reader's own time zone (undefined: Intl's default) once the app runs; UTC in the prerendered page
 * and while React hydrates it, so the build (on whatever machine) and the hydrating client print the same date.
 */
function useReaderTimeZone(): string | undefined {
  return useClientValue<string | undefined>(() => undefined, () => 'UTC');
}
