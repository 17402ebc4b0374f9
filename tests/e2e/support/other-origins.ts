import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildSite, rebuildPages } from '../../../scripts/build-site';

/**
 * Hosts on other origins for the e2e tests (127.0.0.1 on other ports, started and stopped by the
 * tests): an image CDN and a publisher's CMS serving the feed, each with or without
 * Access-Control-Allow-Origin, and a build of the app from such a feed.
 */

export interface OtherHost {
  /** http://127.0.0.1:PORT */
  url: string;
  host: string;
  /** Every request seen: method, path, Sec-Fetch-Mode ('cors', 'no-cors'…) and Origin. */
  requests: { method: string; path: string; mode: string | undefined; origin: string | undefined }[];
  /** Sends Access-Control-Allow-Origin: * while true. */
  cors: boolean;
  close(): Promise<void>;
}

/** Starts a host on 127.0.0.1 answering with `answer` (null: 404), with CORS headers while `cors`. */
export async function startOtherHost(
  cors: boolean,
  answer: (req: IncomingMessage) => Promise<{ type: string; body: Buffer | string; headers?: Record<string, string> } | null>,
): Promise<OtherHost> {
  const requests: OtherHost['requests'] = [];
  const state = { cors };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method: req.method ?? 'GET', path, mode: header(req, 'sec-fetch-mode'), origin: header(req, 'origin') });
    void answer(req).then(
      (found) => {
        if (state.cors) res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Cache-Control', 'no-cache');
        if (!found) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader('Content-Type', found.type);
        for (const [k, v] of Object.entries(found.headers ?? {})) res.setHeader(k, v);
        res.end(found.body);
      },
      () => res.destroy(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    get cors() {
      return state.cors;
    },
    set cors(on: boolean) {
      state.cors = on;
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** An image CDN: any path ending in a file name of dist/images/ answers with that image. */
export function startImageHost(cors: boolean): Promise<OtherHost> {
  return startOtherHost(cors, async (req) => {
    const name = basename((req.url ?? '').split('?')[0] ?? '');
    if (!/^[\w-]+\.jpg$/.test(name)) return null;
    const body = await readFile(join('dist', 'images', name)).catch(() => null);
    return body ? { type: 'image/jpeg', body } : null;
  });
}

/**
 * A copy of dist/ with its pages rebuilt from `feed` (written as its feed.json), as the build from that
 * feed would be: its own pages only. Returns the directory; remove it when done.
 */
export async function buildWithFeed(feed: unknown): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'broadsheet-other-origins-'));
  await cp('dist', out, { recursive: true });
  for (const dir of ['articles', 'authors', 'tags']) await rm(join(out, dir), { recursive: true, force: true });
  await rm(join(out, 'feed-2.json'), { force: true });
  await writeFile(join(out, 'feed.json'), JSON.stringify(feed));
  return removedOnFailure(out, () => rebuildPages(out, { quiet: true }));
}

/**
 * The whole build into a new temporary directory, with `env` added (for VITE_FEED_URL). The prerender
 * runs in a process of its own, so the hosts above, living in this one, can answer it. Returns the
 * directory; remove it when done.
 */
export async function buildInTempDir(env: Record<string, string>): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'broadsheet-build-'));
  return removedOnFailure(out, () => buildSite({ outDir: out, env, quiet: true }));
}

async function removedOnFailure(dir: string, build: () => Promise<unknown>): Promise<string> {
  try {
    await build();
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return dir;
}

/** The type ('cors', 'opaque', 'basic'…) of each of `urls` in a cache, 'missing' when it is not there. */
export async function cachedTypes(page: Page, cacheName: string, urls: string[]): Promise<Record<string, string>> {
  return page.evaluate(
    async ({ cacheName, urls }) => {
      const cache = await caches.open(cacheName);
      const out: Record<string, string> = {};
      for (const url of urls) out[url] = (await cache.match(url, { ignoreVary: true }))?.type ?? 'missing';
      return out;
    },
    { cacheName, urls },
  );
}
