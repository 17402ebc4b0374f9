import { useFeedSession } from '../../session/session-context';
import { articleVersion } from '../../session/view-data';
import { useAppNavigation } from '../../shared/navigation';
import { useStore } from '../../shared/use-store';

const noFeed = () => null;

/**
 * "This article has been updated": shown when the network brought a newer version of the article on
 * screen. The page is never rewritten under the reader; one tap shows the new version.
 */
export function ArticleUpdatedNote({ id, version }: { id: string; version: string }) {
  const session = useFeedSession();
  const model = useStore(session.feedModel, { server: noFeed });
  const fromCopy = useStore(session.feedSource, { select: (s) => s.fromCopy, server: () => true });
  const nav = useAppNavigation();
  // Only a copy confirmed by the network counts: a device copy may be older than the page on screen.
  const live = model && !fromCopy ? model.articles.find((a) => a.id === id) : undefined;
  if (!live || articleVersion(live) === version) return null;
  return (
    <p className="notice article-updated" role="status">
      This article has been updated since you opened it.{' '}
      <button type="button" className="button button-small" onClick={nav.revalidate} disabled={nav.revalidating}>
        Show the latest version
      </button>
    </p>
  );
}
