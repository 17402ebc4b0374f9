import type { SearchDoc } from './index-options';
import type { SearchHit } from './search-docs';

/** Messages the page sends the search worker. */
export type WorkerRequest =
  | { id: number; type: 'prepare'; signature: string }
  | { id: number; type: 'build'; signature: string; docs: SearchDoc[] }
  | { id: number; type: 'search'; query: string; limit?: number };

/** The worker's answers, matched to requests by id. */
export type WorkerReply =
  | { id: number; type: 'ready' }
  | { id: number; type: 'need-docs' }
  | { id: number; type: 'results'; hits: SearchHit[] }
  | { id: number; type: 'error'; message: string };
