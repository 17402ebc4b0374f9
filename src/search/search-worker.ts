import { getStoredIndex, putStoredIndex } from '../storage/search-index-store';
import { buildIndex, loadIndex, runSearch, serializeIndex, type FeedSearchIndex } from './search-index';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * The search worker: builds the MiniSearch index off the main thread, keeps it in IndexedDB under a
 * signature of the feed so the next start (or an offline one) loads it instead of rebuilding, and answers queries.
 */

interface WorkerScope {
  postMessage(msg: WorkerReply): void;
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;
let index: FeedSearchIndex | null = null;
let signature = '';

function reply(msg: WorkerReply) {
  scope.postMessage(msg);
}

async function handle(msg: WorkerRequest): Promise<WorkerReply> {
  switch (msg.type) {
    case 'prepare': {
      if (index && signature === msg.signature) return { id: msg.id, type: 'ready' };
      const stored = await getStoredIndex().catch(() => undefined);
      if (stored && stored.signature === msg.signature) {
        try {
          index = loadIndex(stored.json);
          signature = stored.signature;
          return { id: msg.id, type: 'ready' };
        } catch {
          /* an index from an older format: rebuild it */
        }
      }
      return { id: msg.id, type: 'need-docs' };
    }
    case 'build': {
      const built = buildIndex(msg.docs);
      index = built;
      signature = msg.signature;
      // Kept for the next start, after the page has heard the index is ready; a failure to store (quota,
      // private mode) only costs a rebuild then.
      setTimeout(() => {
        if (index !== built) return;
        void putStoredIndex({ signature: msg.signature, json: serializeIndex(built) }).catch(() => undefined);
      }, 0);
      return { id: msg.id, type: 'ready' };
    }
    case 'search': {
      if (!index) return { id: msg.id, type: 'error', message: 'The search index is not ready.' };
      return { id: msg.id, type: 'results', hits: runSearch(index, msg.query, msg.limit) };
    }
  }
}

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  handle(msg).then(reply, (err: unknown) => reply({ id: msg.id, type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
