import { useEffect, useState } from 'react';
import type { FeedSource } from '../session/feed-session';
import { useFeedSession } from '../session/session-context';
import { useStore } from '../shared/use-store';
import { useOnline } from './use-online';

/** "14:05" today, else "3 May, 14:05". */
function formatFetchedAt(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return new Intl.DateTimeFormat(undefined, sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(d);
}

const NO_SOURCE: FeedSource = { fromCopy: false };
const serverSource = () => NO_SOURCE;

/** "The feed server…" -> "the feed server…", to follow a colon. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/[.\s]+$/, '');
}

/** How long a refresh may take before the status line says the page shows a kept copy meanwhile. */
const CHECKING_AFTER_MS = 1000;

/**
 * The quiet network indicator: "Offline" when offline (the browser says so, or the last feed request
 * reached no network); when what is on screen is a copy kept on the
 * device, where it came from and how old it is, while the refresh from the network is slow or after it
 * failed (and why). A quick refresh shows nothing at all.
 */
export function NetworkStatus() {
  const online = useOnline();
  // Hydrating a prerendered page: render what the prerender rendered (nothing), then the real state.
  const source = useStore(useFeedSession().feedSource, { server: serverSource });
  const slow = useSlowRefresh(source.fromCopy && !!source.refreshing && !source.problem);
  const when = source.fromCopy && source.fetchedAt ? formatFetchedAt(source.fetchedAt) : null;
  let text = '';
  // navigator.onLine stays true on a connection that reaches nothing: a feed request that reached no
  // network says "offline" too.
  if (!online || source.noNetwork) text = when ? `Offline — showing articles fetched at ${when}` : 'Offline';
  else if (when && source.problem) text = `The feed could not be refreshed: ${lowerFirst(source.problem)}. Showing articles fetched at ${when}.`;
  else if (when && slow) text = `Showing the articles kept on this device, fetched at ${when}. Checking for new ones…`;
  return (
    <p role="status" className={`network-status ${text ? 'network-status-on' : ''}`}>
      {text}
    </p>
  );
}

/** True once `pending` has held for CHECKING_AFTER_MS. */
function useSlowRefresh(pending: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setSlow(true), CHECKING_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [pending]);
  return pending && slow;
}
