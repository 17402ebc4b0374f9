import { isFeedError } from './errors';
import { feedErrorData, type FeedWorkerReply, type FeedWorkerRequest } from './feed-worker-protocol';
import { feedBytesToModel } from './to-model';

/**
 * The feed worker: feed bytes -> the model (parse, normalize) off the page's main thread, where a
 * large feed would block the reader's taps. The page side is feed-parser.ts.
 */

/** Answers one request: the model, the feed's error, or 'failed' with the bytes given back. */
export async function handleFeedMessage(msg: FeedWorkerRequest): Promise<FeedWorkerReply> {
  try {
    const model = await feedBytesToModel(new Uint8Array(msg.bytes), { contentType: msg.contentType, feedUrl: msg.feedUrl });
    return { id: msg.id, type: 'model', model };
  } catch (e) {
    if (isFeedError(e)) return { id: msg.id, type: 'feed-error', error: feedErrorData(e) };
    return { id: msg.id, type: 'failed', message: e instanceof Error ? e.message : String(e), bytes: msg.bytes };
  }
}

interface WorkerScope {
  postMessage(msg: FeedWorkerReply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<FeedWorkerRequest>) => void) | null;
}

// Only in a worker: tests import the handler in a page (jsdom), where `self` is the window.
if ('WorkerGlobalScope' in globalThis) {
  const scope = self as unknown as WorkerScope;
  scope.onmessage = (e) => {
    void handleFeedMessage(e.data).then((reply) => scope.postMessage(reply, reply.type === 'failed' ? [reply.bytes] : []));
  };
  scope.postMessage({ type: 'ready' });
}
