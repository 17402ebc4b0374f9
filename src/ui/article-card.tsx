import { Link } from 'react-router';
import type { Article, Author } from '../feed/model';
import { paths } from '../app/paths';
import { useReadStates } from '../routes/article/reading-position';
import { ArticleMeta } from './article-meta';
import { FeedImage } from './feed-image';

interface Props {
  article: Article;
  authors: Author[];
  variant?: 'lead' | 'card' | 'compact';
  /** Why this article is shown here (related posts). */
  reasons?: string[];
  headingLevel?: 2 | 3;
  priority?: boolean;
  /** Slot for per-card controls (save button, offline badge) supplied by the page. */
  actions?: React.ReactNode;
}

/** One article in a list: an `<article>` whose heading link carries the title. */
export function ArticleCard({ article, authors, variant = 'card', reasons, headingLevel = 2, priority, actions }: Props) {
  const Heading = `h${headingLevel}` as const;
  const href = paths.article(article.slug);
  const read = useReadStates().get(article.id)?.readAt !== undefined;
  return (
    <article className={`card card-${variant}${read ? ' card-read' : ''}`} lang={article.language} dir={article.dir}>
      {article.image && variant !== 'compact' && (
        <Link to={href} tabIndex={-1} aria-hidden="true" className="card-image">
          <FeedImage
            image={{ ...article.image, alt: '' }}
            priority={priority}
            sizes={variant === 'lead' ? '(min-width: 960px) 60vw, 100vw' : '(min-width: 960px) 30vw, 100vw'}
          />
        </Link>
      )}
      <div className="card-body">
        {article.section && <p className="kicker">{article.section}</p>}
        <Heading className="card-title">
          <Link to={href}>{article.title}</Link>
        </Heading>
        {article.summary && variant !== 'compact' && <p className="card-summary">{article.summary}</p>}
        <ArticleMeta article={article} authors={authors} />
        {read && (
          <p className="read-label" lang="en" dir="ltr">
            Read
          </p>
        )}
        {reasons && reasons.length > 0 && (
          <p className="reasons" lang="en" dir="ltr">
            {reasons.join(' · ')}
          </p>
        )}
        {actions}
      </div>
    </article>
  );
}
