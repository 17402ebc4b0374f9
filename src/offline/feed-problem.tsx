import { useState } from 'react';
import { useFeedSession } from '../session/session-context';
import { useAppNavigation } from '../shared/navigation';
import { useStore } from '../shared/use-store';

const none = () => undefined;

/**
 * A page that carried its own data is on screen, and the feed behind it could not be read (a first
 * visit, nothing on the device): the page stays readable, and this alert says what failed and offers
 * to try again. On a view that needed the feed to render, the route's error view says it instead.
 */
export function FeedProblem({ pagePath }: { pagePath: string }) {
  const session = useFeedSession();
  const failed = useStore(session.feedSource, { select: (s) => s.failedBehindPage, server: none });
  const { pathname } = useAppNavigation();
  const [busy, setBusy] = useState(false);
  if (!failed || (pathname.replace(/\/+$/, '') || '/') !== pagePath) return null;
  const retry = () => {
    setBusy(true);
    void session
      .getFeed()
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  return (
    <div role="alert" className="feed-problem">
      <p>
        <strong>The feed could not be read.</strong> {failed}. This page shows the articles as they were when the site was built.
      </p>
      <button type="button" className="button button-small" onClick={retry} disabled={busy}>
        {busy ? 'Trying…' : 'Try again'}
      </button>
    </div>
  );
}
