import type { Article, Author, Tag } from '../shared/model';
import { SaveButton } from './save-button';
import { useSavedFlag } from './saved-list';

/** A card's offline controls: the "Available offline" badge and a compact save toggle. */
export function CardActions({ article, authors, tags }: { article: Article; authors: Author[]; tags: Tag[] }) {
  const { saved, imagesCached } = useSavedFlag(article.id);
  return (
    <div className="card-actions">
      {saved && <span className={`offline-badge ${imagesCached ? '' : 'offline-badge-partial'}`}>{imagesCached ? 'Available offline' : 'Saved (text only)'}</span>}
      <SaveButton article={article} authors={authors} tags={tags} compact />
    </div>
  );
}
