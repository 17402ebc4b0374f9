import { prepareIndex, search } from '../search/search-client';
import { saveStoredFeed } from '../storage/feed-store';
import type { FeedSession } from '../session/feed-session';

/**
 * Measurement hooks for `npm run bench` (scripts/bench.ts), in builds made with VITE_BENCH=1 only: they
 * time the real code paths in the browser (the search worker, IndexedDB) rather than a copy in Node.
 */
interface BenchHooks {
  /** Builds the search index in the worker (from scratch) and times each query through the search client. */
  search(queries: string[]): Promise<{ buildMs: number; queryMs: number[] }>;
  /** Times writing the whole feed to IndexedDB, as the app keeps it for offline reading. */
  storeFeed(): Promise<{ ms: number; articles: number }>;
}

/** Puts the hooks on `window.__benchHooks`, reading the feed of `session`. */
export function installBenchHooks(session: FeedSession): void {
  const hooks: BenchHooks = {
    async search(queries) {
      const model = await session.getFeed();
      const t0 = performance.now();
      await prepareIndex(model);
      const buildMs = performance.now() - t0;
      const queryMs: number[] = [];
      for (const q of queries) {
        const t = performance.now();
        await search(model, q);
        queryMs.push(performance.now() - t);
      }
      return { buildMs, queryMs };
    },
    async storeFeed() {
      const model = await session.getFeed();
      const t = performance.now();
      await saveStoredFeed({ model, fetchedAt: Date.now(), feedUrl: session.feedUrl });
      return { ms: performance.now() - t, articles: model.articles.length };
    },
  };
  (window as unknown as { __benchHooks: BenchHooks }).__benchHooks = hooks;
}
