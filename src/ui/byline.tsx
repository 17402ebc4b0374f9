import { AppLink } from '../shared/navigation';
import type { Author } from '../shared/model';
import { paths } from '../shared/paths';

// The interface is English, so the list of names is joined the English way whatever the article's language.
const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

/** "By A, B and C", each name a link to the author's page. */
export function Byline({ authors }: { authors: Author[] }) {
  if (authors.length === 0) return null;
  const parts = listFormat.formatToParts(authors.map((a) => a.slug));
  return (
    <span className="byline">
      By{' '}
      {parts.map((p, i) => {
        if (p.type === 'literal') return <span key={i}>{p.value}</span>;
        const author = authors.find((a) => a.slug === p.value);
        return author ? (
          <AppLink key={i} to={paths.author(author.slug)} className="byline-author">
            {author.name}
          </AppLink>
        ) : null;
      })}
    </span>
  );
}
