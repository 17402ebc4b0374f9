import { AppLink } from '../../shared/navigation';
import { paths } from '../../shared/paths';
import type { Card } from '../../session/view-data';
import { ArticleCard } from '../../ui/article-card';
import { useIsRead } from '../../reading/reading-position';

/** The "Related" region at the foot of an article: the top few, each saying why, and a link to all. */
export function RelatedBlock({ slug, related }: { slug: string; related: Card[] }) {
  const isRead = useIsRead();
  if (related.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="section-heading">
        Related
      </h2>
      <div className="card-grid related-grid">
        {related.map((r) => (
          <ArticleCard key={r.article.id} article={r.article} read={isRead(r.article.id)} authors={r.authors} reasons={r.reasons} headingLevel={3} variant="compact" />
        ))}
      </div>
      <p>
        <AppLink to={paths.related(slug)} className="more-link">
          All related articles
        </AppLink>
      </p>
    </section>
  );
}
