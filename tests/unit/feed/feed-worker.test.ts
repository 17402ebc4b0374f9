import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError } from '../../../src/feed/errors';
import { createFeedParser } from '../../../src/feed/feed-parser';
import { handleFeedMessage } from '../../../src/feed/feed-worker';
import { feedErrorFrom, type FeedWorkerReply, type FeedWorkerRequest } from '../../../src/feed/feed-worker-protocol';

/**
 * The feed worker's message protocol (its handler, run here as the worker runs it) and the page side's
 * fallbacks. jsdom has no Worker: where a test needs one, a stand-in runs the real handler behind
 * structuredClone with transfer, as postMessage does between threads.
 */

const FEED_URL = 'https://news.example/feed.json';
const encode = (text: string) => new TextEncoder().encode(text);
const jsonFeed = (titles: string[]) =>
  encode(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Harbour Gazette',
      items: titles.map((title, i) => ({ id: String(i + 1), url: `/articles/story-${i + 1}`, title, content_text: `${title}.` })),
    }),
  );
const rss = () => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/feeds/wordpress-rss.xml')));
const broken = () => encode('{"version": "https://jsonfeed.org/version/1.1", "title": "Cut off", "items": [{"id": "1"');

let nextId = 1;
const request = (bytes: Uint8Array, contentType = 'application/feed+json', feedUrl = FEED_URL): FeedWorkerRequest => ({
  id: nextId++,
  bytes: bytes.slice().buffer,
  contentType,
  feedUrl,
});

describe('the feed worker handler', () => {
  it('answers JSON Feed bytes with the model', async () => {
    const msg = request(jsonFeed(['Ferry strike ends', 'New lighthouse keeper']));
    const reply = await handleFeedMessage(msg);
    expect(reply).toMatchObject({ id: msg.id, type: 'model' });
    if (reply.type !== 'model') return;
    expect(reply.model.meta.title).toBe('The Harbour Gazette');
    expect(reply.model.articles.map((a) => a.title)).toEqual(['Ferry strike ends', 'New lighthouse keeper']);
    expect(reply.model.articles[0]?.url).toBe('https://news.example/articles/story-1');
    // What it posts survives the copy between threads as it is.
    expect(structuredClone(reply)).toEqual(reply);
  });

  it('answers RSS bytes with the model (the XML reader, loaded on demand)', async () => {
    const reply = await handleFeedMessage(request(rss(), 'application/rss+xml; charset=UTF-8', 'https://harbour.example/feed/'));
    expect(reply.type).toBe('model');
    if (reply.type !== 'model') return;
    expect(reply.model.meta.title).toBe('Harbour Notes – a WordPress blog');
    expect(reply.model.articles.length).toBeGreaterThan(0);
  });

  it('answers broken bytes with the FeedError as a plain object, rebuilt on the page with its kind, message and details', async () => {
    const reply = await handleFeedMessage(request(broken()));
    expect(reply.type).toBe('feed-error');
    if (reply.type !== 'feed-error') return;
    const copied = structuredClone(reply);
    expect(copied.error.kind).toBe('truncated');
    const e = feedErrorFrom(copied.error);
    expect(e).toBeInstanceOf(FeedError);
    expect(e).toMatchObject({ name: 'FeedError', kind: 'truncated', message: reply.error.message });

    const html = await handleFeedMessage(request(encode('<!doctype html><p>Sign in</p>'), 'text/html'));
    expect(html.type === 'feed-error' && feedErrorFrom(html.error)).toMatchObject({ kind: 'not-a-feed', url: FEED_URL });
  });
});

/** Every stand-in made, to look at (reset per test). */
let made: StandInWorker[] = [];

/** A Worker for jsdom: the real handler, messages copied with structuredClone (transfers detach, as between threads). */
class StandInWorker {
  onmessage: ((e: MessageEvent<FeedWorkerReply>) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: FeedWorkerRequest[] = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    made.push(this);
    setTimeout(() => this.start(), 0);
  }
  protected start() {
    this.post({ type: 'ready' });
  }
  protected post(reply: FeedWorkerReply, transfer: Transferable[] = []) {
    const data = structuredClone(reply, { transfer });
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
    }, 0);
  }
  postMessage(msg: FeedWorkerRequest, transfer: Transferable[]) {
    const copy = structuredClone(msg, { transfer });
    this.received.push(copy);
    void this.answer(copy);
  }
  protected async answer(msg: FeedWorkerRequest) {
    const reply = await handleFeedMessage(msg);
    this.post(reply, reply.type === 'failed' ? [reply.bytes] : []);
  }
  terminate() {
    this.terminated = true;
  }
}

/** A worker whose script fails to load: an error event, never 'ready'. */
class FailsToStart extends StandInWorker {
  protected override start() {
    this.onerror?.(new Event('error', { cancelable: true }));
  }
}

