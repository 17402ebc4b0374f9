/**
 * Prerenders the built app (run after `vite build`): the home page into dist/index.html, a full HTML
 * page for every article of the build-time feed (dist/articles/<slug>/index.html, and <slug>.html for
 * servers such as `vite preview` that map /articles/<slug> to a file but not to a directory), author
 * and tag pages, and dist/shell.html (the frame with grey blocks) for routes drawn on the device.
 *
 * The markup comes from the REAL route tree (src/app/entry-prerender.tsx through Vite's SSR loader) with a
 * jsdom `window` (env.ts, paths.ts and the sanitizer read it) and a `fetch` that reads the feed from
 * dist/, so the client renders the same markup and takes over without a visible change. The CSS is
 * inlined, and each article carries its meta description,
 * canonical URL, Open Graph and Twitter tags and a JSON-LD NewsArticle.
 *
 * Run by scripts/build-site.ts (step 2 of the build, in a process of its own).
 * Usage: tsx scripts/prerender.ts [--out dist] [--no-articles]
 * Env:   SITE_URL  the public origin for canonical/og:url (default: the feed's home_page_url when it is
 *                  absolute, else http://localhost:4173).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { createServer } from 'vite';
import type * as EntryModule from '../src/app/entry-prerender';
import { buildPage, esc, metaTags, scriptJson } from './page-assembly';
import type { Article, Author, FeedModel, Tag } from '../src/shared/model';

type Entry = typeof EntryModule;
/** jsdom ships no types; this is the one constructor used here. */
type JsdomCtor = new (html: string, opts: { url: string }) => { window: Window };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomCtor };

const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const DIST = resolve(outArg >= 0 ? (args[outArg + 1] ?? 'dist') : 'dist');
const WITH_ARTICLES = !args.includes('--no-articles');
const TEMPLATE_COPY = join(DIST, '.vite', 'index.template.html');
async function siteOrigin(): Promise<string> {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL).origin;
  try {
    const feed = JSON.parse(await readFile(join(DIST, 'feed.json'), 'utf8')) as { home_page_url?: unknown };
    if (typeof feed.home_page_url === 'string' && /^https?:\/\//.test(feed.home_page_url)) return new URL(feed.home_page_url).origin;
  } catch {
    /* no local feed: the default origin */
  }
  return 'http://localhost:4173';
}

/** A `fetch` that answers same-origin URLs from dist/ (the build-time feed and its pages). */
function distFetch(origin: string, realFetch: typeof fetch): typeof fetch {
  return async (input, init) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href);
    if (url.origin !== origin) return realFetch(input, init);
    const file = resolve(DIST, '.' + decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST + sep) || !existsSync(file)) return new Response('Not found', { status: 404, statusText: 'Not Found' });
    const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return new Response(new Uint8Array(await readFile(file)), { status: 200, headers: { 'Content-Type': type } });
  };
}

function articleHead(origin: string, model: FeedModel, a: Article, authors: Author[], tags: Tag[]): string {
  const url = `${origin}/articles/${encodeURIComponent(a.slug)}`;
  const og = metaTags(
    [
      ['og:type', 'article'],
      ['og:site_name', model.meta.title],
      ['og:title', a.title],
      ['og:description', a.summary],
      ['og:url', url],
      ['og:image', a.image?.src],
      ['og:image:alt', a.image?.alt || undefined],
      ['article:published_time', a.datePublished],
      ['article:modified_time', a.dateModified],
      ['article:section', a.section],
    ],
    'property',
  );
  const tw = metaTags(
    [
      ['twitter:card', a.image ? 'summary_large_image' : 'summary'],
      ['twitter:title', a.title],
      ['twitter:description', a.summary],
      ['twitter:image', a.image?.src],
    ],
    'name',
  );
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.summary,
    image: a.image ? [a.image.src] : undefined,
    datePublished: a.datePublished,
    dateModified: a.dateModified ?? a.datePublished,
    author: authors.map((au) => ({ '@type': 'Person', name: au.name, url: `${origin}/authors/${encodeURIComponent(au.slug)}` })),
    publisher: { '@type': 'Organization', name: model.meta.title, ...(model.meta.icon ? { logo: { '@type': 'ImageObject', url: model.meta.icon } } : {}) },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: a.section,
    keywords: tags.map((t) => t.name).join(', ') || undefined,
    inLanguage: a.language,
    wordCount: a.wordCount,
  };
  return `${og}${tw}<script type="application/ld+json">${scriptJson(ld)}</script>`;
}

function listHead(origin: string, model: FeedModel, path: string, title: string, description: string | undefined): string {
  return (
    metaTags(
      [
        ['og:type', 'website'],
        ['og:site_name', model.meta.title],
        ['og:title', title],
        ['og:description', description],
        ['og:url', origin + path],
      ],
      'property',
    ) + metaTags([['twitter:card', 'summary'], ['twitter:title', title], ['twitter:description', description]], 'name')
  );
}

async function writeRoute(path: string, html: string, alsoFlat: boolean) {
  const dir = join(DIST, ...path.split('/').filter(Boolean).map((s) => decodeURIComponent(s)));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), html);
  if (alsoFlat) await writeFile(`${dir}.html`, html);
}

