import { useSyncExternalStore } from 'react';
import type { FeedModel } from '../feed/model';
import { peekFeed, subscribeFeed } from './feed-store';

/** The current feed model, re-rendering when more pages are merged in; `initial` covers the first render. */
export function useLiveFeed(initial: FeedModel): FeedModel {
  return useSyncExternalStore(subscribeFeed, () => peekFeed() ?? initial, () => initial);
}
