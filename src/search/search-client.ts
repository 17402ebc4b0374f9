import { indexFeed } from '../session/feed-index';
import type { FeedModel } from '../shared/model';
import { indexSignature, toSearchDoc, type SearchHit } from './search-docs';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * The page side of search: one worker per tab, started on first use. `search()` makes sure the worker's
 * index matches the feed the tab has (loading it from IndexedDB, or sending the articles to build it), then asks.
 */

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (reply: WorkerReply) => void>();
let readyFor: { signature: string; promise: Promise<void> } | null = null;

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const done = pending.get(e.data.id);
      pending.delete(e.data.id);
      done?.(e.data);
    };
    worker.onerror = () => {
      // A worker that failed to start (e.g. its chunk could not load): fail what waits, start afresh next time.
      for (const done of pending.values()) done({ id: 0, type: 'error', message: 'The search worker stopped.' });
      pending.clear();
      worker?.terminate();
      worker = null;
      readyFor = null;
    };
  }
  return worker;
}

function call(req: Request): Promise<WorkerReply> {
  const id = nextId++;
  const w = getWorker();
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ ...req, id });
  });
}

/** Models are immutable: each one's signature is hashed once, not on every query (10,000 ids take a while). */
const signatures = new WeakMap<FeedModel, string>();

function signatureOf(model: FeedModel): string {
  let signature = signatures.get(model);
  if (signature === undefined) {
    signature = indexSignature(model.articles);
    signatures.set(model, signature);
  }
  return signature;
}

/** Makes the worker's index match `model`, from storage if it was built before, else by building it. */
export function prepareIndex(model: FeedModel): Promise<void> {
  const signature = signatureOf(model);
  if (readyFor?.signature === signature) return readyFor.promise;
  const promise = (async () => {
    const first = await call({ type: 'prepare', signature });
    if (first.type === 'ready') return;
    if (first.type === 'error') throw new Error(first.message);
    const ix = indexFeed(model);
    const docs = model.articles.map((a) => toSearchDoc(a, ix.tagBySlug, ix.authorBySlug));
    const built = await call({ type: 'build', signature, docs });
    if (built.type === 'error') throw new Error(built.message);
  })();
  readyFor = { signature, promise };
  promise.catch(() => {
    if (readyFor?.promise === promise) readyFor = null;
  });
  return promise;
}

/** Searches every article of `model`; best match first. */
export async function search(model: FeedModel, query: string, limit = 100): Promise<SearchHit[]> {
  if (!query.trim()) return [];
  if (typeof Worker === 'undefined') return searchInPage(model, query, limit);
  await prepareIndex(model);
  const reply = await call({ type: 'search', query, limit });
  if (reply.type === 'error') throw new Error(reply.message);
  return reply.type === 'results' ? reply.hits : [];
}

/** Starts the worker and its index early (when the search box gets focus) so the first query is quick. */
export function warmSearch(model: FeedModel | null): void {
  if (model && typeof Worker !== 'undefined') void prepareIndex(model).catch(() => undefined);
}

let inPage: { model: FeedModel; index: import('./search-index').FeedSearchIndex } | null = null;

/** Where there are no workers (tests, very old browsers): the same index, built on the page. */
async function searchInPage(model: FeedModel, query: string, limit: number): Promise<SearchHit[]> {
  const { buildIndex, runSearch } = await import('./search-index');
  if (inPage?.model !== model) {
    const ix = indexFeed(model);
    inPage = { model, index: buildIndex(model.articles.map((a) => toSearchDoc(a, ix.tagBySlug, ix.authorBySlug))) };
  }
  return runSearch(inPage.index, query, limit);
}
