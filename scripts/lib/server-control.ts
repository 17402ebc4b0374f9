import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What both test servers (server.ts: vite preview; nginx-server.ts: nginx behind a proxy) do with a
 * request before serving files: record it, and answer it as the caller's override says.
 */

export interface Override {
  status?: number;
  body?: string;
  contentType?: string;
  delayMs?: number;
  headers?: Record<string, string>;
  /** Bytes to send instead of `body` (a binary file). */
  bytes?: Uint8Array;
  /**
   * Send the headers (with `headers`' Content-Length) and `bytes`, then hold the connection open until
   * `cutHeld()` closes it: a download lost mid-way, at a moment the test chooses.
   */
  cut?: boolean;
  /** Answer one request this way, then let the path through again. */
  once?: boolean;
  /**
   * Accept the request and never answer it (every other path answers): one stalled request, as a slow
   * CDN edge or a half-open connection gives. Held until `reset()`, `hang(false)` or `close()`.
   */
  stall?: boolean;
}

/** A request the server saw: its path and the headers a test may ask about. */
export interface SeenRequest {
  path: string;
  range?: string;
  accept?: string;
}

/** Keeps `res` in `set` until its connection closes. */
export function holdOpen(set: Set<ServerResponse>, res: ServerResponse): void {
  set.add(res);
  res.on('close', () => set.delete(res));
}

/** A request as `seen()` reports it: its path and the headers a test may ask about. */
export function seenRequest(req: IncomingMessage): SeenRequest {
  const header = (name: string) => (typeof req.headers[name] === 'string' ? { [name]: req.headers[name] } : {});
  return { path: (req.url ?? '/').split('?')[0] ?? '/', ...header('range'), ...header('accept') };
}

/**
 * Answers a request for `path` as its override says (a stall, a cut body, a delay, a status…) and
 * returns true, or returns false when the path has none. Stalled answers are kept in `held`, cut ones
 * in `cutting`. The vite preview server and the nginx proxy (nginx-server.ts) both answer with it.
 */
export function answerOverride(overrides: Map<string, Override>, path: string, res: ServerResponse, held: Set<ServerResponse>, cutting: Set<ServerResponse>): boolean {
  const o = overrides.get(path);
  if (!o) return false;
  if (o.once) overrides.delete(path);
  if (o.stall) {
    holdOpen(held, res);
    return true;
  }
  const send = () => {
    res.statusCode = o.status ?? 200;
    res.setHeader('Content-Type', o.contentType ?? 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    for (const [k, v] of Object.entries(o.headers ?? {})) res.setHeader(k, v);
    if (o.cut) {
      // The headers and the bytes given, then held until cutHeld().
      res.flushHeaders();
      res.write(o.bytes ?? o.body ?? '');
      holdOpen(cutting, res);
      return;
    }
    res.end(o.bytes ?? o.body ?? '');
  };
  if (o.delayMs) setTimeout(send, o.delayMs);
  else send();
  return true;
}

/** A test server as the tests drive it, whichever serves (server.ts or nginx-server.ts). */
export interface TestServer {
  url: string;
  override(path: string, o: Override): void;
  reset(): void;
  close(): Promise<void>;
  /** Serves files from `altDir` (given to startServer) instead of dist/, as a new deploy would. */
  deploy(useAlt: boolean): void;
  /**
   * Lie-fi: while on, every request is accepted and never answered (a train between stations, a captive
   * portal). Held requests are released (closed) when it is switched off or the server closes.
   */
  hang(on: boolean): void;
  /**
   * No network: while on, every connection is reset as soon as a request arrives, so the browser's
   * fetches fail at once, in any engine (a driver-independent `setOffline`, though `navigator.onLine`
   * stays true, as on a network that reaches nothing).
   */
  offline(on: boolean): void;
  /** Every request seen since the server started (or the last reset), oldest first. */
  seen(path?: string): SeenRequest[];
  /** Closes the connections of `cut` answers: the browser has every byte sent, and a body cut short. */
  cutHeld(): void;
}

export interface ServerOptions {
  /** A second build (e.g. `vite build --outDir <tmp>`) that `deploy(true)` switches to. */
  altDir?: string;
  /** Serve this build directory instead of dist/ (e.g. a copy built with another VITE_FEED_URL). */
  outDir?: string;
}
