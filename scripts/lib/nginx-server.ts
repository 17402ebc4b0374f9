import { renameSync, rmSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtCsp } from '../host-files';
import { startNginx } from '../serve-nginx';
import { answerOverride, holdOpen, seenRequest, type Override, type SeenRequest, type ServerOptions, type TestServer } from './server-control';

/**
 * The TestServer of server.ts, served by nginx from Debian with the shipped config
 * (deploy/nginx/broadsheet.conf, through scripts/serve-nginx.ts) instead of vite preview. Chosen by
 * E2E_SERVER=nginx (see startServer).
 *
 * nginx serves a symlink to the build, so `deploy(true)` is what a publisher's atomic deploy is: the
 * link swapped to the other build. Overrides and lie-fi are the test's, not the publisher's, so they
 * live in a small Node proxy in front of nginx that answers an overridden path itself, holds every
 * request while hanging, and otherwise passes requests and answers through untouched (status, headers,
 * compressed bodies), so what the browser gets is nginx's answer.
 */

/** Connection-level headers: each hop sets its own. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

/** Starts nginx over the build and the control proxy in front of it. */
export async function startNginxServer(opts: ServerOptions = {}): Promise<TestServer> {
  const work = await mkdtemp(join(tmpdir(), 'broadsheet-e2e-nginx-'));
  const site = join(work, 'site');
  const mainDir = resolve(opts.outDir ?? 'dist');
  const altDir = opts.altDir ? resolve(opts.altDir) : undefined;
  await symlink(mainDir, site);
  const csp = { [mainDir]: await builtCsp(mainDir), ...(altDir ? { [altDir]: await builtCsp(altDir) } : {}) };
  const nginx = await startNginx({ root: site, csp: csp[mainDir] ?? '' });

  const overrides = new Map<string, Override>();
  const held = new Set<ServerResponse>();
  let hanging = false;
  let offline = false;
  let serving = mainDir;
  /** Settles once nginx sends the policy of the build being served (a deploy may have changed it). */
  let ready: Promise<void> = Promise.resolve();

  const pass = (req: IncomingMessage, res: ServerResponse) => {
    const headers = { ...req.headers };
    for (const h of HOP_BY_HOP) delete headers[h];
    // A connection per request (agent: false): a kept-alive one could stay with an nginx worker of the
    // config before a reload, which goes on serving it.
    const upstream = request({ host: '127.0.0.1', port: nginx.port, method: req.method, path: req.url, headers, agent: false }, (up) => {
      const raw: string[] = [];
      for (let i = 0; i + 1 < up.rawHeaders.length; i += 2) {
        const name = up.rawHeaders[i] ?? '';
        if (!HOP_BY_HOP.has(name.toLowerCase())) raw.push(name, up.rawHeaders[i + 1] ?? '');
      }
      res.writeHead(up.statusCode ?? 502, up.statusMessage, raw);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  };

  const seen: SeenRequest[] = [];
  const cutting = new Set<ServerResponse>();
  const proxy = createServer((req, res) => {
    const seenAs = seenRequest(req);
    seen.push(seenAs);
    if (offline) {
      req.socket.destroy();
      return;
    }
    if (hanging) {
      holdOpen(held, res);
      return;
    }
    if (answerOverride(overrides, seenAs.path, res, held, cutting)) return;
    void ready.then(() => pass(req, res), () => res.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const { port } = proxy.address() as AddressInfo;

  const release = () => {
    for (const res of held) res.destroy();
    held.clear();
  };

  return {
    url: `http://127.0.0.1:${port}`,
    override: (path, o) => overrides.set(path, o),
    seen: (path) => seen.filter((r) => path === undefined || r.path === path),
    cutHeld: () => {
      for (const res of cutting) res.socket?.end();
      cutting.clear();
    },
    reset: () => {
      seen.length = 0;
      overrides.clear();
      hanging = false;
      offline = false;
      release();
    },
    close: async () => {
      hanging = false;
      release();
      await new Promise<void>((done) => {
        proxy.close(() => done());
        proxy.closeAllConnections();
      });
      await nginx.stop();
      await rm(work, { recursive: true, force: true });
    },
    deploy: (useAlt) => {
      const target = useAlt && altDir ? altDir : mainDir;
      if (target === serving) return;
      // A new link renamed over the old one: nginx never sees a moment without a site.
      const next = join(work, 'site.next');
      rmSync(next, { force: true });
      symlinkSync(target, next);
      renameSync(next, site);
      const before = csp[serving];
      serving = target;
      // Requests wait while nginx reloads the server block with the new build's policy.
      if (csp[target] !== before) ready = ready.then(() => nginx.reload(csp[target] ?? ''));
    },
    hang: (on) => {
      hanging = on;
      if (!on) release();
    },
    offline: (on) => {
      offline = on;
    },
  };
}
