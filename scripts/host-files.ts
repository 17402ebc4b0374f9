/**
 * The HTTP rules of a Broadsheet deploy, read from the build, and the files that carry them to hosts
 * that read such files: dist/_headers and dist/_redirects (Netlify, Cloudflare Pages), written by
 * scripts/build-site.ts after the prerender. nginx gets the same rules from
 * deploy/nginx/broadsheet.conf, with the policy read here filled in by scripts/serve-nginx.ts.
 *
 * The rules:
 * - hashed files under /assets/ are cached for a year (`immutable`): a new build has new names;
 * - /sw.js and HTML are revalidated on every use (`no-cache`), so an update reaches readers at once;
 *   the service worker, not the HTTP cache, is what makes pages open offline;
 * - the build-time feed files (/feed.json, /feed-2.json…) are cached for a minute;
 * - the Content-Security-Policy of the built pages (their <meta>, which carries the hash of the inline
 *   theme script) is sent as a header too, with `frame-ancestors 'none'`, which a <meta> cannot carry;
 * - X-Content-Type-Options, Referrer-Policy, Permissions-Policy and X-Frame-Options on everything.
 *
 * Env:   CF_PAGES (set by Cloudflare Pages builds) leaves the SPA rewrite out of _redirects: see there.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Cache-Control per kind of file; the nginx config says the same (deploy/nginx/broadsheet.conf). */
export const CACHE_CONTROL = {
  hashed: 'public, max-age=31536000, immutable',
  worker: 'no-cache',
  html: 'no-cache',
  feed: 'public, max-age=60',
  /** Files that are neither hashed nor HTML (icons, the manifest, images of the sample feed). */
  other: 'public, max-age=3600',
} as const;

/** Headers sent with every answer, beside the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Only features Chromium knows: an unknown name is logged as an error on every page.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), midi=()',
  // For browsers older than frame-ancestors; the CSP header says the same.
  'X-Frame-Options': 'DENY',
};

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#34': '"' };

/** The content of a page's `<meta http-equiv="Content-Security-Policy">`, or null when it has none. */
export function metaCsp(html: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s/>]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const raw = content?.[1] ?? content?.[2];
    if (raw === undefined) return null;
    return raw.replace(/&(amp|quot|apos|lt|gt|#39|#34);/g, (_, name: string) => ENTITIES[name] ?? '').trim();
  }
  return null;
}

/** The policy as an HTTP header: the page's, with `frame-ancestors 'none'` (ignored in a <meta>). */
export function headerCsp(meta: string): string {
  const directives = meta.split(';').map((d) => d.trim()).filter(Boolean);
  if (!directives.some((d) => /^frame-ancestors\s/i.test(d))) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

async function htmlFiles(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dist, f).split(sep).some((part) => part.startsWith('.'))); // not .vite/ templates
}

/**
 * The one Content-Security-Policy of the built pages in `dist`, from their <meta>. Throws when a page
 * has none or the pages disagree: one header cannot then stand for all of them.
 */
export async function builtCsp(dist: string): Promise<string> {
  const files = await htmlFiles(dist);
  if (!files.includes(join(dist, 'index.html'))) throw new Error(`${dist}/index.html not found: build first`);
  let policy: string | null = null;
  for (const file of files) {
    const csp = metaCsp(await readFile(file, 'utf8'));
    if (!csp) throw new Error(`${relative(dist, file)} has no Content-Security-Policy <meta>`);
    if (policy !== null && csp !== policy) throw new Error(`${relative(dist, file)} has another Content-Security-Policy than index.html`);
    policy ??= csp;
  }
  return policy ?? '';
}

/** The build-time feed files at the top of `dist` (feed.json and its next pages), as URL paths. */
export async function feedPaths(dist: string): Promise<string[]> {
  const names = (await readdir(dist)).filter((n) => /^feed[\w-]*\.json$/.test(n)).sort();
  return names.map((n) => '/' + n);
}

/**
 * dist/_headers. Each header is set by one rule only: Netlify and Cloudflare Pages both apply every
 * rule whose path matches and Cloudflare joins repeated headers with commas, so a Cache-Control in
 * `/*` would end up in the assets' too. HTML keeps the host's default (`max-age=0, must-revalidate`
 * on both), which is the rule for HTML.
 */
export function headersFile(csp: string, feeds: string[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [
    '# Written by scripts/host-files.ts from the built pages (npm run build): rebuild rather than edit.',
    block('/*', { 'Content-Security-Policy': headerCsp(csp), ...SECURITY_HEADERS }),
    block('/assets/*', { 'Cache-Control': CACHE_CONTROL.hashed }),
    block('/sw.js', { 'Cache-Control': CACHE_CONTROL.worker }),
    ...feeds.map((p) => block(p, { 'Cache-Control': CACHE_CONTROL.feed })),
  ].join('\n\n') + '\n';
}

/**
 * dist/_redirects: on Netlify a 200 rewrite applies only where no file matches, so every path the
 * build did not write gets the app's shell. Cloudflare Pages follows _redirects even where a file
 * exists (and refuses a catch-all rewrite as a loop), so there the rule is left out and Pages' own
 * fallback for sites without a 404.html (the home page, which the app replaces with the right view)
 * does the job.
 */
export function redirectsFile(fallback: string, cloudflare: boolean): string {
  const head = '# Written by scripts/host-files.ts (npm run build).\n';
  if (cloudflare) return `${head}# Cloudflare Pages: no rewrite; unknown paths get / (no 404.html), and the app draws the view.\n`;
  return `${head}# Netlify: paths with no file get the app's shell (files always win over a 200 rewrite).\n/*  ${fallback}  200\n`;
}

/** Writes dist/_headers and dist/_redirects for the build in `dist`. */
export async function writeHostFiles(dist: string, env: NodeJS.ProcessEnv = process.env): Promise<{ csp: string }> {
  const csp = await builtCsp(dist);
  await writeFile(join(dist, '_headers'), headersFile(csp, await feedPaths(dist)));
  const fallback = existsSync(join(dist, 'shell.html')) ? '/shell.html' : '/index.html';
  await writeFile(join(dist, '_redirects'), redirectsFile(fallback, Boolean(env.CF_PAGES)));
  return { csp };
}