/**
 * Puts public/theme-init.js into the page instead of linking it: it must run before first paint, and
 * as a file it is a render-blocking request of its own, a round trip before anything shows on a slow
 * network. The Content-Security-Policy allows exactly this script by its SHA-256 hash; any other inline
 * script (an injected one) is still refused.
 */
function inlineThemeScript(template: string, script: string): string {
  const tag = '<script src="/theme-init.js"></script>';
  if (!template.includes(tag)) throw new Error('index.html no longer links /theme-init.js as expected');
  if (/<\/script/i.test(script)) throw new Error('theme-init.js must not contain "</script"');
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  if (!template.includes("script-src 'self'")) throw new Error("index.html's Content-Security-Policy has no script-src 'self'");
  return template.replace(tag, () => `<script>${script}</script>`).replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
}

/**
 * Runs one page's render and write; a page that fails is skipped with a warning naming the item, and
 * the build goes on: feed content must never fail the publisher's build (the app still renders that
 * page on the device).
 */
async function orSkip(item: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    console.warn(`prerender: skipped the page of ${item}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function main() {
  const t0 = performance.now();
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html not found: run vite build first`);
  // Keep the untouched template so the script can run again over the same build.
  if (!existsSync(TEMPLATE_COPY)) {
    await mkdir(dirname(TEMPLATE_COPY), { recursive: true });
    await writeFile(TEMPLATE_COPY, await readFile(join(DIST, 'index.html'), 'utf8'));
  }
  const template = inlineThemeScript(await readFile(TEMPLATE_COPY, 'utf8'), await readFile(join(DIST, 'theme-init.js'), 'utf8'));
  const cssFiles = [...template.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const css = (await Promise.all(cssFiles.map((f) => readFile(join(DIST, f), 'utf8')))).join('\n').replace(/<\/style/gi, '<\\/style');

  const origin = await siteOrigin();
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: origin + '/' });
  const g = globalThis as unknown as { window: unknown; fetch: typeof fetch };
  g.window = dom.window;
  g.fetch = distFetch(origin, globalThis.fetch.bind(globalThis));
  process.env.NODE_ENV = 'production';

  const vite = await createServer({
    configFile: resolve('vite.config.ts'),
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = (await vite.ssrLoadModule('/src/app/entry-prerender.tsx')) as Entry;

    // Home first, while the store holds only the first page (as the client's home does).
    const home = await entry.renderUrl(origin + '/');
    const first = await entry.firstPage();
    await writeFile(
      join(DIST, 'index.html'),
      buildPage(template, css, origin, {
        path: '/',
        reactHead: home.head,
        extraHead: listHead(origin, first, '/', first.meta.title, first.meta.description),
        body: home.html,
        data: home.data,
      }),
    );
    await writeFile(join(DIST, 'shell.html'), buildPage(template, css, origin, { path: '', reactHead: '', extraHead: `<title>${esc(first.meta.title)}</title>`, body: entry.renderShell() }));

    let pages = 1;
    if (WITH_ARTICLES) {
      const model = await entry.wholeFeed();
      const index = entry.indexFeed(model);
      for (const a of model.articles) {
        await orSkip(`article ${JSON.stringify(a.id)} (slug ${JSON.stringify(a.slug)})`, async () => {
          const path = `/articles/${encodeURIComponent(a.slug)}`;
          const page = await entry.renderUrl(origin + path);
          if (page.status !== 200) throw new Error(`Prerendering ${path} answered ${page.status}`);
          const authors = a.authorSlugs.flatMap((s) => index.authorBySlug.get(s) ?? []);
          const tags = a.tagSlugs.flatMap((s) => index.tagBySlug.get(s) ?? []);
          const extra = articleHead(origin, model, a, authors, tags);
          await writeRoute(path, buildPage(template, css, origin, { path, reactHead: page.head, extraHead: extra, body: page.html, data: page.data }), true);
          pages++;
        });
      }
      for (const au of model.authors) {
        await orSkip(`author ${JSON.stringify(au.name)} (slug ${JSON.stringify(au.slug)})`, async () => {
          const path = `/authors/${encodeURIComponent(au.slug)}`;
          const page = await entry.renderUrl(origin + path);
          if (page.status !== 200) return;
          const extra = listHead(origin, model, path, au.name, au.role);
          await writeRoute(path, buildPage(template, css, origin, { path, reactHead: page.head, extraHead: extra, body: page.html, data: page.data }), true);
          pages++;
        });
      }
      for (const t of model.tags) {
        await orSkip(`tag ${JSON.stringify(t.name)} (slug ${JSON.stringify(t.slug)})`, async () => {
          const path = `/tags/${encodeURIComponent(t.slug)}`;
          const page = await entry.renderUrl(origin + path);
          if (page.status !== 200) return;
          const extra = listHead(origin, model, path, t.name, `Articles tagged ${t.name}`);
          await writeRoute(path, buildPage(template, css, origin, { path, reactHead: page.head, extraHead: extra, body: page.html, data: page.data }), true);
          pages++;
        });
      }
    }
    console.log(`prerender: ${pages} pages and shell.html in ${Math.round(performance.now() - t0)} ms (origin ${origin})`);
  } finally {
    await vite.close();
  }
}

main().then(
  () => process.exit(0), // the app's modules leave timers behind (storage writes); the job is done
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
