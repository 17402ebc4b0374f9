import { useEffect, useState } from 'react';
import { useTabState } from '../shared/tab-state';

/** The notice's words for `n` saved articles the browser cleared. */
export function clearedText(n: number): string {
  const what = n === 1 ? 'the article you had saved for offline' : `the ${n} articles you had saved for offline`;
  const again = n === 1 ? 'Save it again to read it offline.' : 'Save them again to read them offline.';
  return `Your browser cleared ${what}. ${again}`;
}

/**
 * Says once, politely, that the browser cleared the reading list since the last visit (kept-marker.ts
 * tells), with a button to dismiss it. Renders nothing on the server and until the check is done.
 */
export function ClearedNotice() {
  const [vanished, setVanished] = useState(0);
  const tab = useTabState();
  useEffect(() => {
    let live = true;
    // Its module comes with the check, once the page is live (an effect): no first paint waits for it.
    void import('./kept-marker')
      .then(({ keptMarkerOf }) => keptMarkerOf(tab).checkVanished())
      .then((n) => {
        if (live) setVanished(n);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [tab]);
  if (vanished === 0) return null;
  return (
    <p className="notice storage-cleared" role="status">
      {clearedText(vanished)}{' '}
      <button type="button" className="button button-small button-quiet" onClick={() => setVanished(0)}>
        Dismiss
      </button>
    </p>
  );
}
