import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { startNginxServer } from './nginx-server';
import { answerOverride, holdOpen, seenRequest, type Override, type SeenRequest, type ServerOptions, type TestServer } from './server-control';

/**
 * `vite preview` of a real build (dist/, or another directory) on a free port, for the e2e tests, the
 * view and PWA screenshots and the bench, with controls that let a caller make a path misbehave (a
 * broken feed, a 500, a slow answer, lie-fi) and put it right again. Requests the service worker makes
 * go through here too, which `page.route` cannot see.
 */

export type { ServerOptions, TestServer } from './server-control';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves a second build in place of dist/ while switched on. vite preview's static server keeps its
 * own file list, so a switch is done here, reading files on each request (SPA fallback to index.html).
 */
function deployPlugin(state: { altDir?: string; on: boolean }): Plugin {
  return {
    name: 'broadsheet-e2e-deploy',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        if (!state.on || !state.altDir) return next();
        const altDir = state.altDir;
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        const rel = normalize(path).replace(/^([/\\])+/, '');
        if (rel.startsWith('..')) return next();
        void (async () => {
          let file = join(altDir, rel);
          const isFile = await stat(file).then((st) => st.isFile(), () => false);
          if (!isFile) {
            if (extname(rel)) return next();
            file = join(altDir, 'index.html');
          }
          const body = await readFile(file);
          res.statusCode = 200;
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(body);
        })().catch(() => next());
      });
    },
  };
}

/** Resets every connection while `state.offline`; holds every request open while `state.on`. */
function hangPlugin(state: { on: boolean; offline: boolean; held: Set<ServerResponse> }): Plugin {
  return {
    name: 'broadsheet-e2e-hang',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        if (state.offline) return void req.socket.destroy();
        if (!state.on) return next();
        holdOpen(state.held, res);
      });
    },
  };
}

function controlPlugin(overrides: Map<string, Override>, seen: SeenRequest[], cutting: Set<ServerResponse>, held: Set<ServerResponse>): Plugin {
  return {
    name: 'broadsheet-e2e-control',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const request = seenRequest(req);
        seen.push(request);
        if (!answerOverride(overrides, request.path, res, held, cutting)) next();
      });
    },
  };
}

/** Which server startServer() starts: E2E_SERVER=nginx for nginx with the shipped config, else vite preview. */
const SERVER_KIND: 'nginx' | 'vite' = process.env.E2E_SERVER === 'nginx' ? 'nginx' : 'vite';

/**
 * Starts the server for the built app (vite preview, or nginx when E2E_SERVER=nginx: see
 * nginx-server.ts, same features); call `close()` when done.
 */
export async function startServer(opts: ServerOptions = {}): Promise<TestServer> {
  if (SERVER_KIND === 'nginx') return startNginxServer(opts);
  const overrides = new Map<string, Override>();
  const seen: SeenRequest[] = [];
  const cutting = new Set<ServerResponse>();
  // An orderly close (FIN): every byte sent arrives, then a body shorter than its Content-Length, as
  // when a train leaves the station mid-download.
  const cutHeld = () => {
    for (const res of cutting) res.socket?.end();
    cutting.clear();
  };
  const deployState: { altDir?: string; on: boolean } = { on: false, ...(opts.altDir ? { altDir: opts.altDir } : {}) };
  const hangState = { on: false, offline: false, held: new Set<ServerResponse>() };
  const release = () => {
    for (const res of hangState.held) res.destroy();
    hangState.held.clear();
  };
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    plugins: [hangPlugin(hangState), controlPlugin(overrides, seen, cutting, hangState.held), deployPlugin(deployState)],
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    ...(opts.outDir ? { build: { outDir: opts.outDir } } : {}),
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url: url.replace(/\/$/, ''),
    override: (path, o) => overrides.set(path, o),
    seen: (path) => seen.filter((r) => path === undefined || r.path === path),
    cutHeld,
    reset: () => {
      overrides.clear();
      seen.length = 0;
      cutHeld();
      hangState.on = false;
      hangState.offline = false;
      release();
    },
    close: () => {
      hangState.on = false;
      release();
      cutHeld();
      return server.close();
    },
    deploy: (useAlt) => {
      deployState.on = useAlt;
    },
    hang: (on) => {
      hangState.on = on;
      if (!on) release();
    },
    offline: (on) => {
      hangState.offline = on;
    },
  };
}
