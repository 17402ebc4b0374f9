import { AppLink } from '../../shared/navigation';
import { paths } from '../../shared/paths';

const WHAT: Record<string, string> = {
  article: 'This article is not in the feed any more, or the link is mistyped.',
  author: 'No author by that name writes for this publication.',
  tag: 'No article carries that tag.',
};

/** The not-found view, with a way home. */
export function NotFound({ what }: { what?: string }) {
  return (
    <div className="page not-found">
      <title>Page not found — Broadsheet</title>
      <meta name="robots" content="noindex" />
      <h1>Page not found</h1>
      <p>{(what && WHAT[what]) ?? 'There is nothing at this address.'}</p>
      <p>
        <AppLink to={paths.home()} className="button">
          Go to the home page
        </AppLink>
      </p>
    </div>
  );
}

;
