import type { FeedModel } from '../shared/model';
import { feedErrorFrom, type FeedWorkerReply, type FeedWorkerRequest } from './feed-worker-protocol';
import type { FeedBytesInfo } from './to-model';

/**
 * The page side of the feed worker. Feed bytes -> the model runs in a module worker, started on the
 * first parse, so a large feed never blocks the page; where there is no Worker (Node, jsdom, an odd
 * browser), or the worker fails to start or breaks, the same code runs on the page, loaded with
 * import() so it stays out of the first load either way.
 */

/** Feed bytes -> the model; throws FeedError. */
export type FeedBytesParser = (bytes: Uint8Array, info: FeedBytesInfo) => Promise<FeedModel>;

/** A worker of one's own for reading feeds: whoever owns the loads (the feed session) owns it. */
export interface FeedParser {
  parse: FeedBytesParser;
  /** Ends the worker; reads still waiting reject, later ones run on the page. */
  close(): void;
}

/**
 * How long a worker has to start (fetch and run its script) before the reads waiting for it run on
 * the page: its request may stall like any other (lie-fi before the service worker controls the page).
 */
const START_DEADLINE_MS = 3000;

/** Reads feed bytes on the page, the parser loaded on first use. */
export const parseOnPage: FeedBytesParser = async (bytes, info) => {
  const { feedBytesToModel } = await import('./to-model');
  return feedBytesToModel(bytes, info);
};

interface Job {
  id: number;
  bytes: Uint8Array;
  info: FeedBytesInfo;
  resolve: (model: FeedModel) => void;
  reject: (e: unknown) => void;
}

/** A parser whose worker starts on its first parse. */
export function createFeedParser(): FeedParser {
  let worker: Worker | null = null;
  let ready = false;
  let closed = false;
  let nextId = 1;
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  /** Reads waiting for the worker to start: their bytes are still the page's, so they can run here. */
  let queued: Job[] = [];
  /** Reads the worker has: their bytes were transferred to it. */
  const inFlight = new Map<number, Job>();

  const onPage = (job: Job) => {
    parseOnPage(job.bytes, job.info).then(job.resolve, job.reject);
  };

  const send = (w: Worker, job: Job) => {
    const buffer = ownBuffer(job.bytes);
    inFlight.set(job.id, job);
    const request: FeedWorkerRequest = { id: job.id, bytes: buffer, contentType: job.info.contentType ?? '', feedUrl: job.info.feedUrl };
    w.postMessage(request, [buffer]);
  };

  /** Drops a worker that failed: what waited for it runs on the page, and the next parse starts another. */
  const drop = (w: Worker) => {
    if (worker !== w) return;
    clearTimeout(startTimer);
    w.terminate();
    worker = null;
    ready = false;
    const waiting = queued;
    queued = [];
    for (const job of waiting) onPage(job);
    // A worker that died holding bytes cannot give them back (it answers 'failed' with them when it can).
    for (const job of inFlight.values()) job.reject(new Error('The feed worker stopped while reading the feed.'));
    inFlight.clear();
  };

  const start = (): Worker | null => {
    if (worker || closed || typeof Worker === 'undefined') return worker;
    let w: Worker;
    try {
      w = new Worker(new URL('./feed-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    worker = w;
    w.onmessage = (e: MessageEvent<FeedWorkerReply>) => {
      const reply = e.data;
      if (reply.type === 'ready') {
        clearTimeout(startTimer);
        ready = true;
        const waiting = queued;
        queued = [];
        for (const job of waiting) send(w, job);
        return;
      }
      const job = inFlight.get(reply.id);
      if (!job) return;
      inFlight.delete(reply.id);
      if (reply.type === 'model') job.resolve(reply.model);
      else if (reply.type === 'feed-error') job.reject(feedErrorFrom(reply.error));
      else onPage({ ...job, bytes: new Uint8Array(reply.bytes) });
    };
    w.onerror = (e) => {
      e.preventDefault(); // handled: the reads run on the page
      drop(w);
    };
    w.onmessageerror = () => drop(w);
    startTimer = setTimeout(() => drop(w), START_DEADLINE_MS);
    return w;
  };

  return {
    parse: (bytes, info) =>
      new Promise<FeedModel>((resolve, reject) => {
        const job: Job = { id: nextId++, bytes, info, resolve, reject };
        const w = start();
        if (!w) onPage(job);
        else if (ready) send(w, job);
        else queued.push(job);
      }),
    close() {
      closed = true;
      clearTimeout(startTimer);
      worker?.terminate();
      worker = null;
      const stopped = new Error('The feed parser was closed.');
      for (const job of [...queued, ...inFlight.values()]) job.reject(stopped);
      queued = [];
      inFlight.clear();
    },
  };
}

/**
 * The buffer to transfer: the bytes' own, or a copy when they are a view of a larger one (the rest is
 * not ours to detach) or shared. The tag, not instanceof: bytes from another realm are ArrayBuffers too.
 */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength;
  if (whole && Object.prototype.toString.call(buffer) === '[object ArrayBuffer]') return buffer as ArrayBuffer;
  return bytes.slice().buffer;
}
