import { AppLink } from '../shared/navigation';
import type { Author } from '../shared/model';
import { paths } from '../shared/paths';
import { Avatar } from './avatar';
import { SafeHtml } from './safe-html';

/** The "about the author" box at the foot of an article: avatar, name, role and bio. */
export function AuthorBox({ author, bio }: { author: Author; bio?: string }) {
  return (
    <section className="author-box" aria-labelledby={`author-${author.slug}`}>
      <Avatar author={author} size={72} />
      <div>
        <h2 id={`author-${author.slug}`} className="author-box-name">
          <AppLink to={paths.author(author.slug)}>{author.name}</AppLink>
        </h2>
        {author.role && <p className="author-role">{author.role}</p>}
        {bio && <SafeHtml className="author-bio" html={bio} />}
      </div>
    </section>
  );
}
