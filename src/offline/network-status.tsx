import { useSyncExternalStore } from 'react';
import { getFeedSource, subscribeFeedSource } from '../app/feed-store';
import { useOnline } from './use-online';

/** "14:05" today, else "3 May, 14:05". */
export function formatFetchedAt(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return new Intl.DateTimeFormat(undefined, sameDay ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** The quiet network indicator: "Offline" when offline, and when the list on screen is an older copy, since when. */
export function NetworkStatus() {
  const online = useOnline();
  const source = useSyncExternalStore(subscribeFeedSource, getFeedSource, getFeedSource);
  const when = source.fromCopy && source.fetchedAt ? formatFetchedAt(source.fetchedAt) : null;
  let text = '';
  if (!online) text = when ? `Offline — showing articles fetched at ${when}` : 'Offline';
  else if (when) text = `Showing articles fetched at ${when}: the feed could not be refreshed`;
  return (
    <p role="status" className={`network-status ${text ? 'network-status-on' : ''}`}>
      {text}
    </p>
  );
}
