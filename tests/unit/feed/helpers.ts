import { isFeedError, type FeedError } from '../../../src/feed/errors';
import { normalizeFeed } from '../../../src/feed/normalize';
import { parseFeedText } from '../../../src/feed/parse';
import type { FeedModel } from '../../../src/shared/model';

export const FEED_URL = 'https://news.example.com/feeds/main.json';

/** A minimal valid JSON Feed 1.1 object with the given items and top-level overrides. */
export function feedObject(items: unknown[], top: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'The Daily Example', items, ...top };
}

/** Parses and normalizes a feed object the way the app does. */
export function model(items: unknown[], top: Record<string, unknown> = {}, feedUrl = FEED_URL): FeedModel {
  return normalizeFeed(parseFeedText(JSON.stringify(feedObject(items, top))), { feedUrl });
}

/** The single article of a one-item feed. */
export function only(item: Record<string, unknown>, top: Record<string, unknown> = {}) {
  const m = model([{ id: '1', content_text: 'Body text.', ...item }], top);
  const article = m.articles[0];
  if (!article) throw new Error(`item was skipped: ${JSON.stringify(m.skipped)}`);
  return { article, model: m };
}

/** The FeedError `fn` throws; fails the test when it throws anything else or nothing. */
export function errorOf(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (e) {
    if (isFeedError(e)) return e;
    throw e;
  }
  throw new Error('expected a FeedError');
}
