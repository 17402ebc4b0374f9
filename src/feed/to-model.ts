/**
 * Feed bytes -> the model: parse (JSON Feed, or RSS/Atom through the XML reader) then normalize. The
 * feed worker runs it (feed-worker.ts); where there is no worker the page loads it with import()
 * (feed-parser.ts), so none of it is in the first load.
 */
import type { FeedModel } from '../shared/model';
import { FeedError } from './errors';
import { normalizeFeed } from './normalize';
import { parseFeedBytes, sniffFeedFormat } from './parse';
import type { RawFeed } from './schema';

/** What came with the bytes: the response's Content-Type and the URL the feed was read from (after redirects). */
export interface FeedBytesInfo {
  contentType?: string;
  /** Absolute: the last base of the feed's relative URLs. */
  feedUrl: string;
}

/** Feed bytes of any format -> the model. Throws FeedError. */
export async function feedBytesToModel(bytes: Uint8Array, info: FeedBytesInfo): Promise<FeedModel> {
  const raw = await parseAnyFeed(bytes, info);
  return normalizeFeed(raw, { feedUrl: info.feedUrl });
}

/**
 * Feed bytes of any format (JSON Feed, RSS, Atom) -> RawFeed. The bytes say what the feed is: a
 * server that calls an RSS feed text/html is not believed, but a page it calls HTML is never read as
 * JSON. `contentType` gives the charset of an XML feed; `feedUrl` is its base for `xml:base`. Throws
 * FeedError.
 */
export async function parseAnyFeed(bytes: Uint8Array, opts: { contentType?: string; feedUrl?: string } = {}): Promise<RawFeed> {
  const contentType = opts.contentType?.toLowerCase() ?? '';
  const htmlType = contentType.includes('text/html') || contentType.includes('application/xhtml');
  const format = sniffFeedFormat(bytes, contentType);
  if (format === 'html' || (htmlType && format !== 'xml')) throw htmlError(opts.feedUrl);
  if (format === 'json') return parseFeedBytes(bytes);
  // The XML reader (and its parser) is a chunk of its own, loaded only for XML feeds.
  const { parseXmlFeed } = await import('./xml');
  return parseXmlFeed(bytes, { contentType, ...(opts.feedUrl ? { feedUrl: opts.feedUrl } : {}) });
}

function htmlError(url: string | undefined): FeedError {
  return new FeedError('not-a-feed', 'This is not a feed: the server sent an HTML page instead of the feed', url === undefined ? {} : { url });
}
