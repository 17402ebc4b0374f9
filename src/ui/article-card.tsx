import { AppLink } from '../shared/navigation';
import type { Article, Author } from '../shared/model';
import { paths } from '../shared/paths';
import { ArticleMeta } from './article-meta';
import { FeedImage } from './feed-image';

/**
 * How wide card images are laid out (src/app/styles.css; main is at most 72rem less a 2rem gap each
 * side), so the browser fetches the srcset size that fits. Lead: three fifths of the column beside
 * its text from 760px, the whole column below. Grid cards (columns of at least 17rem): three to a
 * row from about 927px, two from about 598px, else one.
 */
const CARD_IMAGE_SIZES = {
  lead: '(min-width: 1152px) 641px, (min-width: 760px) 57vw, calc(100vw - 32px)',
  card: '(min-width: 1152px) 342px, (min-width: 927px) 30vw, (min-width: 598px) 46vw, calc(100vw - 32px)',
} as const;

interface Props {
  article: Article;
  authors: Author[];
  variant?: 'lead' | 'card' | 'compact';
  /** The reader has read it (dimmed, labelled "Read"). */
  read?: boolean;
  /** Why this article is shown here (related posts). */
  reasons?: string[];
  headingLevel?: 2 | 3;
  priority?: boolean;
  /** Slot for per-card controls (save button, offline badge) supplied by the page. */
  actions?: React.ReactNode;
  /** `sizes` for the image where the card is not in a card grid. */
  imageSizes?: string;
}

/** One article in a list: an `<article>` whose heading link carries the title. */
export function ArticleCard({ article, authors, read = false, variant = 'card', reasons, headingLevel = 2, priority, actions, imageSizes }: Props) {
  const Heading = `h${headingLevel}` as const;
  const href = paths.article(article.slug);
  return (
    <article className={`card card-${variant}${read ? ' card-read' : ''}`} lang={article.language} dir={article.dir}>
      {article.image && variant !== 'compact' && (
        <AppLink to={href} tabIndex={-1} aria-hidden="true" className="card-image">
          <FeedImage
            image={{ ...article.image, alt: '' }}
            priority={priority}
            sizes={imageSizes ?? (variant === 'lead' ? CARD_IMAGE_SIZES.lead : CARD_IMAGE_SIZES.card)}
          />
        </AppLink>
      )}
      <div className="card-body">
        {article.section && <p className="kicker">{article.section}</p>}
        <Heading className="card-title">
          <AppLink to={href}>{article.title}</AppLink>
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
