import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { headerCsp, metaCsp } from '../../scripts/host-files';
import { freePort, startNginx, type NginxServer } from '../../scripts/serve-nginx';
import { withSession } from './support/browser';
import { startNginxServer } from '../../scripts/lib/nginx-server';

// The built app behind nginx from Debian with the shipped config (deploy/nginx/broadsheet.conf, as
// `npm run serve:nginx` runs it): the headers of each kind of answer, and the rules they carry out.
// Run `npm run build` first.

const DIST = 'dist';
let nginx: NginxServer;

/** Cache-Control as a map of directive -> value ('' for a bare directive). */
function cacheControl(res: Response): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (res.headers.get('cache-control') ?? '').split(',')) {
    const [k, v = ''] = part.trim().split('=');
    if (k) out.set(k.toLowerCase(), v);
  }
  return out;
}

/** True when a cache must ask the server before each use (no-cache, or max-age=0 with must-revalidate). */
function revalidatedEveryTime(res: Response): boolean {
  const cc = cacheControl(res);
  return cc.has('no-cache') || cc.has('no-store') || (cc.get('max-age') === '0' && cc.has('must-revalidate'));
}

async function get(path: string, headers: Record<string, string> = {}): Promise<{ res: Response; body: Buffer }> {
  const res = await fetch(nginx.url + path, { headers: { 'Accept-Encoding': 'gzip', ...headers } });
  const raw = Buffer.from(await res.arrayBuffer());
  // Node's fetch decodes gzip itself; keep the decoded body either way.
  return { res, body: res.headers.get('content-encoding') === 'gzip' && raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw };
}

