import { useSyncExternalStore } from 'react';
import { getFeedSource, subscribeFeedSource, type FeedSource } from '../app/feed-store';
import { useOnline } from './use-online';

/** "14:05" today, else "3 May, 14:05". */
export function formatFetchedAt(ms: number, now = Date.now()): string {
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

/**
 * The quiet network indicator: "Offline" when offline; when the list on screen is an older copy
 * because the feed could not be refreshed, why (the feed error) and since when.
 */
export function NetworkStatus() {
  const online = useOnline();
  // Hydrating a prerendered page: render what the prerender rendered (nothing), then the real state.
  const source = useSyncExternalStore(subscribeFeedSource, getFeedSource, serverSource);
  const when = source.fromCopy && source.fetchedAt ? formatFetchedAt(source.fetchedAt) : null;
  let text = '';
  if (!online) text = when ? `Offline — showing articles fetched at ${when}` : 'Offline';
  else if (when) text = `The feed could not be refreshed: ${lowerFirst(source.problem ?? 'the network did not answer')}. Showing articles fetched at ${when}.`;
  return (
    <p role="status" className={`network-status ${text ? 'network-status-on' : ''}`}>
      {text}
    </p>
  );
}