/** A worker that runs but cannot read (say, an API it lacks): it answers 'failed' and gives the bytes back. */
class BreaksWhileReading extends StandInWorker {
  protected override async answer(msg: FeedWorkerRequest) {
    this.post({ id: msg.id, type: 'failed', message: 'TextDecoder is not defined', bytes: msg.bytes }, [msg.bytes]);
  }
}

describe('the feed parser (page side)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    made = [];
  });

  it('reads on the page where there is no Worker: the model, and a FeedError as a FeedError', async () => {
    expect(typeof Worker).toBe('undefined');
    const parser = createFeedParser();
    const model = await parser.parse(jsonFeed(['Quay repairs start']), { contentType: 'application/json', feedUrl: FEED_URL });
    expect(model.articles.map((a) => a.title)).toEqual(['Quay repairs start']);
    const e = await parser.parse(broken(), { feedUrl: FEED_URL }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FeedError);
    expect(e).toMatchObject({ kind: 'truncated' });
    parser.close();
  });

  it('reads in the worker, made on the first read, transferring the bytes; its FeedError arrives as a FeedError', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const parser = createFeedParser();
    expect(made).toHaveLength(0);
    const bytes = jsonFeed(['Harbour dredging approved', 'Fish market reopens']);
    const model = await parser.parse(bytes, { contentType: 'application/feed+json', feedUrl: FEED_URL });
    expect(model.articles.map((a) => a.title)).toEqual(['Harbour dredging approved', 'Fish market reopens']);
    expect(made).toHaveLength(1);
    expect(made[0]?.options).toEqual({ type: 'module' });
    expect(made[0]?.url.pathname).toMatch(/feed-worker\.ts$/);
    expect(bytes.byteLength).toBe(0); // transferred, not copied

    // A view of a larger buffer: only its own bytes go, the larger buffer stays whole.
    const whole = new Uint8Array(4096);
    const feed = jsonFeed(['Tall ships arrive']);
    whole.set(feed, 100);
    const view = whole.subarray(100, 100 + feed.byteLength);
    const tall = await parser.parse(view, { feedUrl: FEED_URL });
    expect(tall.articles[0]?.title).toBe('Tall ships arrive');
    expect(whole.byteLength).toBe(4096);
    expect(made[0]?.received[1]?.bytes.byteLength).toBe(feed.byteLength);

    const e = await parser.parse(encode('<html><body>Login</body></html>'), { contentType: 'text/html', feedUrl: FEED_URL }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FeedError);
    expect(e).toMatchObject({ kind: 'not-a-feed', url: FEED_URL, message: 'This is not a feed: the server sent an HTML page instead of the feed' });
    expect(made).toHaveLength(1); // one worker for every read

    parser.close();
    expect(made[0]?.terminated).toBe(true);
  });

  it('reads on the page when the worker fails to start, and the next read makes a new worker', async () => {
    vi.stubGlobal('Worker', FailsToStart);
    const parser = createFeedParser();
    const [a, b] = await Promise.all([
      parser.parse(jsonFeed(['Storm warning lifted']), { feedUrl: FEED_URL }),
      parser.parse(rss(), { contentType: 'application/rss+xml', feedUrl: 'https://harbour.example/feed/' }),
    ]);
    expect(a.articles[0]?.title).toBe('Storm warning lifted');
    expect(b.meta.title).toBe('Harbour Notes – a WordPress blog');
    expect(made).toHaveLength(1);
    expect(made[0]?.terminated).toBe(true);

    vi.stubGlobal('Worker', StandInWorker);
    const c = await parser.parse(jsonFeed(['Regatta postponed']), { feedUrl: FEED_URL });
    expect(c.articles[0]?.title).toBe('Regatta postponed');
    expect(made).toHaveLength(2);
    expect(made[1]?.received).toHaveLength(1);
    parser.close();
  });

  it('reads on the page when the worker breaks while reading (it gives the bytes back)', async () => {
    vi.stubGlobal('Worker', BreaksWhileReading);
    const parser = createFeedParser();
    const model = await parser.parse(jsonFeed(['Pier lights restored']), { feedUrl: FEED_URL });
    expect(model.articles[0]?.title).toBe('Pier lights restored');
    expect(made[0]?.received).toHaveLength(1);
    const e = await parser.parse(broken(), { feedUrl: FEED_URL }).catch((err: unknown) => err);
    expect(e).toMatchObject({ kind: 'truncated' });
    parser.close();
  });

  it('reads on the page when the worker never says it is ready (its script stalled)', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal(
        'Worker',
        class Stalled extends StandInWorker {
          protected override start() {}
        },
      );
      const parser = createFeedParser();
      const read = parser.parse(jsonFeed(['Ferry timetable changes']), { feedUrl: FEED_URL });
      await vi.advanceTimersByTimeAsync(3000);
      vi.useRealTimers();
      expect((await read).articles[0]?.title).toBe('Ferry timetable changes');
      expect(made[0]?.terminated).toBe(true);
      parser.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
