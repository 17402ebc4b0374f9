import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decide } from '../../../scripts/check-test-tools';
import { builtCsp, CACHE_CONTROL, feedPaths, headerCsp, headersFile, metaCsp, redirectsFile, writeHostFiles } from '../../../scripts/host-files';
import { renderServerBlock } from '../../../scripts/serve-nginx';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc+/='; img-src 'self' https:";
const page = (policy: string) => `<!doctype html><html><head>\n<meta\n  http-equiv="Content-Security-Policy"\n  content="${policy}"\n/></head><body></body></html>`;

let dirs: string[] = [];
async function dist(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-host-files-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), body);
  }
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

/** _headers as blocks: path -> header name -> value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      out.set(line.trim(), current);
    } else {
      const i = line.indexOf(':');
      current?.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
  }
  return out;
}

describe('the policy of the built pages', () => {
  it('is read from the <meta> whatever the attribute order, quotes and entities', () => {
    expect(metaCsp(page(POLICY))).toBe(POLICY);
    expect(metaCsp(`<meta content='a &amp; b' http-equiv=content-security-policy>`)).toBe('a & b');
    expect(metaCsp(`<meta content="default-src &#39;self&#39;" http-equiv="Content-Security-Policy">`)).toBe("default-src 'self'");
    expect(metaCsp('<meta name="description" content="x"><meta http-equiv="refresh" content="5">')).toBeNull();
  });

  it("as a header gains frame-ancestors 'none', once", () => {
    expect(headerCsp(POLICY + ';')).toBe(`${POLICY}; frame-ancestors 'none'`);
    expect(headerCsp(headerCsp(POLICY))).toBe(headerCsp(POLICY));
    expect(headerCsp("default-src 'self'; frame-ancestors https://a.example")).toBe("default-src 'self'; frame-ancestors https://a.example");
  });

  it('is the one policy of every page; pages that disagree or lack one are refused', async () => {
    const ok = await dist({ 'index.html': page(POLICY), 'shell.html': page(POLICY), 'articles/a/index.html': page(POLICY), '.vite/index.template.html': page('other') });
    expect(await builtCsp(ok)).toBe(POLICY);
    const differ = await dist({ 'index.html': page(POLICY), 'articles/a.html': page("default-src 'self'") });
    await expect(builtCsp(differ)).rejects.toThrow(/articles\/a\.html has another Content-Security-Policy/);
    const none = await dist({ 'index.html': page(POLICY), 'shell.html': '<!doctype html><title>x</title>' });
    await expect(builtCsp(none)).rejects.toThrow(/shell\.html has no Content-Security-Policy/);
    await expect(builtCsp(await dist({ 'other.html': page(POLICY) }))).rejects.toThrow(/index\.html not found/);
  });
});

describe('_headers and _redirects', () => {
  it('set each header in one rule only, Cache-Control never for everything', async () => {
    const dir = await dist({ 'index.html': page(POLICY), 'feed.json': '{}', 'feed-2.json': '{}', 'feeds.txt': '' });
    expect(await feedPaths(dir)).toEqual(['/feed-2.json', '/feed.json']);
    const blocks = parseHeaders(headersFile(POLICY, await feedPaths(dir)));
    expect([...blocks.keys()]).toEqual(['/*', '/assets/*', '/sw.js', '/feed-2.json', '/feed.json']);
    const all = blocks.get('/*');
    expect(all?.get('Content-Security-Policy')).toBe(headerCsp(POLICY));
    expect(all?.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all?.has('Cache-Control')).toBe(false);
    expect(blocks.get('/assets/*')?.get('Cache-Control')).toBe(CACHE_CONTROL.hashed);
    expect(blocks.get('/sw.js')?.get('Cache-Control')).toBe('no-cache');
    expect(blocks.get('/feed.json')?.get('Cache-Control')).toMatch(/max-age=60/);
    // Cloudflare joins a header repeated by two matching rules: only /* overlaps the others.
    for (const [path, headers] of blocks) {
      if (path === '/*') continue;
      for (const name of headers.keys()) expect(all?.has(name), `${name} of ${path} is also in /*`).toBe(false);
    }
  });

  it('rewrite unknown paths to the shell on Netlify, and leave Cloudflare Pages to its own fallback', async () => {
    expect(redirectsFile('/shell.html', false)).toMatch(/^\/\*\s+\/shell\.html\s+200$/m);
    expect(redirectsFile('/shell.html', true)).not.toMatch(/^[^#]/m);
    const dir = await dist({ 'index.html': page(POLICY), 'shell.html': page(POLICY) });
    await writeHostFiles(dir, {});
    expect(await readFile(join(dir, '_redirects'), 'utf8')).toMatch(/^\/\*\s+\/shell\.html\s+200$/m);
    expect(await readFile(join(dir, '_headers'), 'utf8')).toContain(headerCsp(POLICY));
    await writeHostFiles(dir, { CF_PAGES: '1' });
    expect(await readFile(join(dir, '_redirects'), 'utf8')).not.toMatch(/^[^#]/m);
  });
});

describe('the nginx server block', () => {
  it('is the shipped template with the port, the root and the header policy filled in', async () => {
    const conf = await renderServerBlock({ root: '/srv/site', listen: '127.0.0.1:8123', csp: POLICY });
    expect(conf).toContain('listen 127.0.0.1:8123;');
    expect(conf).toContain('root /srv/site;');
    expect(conf).toContain(`add_header Content-Security-Policy "${headerCsp(POLICY)}" always;`);
    expect(conf).not.toMatch(/@(PORT|ROOT|CSP)@/);
  });

  it('refuses what would not stay literal in nginx', async () => {
    await expect(renderServerBlock({ root: '/srv/site', listen: '80', csp: "script-src '$evil'" })).rejects.toThrow(/nginx string/);
    await expect(renderServerBlock({ root: '/srv/site', listen: '80', csp: 'a "b"' })).rejects.toThrow(/nginx string/);
    await expect(renderServerBlock({ root: '/srv/my site', listen: '80', csp: POLICY })).rejects.toThrow(/root path/);
    await expect(renderServerBlock({ root: '/srv/site', listen: '80; evil', csp: POLICY })).rejects.toThrow(/not a port/);
  });
});

describe('the test tools check', () => {
  const chromium = { name: 'Chromium', pkg: 'chromium' };
  const nginx = { name: 'nginx', pkg: 'nginx' };
  it('installs what is missing with apt-get as root, else stops with one line naming the command', () => {
    expect(decide([], { root: false, apt: false })).toEqual({ kind: 'ok' });
    expect(decide([chromium, nginx], { root: true, apt: true })).toEqual({ kind: 'install', pkgs: ['chromium', 'nginx'], command: 'apt-get install -y chromium nginx' });
    const stop = decide([nginx], { root: false, apt: true });
    expect(stop).toEqual({ kind: 'stop', line: expect.stringContaining('`sudo apt-get install -y nginx`') });
    expect(stop.kind === 'stop' && stop.line.includes('\n')).toBe(false);
    expect(decide([chromium], { root: true, apt: false }).kind).toBe('stop');
  });

  it('never installs over a binary named by CHROMIUM_PATH or NGINX_PATH', () => {
    const d = decide([{ ...chromium, pinned: 'CHROMIUM_PATH' }], { root: true, apt: true }, { CHROMIUM_PATH: '/opt/chrome' });
    expect(d).toEqual({ kind: 'stop', line: expect.stringMatching(/CHROMIUM_PATH=\/opt\/chrome/) });
  });
});