/** The security headers every answer carries; `page` is the HTML whose <meta> policy the header must repeat. */
function assertSecurityHeaders(res: Response, what: string, policy: string) {
  assert.equal(res.headers.get('content-security-policy'), headerCsp(policy), `${what}: the pages' policy as a header`);
  assert.match(res.headers.get('content-security-policy') ?? '', /(^|; )frame-ancestors 'none'($|;)/, `${what}: frame-ancestors 'none'`);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`);
  assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', `${what}: Referrer-Policy`);
  assert.match(res.headers.get('permissions-policy') ?? '', /camera=\(\).*microphone=\(\).*geolocation=\(\)/, `${what}: Permissions-Policy`);
  assert.equal(res.headers.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
}

const indexHtml = () => readFileSync(join(DIST, 'index.html'), 'utf8');
const pagePolicy = () => metaCsp(indexHtml()) ?? '';

before(async () => {
  nginx = await startNginx({ root: DIST });
});
after(async () => {
  await nginx.stop();
});

describe('headers behind nginx', () => {
  test('/ : the prerendered home, revalidated on every use, compressed, with the page policy as a header', async () => {
    const { res, body } = await get('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.ok(revalidatedEveryTime(res), `HTML is revalidated (Cache-Control: ${res.headers.get('cache-control')})`);
    assert.ok(res.headers.get('etag') || res.headers.get('last-modified'), 'a validator, so revalidation is a 304');
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.match(res.headers.get('vary') ?? '', /Accept-Encoding/i);
    assert.equal(body.toString('utf8'), indexHtml());
    assert.ok(pagePolicy().includes("'sha256-"), "the page's policy names the inline theme script's hash");
    assertSecurityHeaders(res, '/', pagePolicy());
  });

  test('an article: its own prerendered page at /articles/<slug>, with the same rules', async () => {
    const slug = readdirSync(join(DIST, 'articles')).find((n) => !n.endsWith('.html'));
    assert.ok(slug, 'the build prerendered articles');
    const { res, body } = await get(`/articles/${slug}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const html = body.toString('utf8');
    assert.ok(html.includes(`data-prerendered="/articles/${slug}"`), 'the page prerendered for this path');
    assert.ok(revalidatedEveryTime(res), `HTML is revalidated (Cache-Control: ${res.headers.get('cache-control')})`);
    assert.equal(metaCsp(html), pagePolicy(), 'the article carries the same policy as home');
    assertSecurityHeaders(res, 'article', pagePolicy());
    const again = await get(`/articles/${slug}`, { 'If-None-Match': res.headers.get('etag') ?? '' });
    assert.equal(again.res.status, 304, 'revalidation answers 304 Not Modified');
    assert.ok(revalidatedEveryTime(again.res), 'and keeps the rule');
  });

  test('/sw.js: never cached without asking (a CDN must not hold an old worker)', async () => {
    const { res } = await get('/sw.js');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
    assert.ok(revalidatedEveryTime(res), `Cache-Control: ${res.headers.get('cache-control')}`);
    assert.ok(!cacheControl(res).has('immutable'));
    assertSecurityHeaders(res, '/sw.js', pagePolicy());
  });

  test('a hashed asset: a year, immutable, compressed; a missing one is a 404 that is not kept', async () => {
    const entry = /<script type="module"[^>]*src="(\/assets\/[^"]+\.js)"/.exec(indexHtml())?.[1];
    assert.ok(entry, 'home names its entry chunk');
    const { res } = await get(entry);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
    const cc = cacheControl(res);
    assert.ok(Number(cc.get('max-age')) >= 31536000, `a year (Cache-Control: ${res.headers.get('cache-control')})`);
    assert.ok(cc.has('immutable'));
    assert.ok(!cc.has('no-cache'));
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assertSecurityHeaders(res, entry, pagePolicy());

    const gone = await get('/assets/route-0ld0ld0.js');
    assert.equal(gone.res.status, 404, 'an old chunk is a 404, not the shell as a script');
    assert.ok(!cacheControl(gone.res).has('immutable'), 'a 404 is not cached for a year');
    assertSecurityHeaders(gone.res, 'a 404', pagePolicy());
  });

  test('/feed.json: cached briefly, JSON, compressed', async () => {
    const { res, body } = await get('/feed.json');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /json/);
    const maxAge = Number(cacheControl(res).get('max-age'));
    assert.ok(maxAge > 0 && maxAge <= 300, `a few minutes at most (Cache-Control: ${res.headers.get('cache-control')})`);
    assert.ok(!cacheControl(res).has('immutable'));
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    assert.ok(JSON.parse(body.toString('utf8')).items.length > 0);
    assertSecurityHeaders(res, '/feed.json', pagePolicy());
  });

  test('a path the build did not write gets the shell (200); build files and other hosts\' files are not served', async () => {
    const { res, body } = await get('/articles/published-after-the-build');
    assert.equal(res.status, 200);
    assert.equal(body.toString('utf8'), readFileSync(join(DIST, 'shell.html'), 'utf8'), 'the shell, not home');
    assert.ok(revalidatedEveryTime(res));
    for (const path of ['/.vite/manifest.json', '/_headers', '/_redirects', '/images/no-such-image.jpg']) {
      assert.equal((await get(path)).res.status, 404, `${path} is a 404`);
    }
    assert.match((await get('/manifest.webmanifest')).res.headers.get('content-type') ?? '', /^application\/manifest\+json/);
  });
});

describe('frame-ancestors in Chromium', () => {
  let framer: Server;
  before(async () => {
    // A page on another origin (another port) that frames the app.
    framer = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(`<!doctype html><title>framer</title><iframe src="${nginx.url}/" title="app"></iframe>`);
    });
    await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
  });
  after(async () => {
    await new Promise<void>((done) => framer.close(() => done()));
  });

  test('another site cannot frame the app', async () => {
    await withSession({ expectErrors: [/frame-ancestors/] }, async (s) => {
      const refused = s.page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 15_000 });
      await s.page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
      await refused;
      const frame = s.page.frames().find((f) => f !== s.page.mainFrame());
      assert.ok(frame);
      assert.equal(await frame.locator('#main').count(), 0, 'the app is not shown in the frame');
    });
  });
});

