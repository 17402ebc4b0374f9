import type { IncomingMessage, ServerResponse } from 'node:http';
import { preview, type Plugin, type PreviewServer } from 'vite';

/**
 * `vite preview` of the real build in dist/, on a free port, with one test-only addition: a control
 * endpoint that lets a test make a path misbehave (a broken feed, a 500, a slow answer) and put it
 * right again. Requests the service worker makes go through here too, which `page.route` cannot see.
 */

export interface Override {
  status?: number;
  body?: string;
  contentType?: string;
  delayMs?: number;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  override(path: string, o: Override): void;
  reset(): void;
  close(): Promise<void>;
}

function controlPlugin(overrides: Map<string, Override>): Plugin {
  return {
    name: 'broadsheet-e2e-control',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const o = overrides.get(path);
        if (!o) return next();
        const send = () => {
          res.statusCode = o.status ?? 200;
          res.setHeader('Content-Type', o.contentType ?? 'application/json');
          res.setHeader('Cache-Control', 'no-store');
          for (const [k, v] of Object.entries(o.headers ?? {})) res.setHeader(k, v);
          res.end(o.body ?? '');
        };
        if (o.delayMs) setTimeout(send, o.delayMs);
        else send();
      });
    },
  };
}

/** Starts the preview server for the built app; call `close()` when done. */
export async function startServer(): Promise<TestServer> {
  const overrides = new Map<string, Override>();
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    plugins: [controlPlugin(overrides)],
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url: url.replace(/\/$/, ''),
    override: (path, o) => overrides.set(path, o),
    reset: () => overrides.clear(),
    close: () => server.close(),
  };
}
