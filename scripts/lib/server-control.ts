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
