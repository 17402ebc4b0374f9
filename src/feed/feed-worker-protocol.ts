import type { FeedModel } from '../shared/model';
import { FeedError, type FeedErrorKind } from './errors';

/** What the page sends the feed worker: one feed's bytes (transferred) and what came with them. */
export interface FeedWorkerRequest {
  id: number;
  bytes: ArrayBuffer;
  contentType: string;
  feedUrl: string;
}

/** A FeedError as a plain object: structured clone keeps an Error's message but not its class or fields. */
export interface FeedErrorData {
  kind: FeedErrorKind;
  message: string;
  status?: number;
  url?: string;
  /** The cause's message (a parser's own words), when there was one. */
  cause?: string;
}

/**
 * The worker's messages: 'ready' once, when it runs; then one answer per request. 'failed' is the
 * worker's own trouble, not the feed's: it hands the bytes back for the page to read them itself.
 */
export type FeedWorkerReply =
  | { type: 'ready' }
  | { id: number; type: 'model'; model: FeedModel }
  | { id: number; type: 'feed-error'; error: FeedErrorData }
  | { id: number; type: 'failed'; message: string; bytes: ArrayBuffer };

/** The plain form of `e`, to post. */
export function feedErrorData(e: FeedError): FeedErrorData {
  const data: FeedErrorData = { kind: e.kind, message: e.message };
  if (e.status !== undefined) data.status = e.status;
  if (e.url !== undefined) data.url = e.url;
  if (e.cause !== undefined) data.cause = e.cause instanceof Error ? e.cause.message : String(e.cause);
  return data;
}

/** The FeedError again, on the page, from its plain form. */
export function feedErrorFrom(data: FeedErrorData): FeedError {
  return new FeedError(data.kind, data.message, {
    ...(data.status !== undefined ? { status: data.status } : {}),
    ...(data.url !== undefined ? { url: data.url } : {}),
    ...(data.cause !== undefined ? { cause: new Error(data.cause) } : {}),
  });
}