describe('the e2e harness over nginx (E2E_SERVER=nginx)', () => {
  test("passes nginx's answers through; overrides, lie-fi and a deploy (with a new policy) work as with vite preview", async () => {
    const alt = await mkdtemp(join(tmpdir(), 'broadsheet-alt-'));
    const altPolicy = "default-src 'self'; script-src 'self'";
    await writeFile(join(alt, 'index.html'), `<!doctype html><meta http-equiv="Content-Security-Policy" content="${altPolicy}"><title>next</title><p>the next deploy`);
    const server = await startNginxServer({ altDir: alt });
    try {
      const home = await fetch(server.url + '/');
      assert.equal(home.headers.get('server'), 'nginx');
      assert.equal(home.headers.get('content-security-policy'), headerCsp(pagePolicy()));
      assert.equal(await home.text(), indexHtml());

      server.override('/feed.json', { status: 503, body: 'down', contentType: 'text/plain' });
      const down = await fetch(server.url + '/feed.json');
      assert.equal(down.status, 503);
      assert.equal(await down.text(), 'down');
      server.reset();
      assert.equal((await fetch(server.url + '/feed.json')).status, 200);

      server.hang(true);
      await assert.rejects(fetch(server.url + '/', { signal: AbortSignal.timeout(1_000) }), /abort|timeout/i, 'no answer while hanging');
      server.hang(false);

      server.deploy(true);
      const next = await fetch(server.url + '/');
      assert.match(await next.text(), /the next deploy/);
      assert.equal(next.headers.get('content-security-policy'), headerCsp(altPolicy), 'nginx reloaded with the new build\'s policy');
      server.deploy(false);
      assert.equal(await (await fetch(server.url + '/')).text(), indexHtml());
    } finally {
      await server.close();
      await rm(alt, { recursive: true, force: true });
    }
  });
});

describe('npm run serve:nginx', () => {
  const script = ['--import', 'tsx', 'scripts/serve-nginx.ts'];

  test('serves a build in the foreground from a temporary prefix until SIGTERM, then removes it', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [...script, '--root', DIST, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      const line = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) done(out);
        });
        child.once('exit', () => fail(new Error(`serve:nginx exited early: ${out}`)));
      });
      const prefix = /config in (\S+)\/conf/.exec(line)?.[1] ?? '';
      assert.ok(prefix.startsWith(tmpdir()) && existsSync(join(prefix, 'conf', 'broadsheet.conf')), `a temporary prefix (${line})`);
      const res = await fetch(`http://127.0.0.1:${port}/`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-security-policy'), headerCsp(pagePolicy()));
      child.kill('SIGTERM');
      assert.equal(await exited, 0, 'exits 0 on SIGTERM');
      assert.ok(!existsSync(prefix), 'the prefix is gone');
      await assert.rejects(fetch(`http://127.0.0.1:${port}/`), 'nothing listens any more');
    } finally {
      // Stopped the way it is meant to be (it removes its nginx), whatever failed above.
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      }
    }
  });

  test('without nginx it installs nothing and says in one line how to get it', () => {
    const run = spawnSync(process.execPath, [...script, '--root', DIST, '--port', '1'], { encoding: 'utf8', env: { ...process.env, NGINX_PATH: '/nonexistent/nginx' } });
    assert.equal(run.status, 1);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /nginx is not installed: run `apt-get install -y nginx`/);
  });

  test('--print-config writes the server block for a build, for /etc/nginx/conf.d/', () => {
    const run = spawnSync(process.execPath, [...script, '--root', DIST, '--port', '80', '--host', '', '--print-config', '--deployed-root', '/var/www/broadsheet'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^\s*listen 80;$/m);
    assert.match(run.stdout, /^\s*root \/var\/www\/broadsheet;$/m);
    assert.ok(run.stdout.includes(`add_header Content-Security-Policy "${headerCsp(pagePolicy())}" always;`));
  });
});
