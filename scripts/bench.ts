/**
 * `npm run bench [-- --json] [-- --runs N] [-- --no-build] [-- --skip-lighthouse] [-- --only a,b] [-- --dist DIR]
 * [-- --no-floor]`: the performance figures of DESIGN.md's budgets, measured, never asserted.
 * `--dist DIR` measures another build than dist/ (a copy built with one change, to compare the two in
 * one sitting); `--no-floor` leaves out the plain static pages (Lighthouse runs only for home and one article).
 *
 * 1. Bundle: gzipped size of every built JS/CSS file and of what the home page loads first.
 * 2. Lighthouse 12 mobile (default throttling), median and range (min–max) of N runs (3), for /, one
 *    article, and plain static HTML copies of both with no JavaScript (the floor), with our/plain ratios,
 *    and the same copies with React DOM loaded and rendering one element (the floor of a React start).
 * 3. 10,000 articles (a generated ~24 MB feed) in a bench copy of the app (.bench/dist, built with
 *    VITE_FEED_URL=/bench-feed.json, not prerendered): parse + normalize time, navigation -> first list
 *    paint, DOM elements after scrolling to the end, peak JS heap; search index build and query p50/p95.
 * 4. Offline: navigation -> article text painted, with the service worker and no network, for an article
 *    opened online before and one never opened (median of several navigations each).
 * 5. Lie-fi: the same with a network that accepts every request and never answers.
 * 6. Interact: what a reader feels while the app takes the prerendered page over, for / and the article,
 *    N runs each (median and range), fresh profile and server per run, CPU slowed 4x (no network
 *    throttling): long tasks (TBT-like after FCP, longest, count) and the top scripts of long animation
 *    frames until interactive + network idle + 5 s; gzipped JS fetched before interactive and in all;
 *    tap latency (INP-like, Event Timing) tapping a control every 300 ms during the first 5 s; a link
 *    tapped at first contentful paint -> the next view on screen. Details in scripts/lib/interact.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { normalizeFeed } from '../src/feed/normalize';
import { parseFeedBytes } from '../src/feed/parse';
import type { FeedModel } from '../src/shared/model';
import { buildSite } from './build-site';
import { generateFeed } from './generate-feed';
import { CHROMIUM, CHROMIUM_FLAGS, openSession, type SessionOptions } from './lib/browser';
import { CPU_SLOWDOWN, FIRST_CARD_LINK, HEADER_HOME_LINK, HEADER_SEARCH, measureLinkTap, measureLoad, measureTaps, SAVE_BUTTON, SETTLE_MS, TAP_EVERY_MS, TAP_WINDOW_MS, type Box, type LinkRun, type LoadRun, type TapRun, type TapTarget } from './lib/interact';
import { startServer } from './lib/server';

const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1] ?? 3) : 3;
const BUILD = !args.includes('--no-build');
const distArg = args.indexOf('--dist');
/** The build measured (bundle, Lighthouse, offline, lie-fi): dist/ unless `--dist` names another. */
const DIST = distArg >= 0 ? (args[distArg + 1] ?? 'dist') : 'dist';
const FLOOR = !args.includes('--no-floor');
const onlyArg = args.indexOf('--only');
/** `--only lighthouse,offline`: run just those sections (bundle, lighthouse, large, offline, liefi, interact), for iterating on one figure. */
const ONLY = onlyArg >= 0 ? new Set((args[onlyArg + 1] ?? '').split(',')) : undefined;
const want = (section: string) => !ONLY || ONLY.has(section);
const LIGHTHOUSE = !args.includes('--skip-lighthouse') && want('lighthouse');
const CHROME = process.env.CHROME_PATH ?? CHROMIUM;
const BENCH_DIST = '.bench/dist';
const BENCH_FEED = '/bench-feed.json';
const ITEMS = 10_000;

type Row = [section: string, metric: string, value: string];
const rows: Row[] = [];
const out: Record<string, unknown> = {};
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : `${Math.round(n)} ms`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? NaN) : NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

/** The bench measures; judging errors is the tests' job, so a session here expects any. */
const MEASURING: SessionOptions = { expectErrors: [/^/] };

// ---------------------------------------------------------------- 1. bundle
async function bundle() {
  const assets = join(DIST, 'assets');
  const files = (await readdir(assets)).filter((f) => /\.(js|css)$/.test(f)).sort();
  const sizes: Record<string, { raw: number; gzip: number }> = {};
  for (const f of files) {
    const buf = await readFile(join(assets, f));
    sizes[f] = { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  }
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/assets\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const gz = (list: string[]) => list.reduce((n, f) => n + (sizes[f]?.gzip ?? 0), 0);
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + gzipSync(m[1] ?? '').length, 0);
  const htmlGz = gzipSync(html, { level: 9 }).length;
  for (const [f, s] of Object.entries(sizes)) rows.push(['bundle', f, `${kb(s.gzip)} gz (${kb(s.raw)})`]);
  rows.push(['bundle', 'home: entry JS', `${kb(gz(entry))} gz (${entry.join(', ')})`]);
  rows.push(['bundle', 'home: JS in the HTML before first paint (entry + modulepreloads)', `${kb(gz(entry) + gz(preloads))} gz (${entry.length + preloads.length} files)`]);
  // Builds before issue 11 listed the app's chunks in meta tags for the entry to preload after first
  // paint; the row is printed for such a build only (`--dist`), to compare.
  const listed = [...html.matchAll(/<meta name="broadsheet:(?:app|route)-chunks" content="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(' ').filter(Boolean).map((f) => f.replace(/^\/assets\//, '')));
  if (listed.length) rows.push(['bundle', 'home: JS preloaded after first paint (app + next route)', `${kb(gz([...new Set(listed)]))} gz (${new Set(listed).size} files)`]);
  rows.push(['bundle', 'home: CSS', css.length ? `${kb(gz(css))} gz stylesheet` : `${kb(inlineCss)} gz inlined in <style>`]);
  rows.push(['bundle', 'home: index.html', `${kb(htmlGz)} gz`]);
  // The entry only starts the app once the page is painted, so the HTML does not list what a first visit
  // loads: count the JS files the browser actually fetched for home (workers separately).
  const server = await startServer({ outDir: DIST });
  const url = server.url;
  const b = await openSession(MEASURING);
  const loaded: { page: string[]; workers: string[] } = { page: [], workers: [] };
  try {
    await b.page.goto(url + '/');
    await b.page.waitForFunction(() => !document.head.querySelector('[data-prerender]'), undefined, { timeout: 30_000 });
    await b.page.waitForLoadState('networkidle');
    const names = await b.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/assets\/[^/]+\.js$/.test(n)).map((n) => n.split('/').pop() ?? ''));
    loaded.page = names.filter((n) => !/worker/.test(n));
    loaded.workers = names.filter((n) => /worker/.test(n));
  } finally {
    await b.close();
    await server.close();
  }
  rows.push(['bundle', 'home: JS fetched by a first visit (browser, until idle)', `${kb(gz(loaded.page))} gz (${loaded.page.length} files)  [budget 100 KB]`]);
  if (loaded.workers.length) rows.push(['bundle', 'home: worker JS fetched by a first visit', `${kb(gz(loaded.workers))} gz (${loaded.workers.join(', ')})`]);
  out.bundle = { files: sizes, home: { entry, preloads, entryGzip: gz(entry), preloadGzip: gz(preloads), cssGzip: css.length ? gz(css) : inlineCss, htmlGzip: htmlGz, firstVisitJs: loaded, firstVisitGzip: gz(loaded.page) } };
}

// ---------------------------------------------------------------- 2. lighthouse
interface LhFigures { performance: number; accessibility: number; bestPractices: number; seo: number; fcp: number; lcp: number; tbt: number; cls: number; si: number }

async function lighthouseOnce(url: string): Promise<LhFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-lh-'));
  const file = join(dir, 'report.json');
  await new Promise<void>((resolve, reject) => {
    const p = spawn('npx', ['lighthouse', url, `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`, '--output=json', `--output-path=${file}`, '--quiet', '--form-factor=mobile'], {
      stdio: ['ignore', 'ignore', 'ignore'],
      env: { ...process.env, CHROME_PATH: CHROME },
    });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}`))));
  });
  const lhr = JSON.parse(await readFile(file, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  await rm(dir, { recursive: true, force: true });
  const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const num = (k: string) => lhr.audits[k]?.numericValue ?? NaN;
  return {
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
    fcp: num('first-contentful-paint'), lcp: num('largest-contentful-paint'), tbt: num('total-blocking-time'), cls: num('cumulative-layout-shift'), si: num('speed-index'),
  };
}

/** Each figure's median over the runs, with its lowest and highest value. */
interface LhSummary { median: LhFigures; min: LhFigures; max: LhFigures; runs: LhFigures[] }

async function lighthouseRuns(url: string): Promise<LhSummary> {
  const runs: LhFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(url));
  const keys = Object.keys(runs[0] ?? {}) as (keyof LhFigures)[];
  const each = (f: (xs: number[]) => number) => Object.fromEntries(keys.map((k) => [k, f(runs.map((r) => r[k]))])) as unknown as LhFigures;
  return { median: each(median), min: each((xs) => Math.min(...xs)), max: each((xs) => Math.max(...xs)), runs };
}

/** "123 ms (101–150)": the median, then the range of the runs. */
const msRange = (s: LhSummary, k: 'fcp' | 'lcp' | 'tbt' | 'si') => `${ms(s.median[k])} (${Math.round(s.min[k])}–${Math.round(s.max[k])})`;

function lhRow(name: string, s: LhSummary) {
  const f = s.median;
  const n = s.runs.length;
  rows.push(['lighthouse', `${name}: scores perf/a11y/bp/seo (median of ${n})`, `${f.performance} / ${f.accessibility} / ${f.bestPractices} / ${f.seo}  (perf ${s.min.performance}–${s.max.performance})`]);
  rows.push(['lighthouse', `${name}: FCP / LCP / SI, median (min–max)`, `${msRange(s, 'fcp')} / ${msRange(s, 'lcp')} / ${msRange(s, 'si')}`]);
  rows.push(['lighthouse', `${name}: TBT / CLS, median (min–max)`, `${msRange(s, 'tbt')} / ${f.cls.toFixed(3)} (${s.min.cls.toFixed(3)}–${s.max.cls.toFixed(3)})`]);
}

async function lighthouse(articlePath: string) {
  const server = await startServer({ outDir: DIST });
  const url = server.url;
  const plainDir = join(DIST, '__bench');
  try {
    // The same article as a plain static page: the prerendered HTML with every script taken out.
    const slug = decodeURIComponent(articlePath.split('/').pop() ?? '');
    const plainOf = (html: string) => html.replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>\s*/g, '').replace(/<link[^>]*rel="modulepreload"[^>]*>/g, '');
    // The floor of any start that takes a page over with React: the plain page with React DOM loaded as
    // the app loads it (a low-priority module script after the markup), rendering one element.
    const withReact = (html: string) => html.replace('</body>', '<script type="module" fetchpriority="low" src="/__bench/react-floor.js"></script></body>');
    const plain = plainOf(await readFile(join(DIST, 'articles', slug, 'index.html'), 'utf8'));
    const plainHome = plainOf(await readFile(join(DIST, 'index.html'), 'utf8'));
    await mkdir(plainDir, { recursive: true });
    await writeFile(join(plainDir, 'plain-article.html'), plain);
    const figures: Record<string, LhSummary> = {};
    const pages: [string, string][] = [['home /', '/'], [`article ${articlePath}`, articlePath]];
    if (FLOOR) {
      await writeReactFloor(plainDir);
      await writeFile(join(plainDir, 'react-article.html'), withReact(plain));
      await writeFile(join(plainDir, 'plain-home.html'), plainHome);
      await writeFile(join(plainDir, 'react-home.html'), withReact(plainHome));
      pages.push(
        ['plain static article', '/__bench/plain-article.html'],
        ['plain static article + React DOM', '/__bench/react-article.html'],
        ['plain static home', '/__bench/plain-home.html'],
        ['plain static home + React DOM', '/__bench/react-home.html'],
      );
    }
    for (const [name, path] of pages) {
      log(`lighthouse ${name} x${RUNS}`);
      const summary = await lighthouseRuns(url + path);
      figures[name] = summary;
      lhRow(name, summary);
    }
    const ours = figures[`article ${articlePath}`]?.median;
    const floor = figures['plain static article']?.median;
    if (ours && floor) {
      const r = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
      rows.push(['lighthouse', 'article / plain: FCP, LCP, SI', `${r(ours.fcp, floor.fcp)}x, ${r(ours.lcp, floor.lcp)}x, ${r(ours.si, floor.si)}x`]);
    }
    out.lighthouse = figures;
  } finally {
    await rm(plainDir, { recursive: true, force: true });
    await server.close();
  }
}

/** Builds `react-floor.js` into `dir`: React DOM, minified as the app's build minifies it, rendering one element. */
async function writeReactFloor(dir: string) {
  const { build } = await import('vite');
  // In the project, so that 'react' resolves from its node_modules.
  await mkdir('.bench', { recursive: true });
  const src = await mkdtemp(join('.bench', 'react-floor-'));
  try {
    const entry = join(src, 'react-floor.js');
    await writeFile(
      entry,
      "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
        "const el = document.createElement('div');\ndocument.body.append(el);\ncreateRoot(el).render(createElement('span', null, 'React'));\n",
    );
    await build({
      configFile: false,
      logLevel: 'silent',
      root: process.cwd(),
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: dir,
        emptyOutDir: false,
        minify: true,
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: () => 'react-floor.js' },
      },
    });
  } finally {
    await rm(src, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 3. 10,000 articles
async function largeFeed() {
  log(`generating ${ITEMS} articles and building ${BENCH_DIST}`);
  const json = JSON.stringify(generateFeed({ items: ITEMS, seed: 7 }));
  const bytes = new TextEncoder().encode(json);
  rows.push(['10k feed', 'feed size', `${(bytes.length / 1024 / 1024).toFixed(1)} MB`]);

  // Parse + normalize with the app's own code (Node 20 on this machine: the same work the browser does).
  const times: number[] = [];
  let model: FeedModel | undefined;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    model = normalizeFeed(parseFeedBytes(bytes), { feedUrl: 'http://localhost' + BENCH_FEED });
    times.push(performance.now() - t);
  }
  rows.push(['10k feed', 'parse + normalize (Node, median of 3)', ms(median(times))]);

  const words = model ? model.articles.slice(0, 400).flatMap((a) => a.title.split(/\s+/).filter((w) => w.length > 4)) : [];
  const queries = Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? `${words[i] ?? 'harbour'} ${words[i + 1] ?? 'tide'}` : (words[i * 3] ?? 'harbour')));

  // Search, if the search module is there: index build and query latency over 100 queries (Node).
  const searchModule = join(process.cwd(), 'src', 'search', 'search-index.ts');
  if (existsSync(searchModule) && model) {
    type Doc = unknown;
    const search = (await import(searchModule)) as {
      buildIndex: (docs: readonly Doc[]) => unknown;
      toSearchDoc: (a: FeedModel['articles'][number], t: Map<string, FeedModel['tags'][number]>, au: Map<string, FeedModel['authors'][number]>) => Doc;
      runSearch: (ix: unknown, q: string) => unknown[];
    };
    const tags = new Map(model.tags.map((t) => [t.slug, t]));
    const authors = new Map(model.authors.map((a) => [a.slug, a]));
    const t0 = performance.now();
    const ix = search.buildIndex(model.articles.map((a) => search.toSearchDoc(a, tags, authors)));
    const build = performance.now() - t0;
    const q: number[] = [];
    for (const query of queries) {
      const t = performance.now();
      search.runSearch(ix, query);
      q.push(performance.now() - t);
    }
    rows.push(['10k feed', 'search index build (Node, main thread)', ms(build)]);
    rows.push(['10k feed', 'search query p50 / p95 (Node, 100 queries)', `${pct(q, 50).toFixed(2)} ms / ${pct(q, 95).toFixed(2)} ms`]);
    out.search = { buildMs: build, p50: pct(q, 50), p95: pct(q, 95) };
  } else {
    rows.push(['10k feed', 'search', 'n/a (search not built)']);
  }

  await buildSite({ outDir: BENCH_DIST, env: { VITE_FEED_URL: BENCH_FEED, VITE_BENCH: '1' }, prerender: false, quiet: true });
  await writeFile(join(BENCH_DIST, BENCH_FEED.slice(1)), json);
  const server = await startServer({ outDir: BENCH_DIST });
  const url = server.url;
  const b = await openSession(MEASURING);
  try {
    const cdp = await b.context.newCDPSession(b.page);
    await cdp.send('Performance.enable');
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    // The first list paint: the first card in the DOM, then the frame after it.
    await b.page.addInitScript(() => {
      const w = window as unknown as { __listPaint?: number };
      new MutationObserver((_, obs) => {
        if (document.querySelector('main article')) {
          obs.disconnect();
          requestAnimationFrame(() => setTimeout(() => (w.__listPaint = performance.now())));
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await b.page.goto(url + '/');
    await b.page.waitForFunction(() => (window as unknown as { __listPaint?: number }).__listPaint !== undefined, undefined, { timeout: 120_000 });
    const paint = await b.page.evaluate((feed) => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(feed)) as PerformanceResourceTiming | undefined;
      return { listPaint: (window as unknown as { __listPaint: number }).__listPaint, feedEnd: entry?.responseEnd ?? NaN };
    }, BENCH_FEED);
    rows.push(['10k feed', 'navigation -> first list paint (Chromium, no throttling)', ms(paint.listPaint)]);
    rows.push(['10k feed', 'feed arrived -> first list paint (fetch body, parse, render)', ms(paint.listPaint - paint.feedEnd)]);

    let stable = 0;
    let last = -1;
    let maxEls = 0;
    for (let i = 0; i < 400 && stable < 3; i++) {
      const more = b.page.getByRole('button', { name: 'Load more' });
      if ((await more.count()) > 0 && (await more.isEnabled())) await more.click();
      const { h, pending } = await b.page.evaluate(async () => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return { h: document.documentElement.scrollHeight, pending: !!document.querySelector('.virtual-list-pending') };
      });
      maxEls = Math.max(maxEls, await b.page.evaluate(() => document.querySelectorAll('*').length));
      stable = h === last && !pending ? stable + 1 : 0;
      last = h;
    }
    const els = await b.page.evaluate(() => document.querySelectorAll('*').length);
    rows.push(['10k feed', 'DOM elements on home after scrolling to the end (max seen)', `${els} (${maxEls})  [budget 800]`]);

    // The real code paths in the browser, through the hooks of a VITE_BENCH build (src/app/bench-hooks.ts).
    type Hooks = { search(q: string[]): Promise<{ buildMs: number; queryMs: number[] }>; storeFeed(): Promise<{ ms: number; articles: number }> };
    await b.page.waitForFunction(() => '__benchHooks' in window, undefined, { timeout: 30_000 });
    const store = await b.page.evaluate(() => (window as unknown as { __benchHooks: Hooks }).__benchHooks.storeFeed());
    rows.push(['10k feed', `feed written to IndexedDB (${store.articles} articles, one transaction)`, `${ms(store.ms)}  [budget 2 s]`]);
    const bs = await b.page.evaluate((qs) => (window as unknown as { __benchHooks: Hooks }).__benchHooks.search(qs), queries);
    rows.push(['10k feed', 'search index build (browser, search worker, from scratch)', ms(bs.buildMs)]);
    rows.push(['10k feed', 'search query p50 / p95 (browser, via the worker, 100 queries)', `${pct(bs.queryMs, 50).toFixed(2)} ms / ${pct(bs.queryMs, 95).toFixed(2)} ms  [budget p95 5 ms]`]);
    sampling = false;
    await sampler;
    rows.push(['10k feed', 'peak JS heap (CDP JSHeapUsedSize, sampled)', `${(peak / 1024 / 1024).toFixed(1)} MB  [budget 200 MB]`]);
    out.largeFeed = { parseNormalizeMs: median(times), ...paint, elements: els, maxElements: maxEls, peakHeapBytes: peak, idbWriteMs: store.ms, browserSearch: { buildMs: bs.buildMs, p50: pct(bs.queryMs, 50), p95: pct(bs.queryMs, 95) } };
  } finally {
    await b.close();
    await server.close();
  }
}

// ---------------------------------------------------------------- 4. offline
/**
 * The page side of the offline and lie-fi figures, as source text: functions handed to Playwright are
 * serialised after tsx compiled them, and esbuild wraps named inner functions in a `__name()` helper
 * that does not exist in the page ("__name is not defined"), which is why this hook never fired
 * before. Text is safe (an init script is injected, not eval'd, so the page's CSP allows it).
 * It records, on `window.__textPaint`, the first frame after the first of `selectors` found has text,
 * in the live app (not a prerendered page hidden for another path).
 */
function paintProbe(...selectors: string[]): string {
  const query = selectors.map((sel) => `document.querySelector(${JSON.stringify(sel)})`).join(' ?? ');
  return `(() => {
  const found = () => {
    const el = ${query};
    return !!(el && el.textContent && !document.documentElement.hasAttribute('data-stale-prerender'));
  };
  const done = () => requestAnimationFrame(() => setTimeout(() => { window.__textPaint = performance.now(); }));
  const watch = () => {
    if (found()) return done();
    const obs = new MutationObserver(() => {
      if (!found()) return;
      obs.disconnect();
      done();
    });
    obs.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-stale-prerender'] });
  };
  watch();
})();`;
}

/** The article's first body paragraph painted. */
const TEXT_PAINT_PROBE = paintProbe('#main .article-body p');

const OFFLINE_RUNS = 5;

/**
 * A first visit online, as a reader would have made before going offline: home until the worker
 * controls the page (it registers when the page is idle and claims it on its first install), then
 * `openedPath`, then home again. The feed is then in the worker's cache and in IndexedDB.
 */
async function visitOnline(page: Page, url: string, openedPath: string): Promise<void> {
  await page.goto(url + '/');
  await page.locator('main article').first().waitFor();
  // (Functions handed to Playwright here have no named inner functions: see TEXT_PAINT_PROBE.)
  const controlled = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return false;
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
        setTimeout(resolve, 10_000);
      });
    }
    return !!navigator.serviceWorker.controller;
  });
  if (!controlled) throw new Error('the service worker never controlled the page');
  await page.goto(url + openedPath);
  await page.locator('.article-body p').first().waitFor();
  await page.goto(url + '/');
  await page.locator('main article').first().waitFor();
}

/** OFFLINE_RUNS navigations to `path`, each timed to the paint a probe records on `window.__textPaint`. */
async function paintTimes(page: Page, url: string, path: string, waitUntil: 'load' | 'commit'): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < OFFLINE_RUNS; i++) {
    await page.goto(url + path, { waitUntil });
    await page.waitForFunction(() => (window as unknown as { __textPaint?: number }).__textPaint !== undefined, undefined, { timeout: 30_000 });
    times.push(await page.evaluate(() => (window as unknown as { __textPaint: number }).__textPaint));
  }
  return times;
}

const runsText = (times: number[]) => `${ms(median(times))}  [budget 300 ms]  (runs: ${times.map((t) => Math.round(t)).join(', ')})`;

async function offline(openedPath: string, unopenedPath: string) {
  if (!existsSync(join(DIST, 'sw.js'))) {
    rows.push(['offline', 'article text painted with no network', 'n/a (no service worker)']);
    return;
  }
  const server = await startServer({ outDir: DIST });
  const b = await openSession(MEASURING);
  try {
    // The other article is never opened online.
    await visitOnline(b.page, server.url, openedPath);
    await b.context.setOffline(true);
    await b.page.addInitScript({ content: TEXT_PAINT_PROBE });
    const figures: Record<string, number[]> = {};
    for (const [name, path] of [['opened before', openedPath], ['never opened', unopenedPath]] as const) {
      const times = await paintTimes(b.page, server.url, path, 'load');
      figures[name] = times;
      rows.push(['offline', `navigation -> article text painted, SW, no network: ${name} (median of ${OFFLINE_RUNS})`, runsText(times)]);
    }
    const all = Object.values(figures).flat();
    rows.push(['offline', `navigation -> article text painted, SW, no network (median of ${all.length})`, `${ms(median(all))}  [budget 300 ms]`]);
    out.offline = { textPaintMs: median(all), runs: figures, openedPath, unopenedPath };
  } catch (e) {
    rows.push(['offline', 'article text painted with no network', `n/a (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`]);
  } finally {
    await b.close();
    await server.close();
  }
}

// ---------------------------------------------------------------- 5. lie-fi
/** Like TEXT_PAINT_PROBE, for any view: an article's first body paragraph, else a list's first card title. */
const VIEW_PAINT_PROBE = paintProbe('#main .article-body p', '#main article .card-title a');

/**
 * Lie-fi: a connection that accepts every request and never answers (the e2e server's hang mode), with
 * the worker in control and the reader's earlier visit on the device. Navigation -> text painted for an
 * article read before, one never opened, and home; each the median of OFFLINE_RUNS, with the runs.
 */
async function lieFi(openedPath: string, unopenedPath: string) {
  if (!existsSync(join(DIST, 'sw.js'))) {
    rows.push(['lie-fi', 'text painted with a network that never answers', 'n/a (no service worker)']);
    return;
  }
  const server = await startServer({ outDir: DIST });
  const b = await openSession(MEASURING);
  try {
    await visitOnline(b.page, server.url, openedPath);
    server.hang(true);
    await b.page.addInitScript({ content: VIEW_PAINT_PROBE });
    const figures: Record<string, number[]> = {};
    for (const [name, path] of [['article read before', openedPath], ['article never opened', unopenedPath], ['home', '/']] as const) {
      const times = await paintTimes(b.page, server.url, path, 'commit');
      figures[name] = times;
      rows.push(['lie-fi', `navigation -> text painted, SW, network never answers: ${name} (median of ${OFFLINE_RUNS})`, runsText(times)]);
    }
    out.lieFi = { runs: figures, openedPath, unopenedPath };
  } catch (e) {
    rows.push(['lie-fi', 'text painted with a network that never answers', `n/a (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`]);
  } finally {
    server.hang(false);
    await b.close();
    await server.close();
  }
}

// ---------------------------------------------------------------- 6. interact
/** gzip -9 size of every built JS file in DIST/assets, by file name (as the bundle section computes it). */
async function assetGzip(): Promise<Map<string, number>> {
  const assets = join(DIST, 'assets');
  const sizes = new Map<string, number>();
  for (const f of (await readdir(assets)).filter((n) => n.endsWith('.js'))) sizes.set(f, gzipSync(await readFile(join(assets, f)), { level: 9 }).length);
  return sizes;
}

/** "123 ms (101–150)": the median of `xs`, then their range. */
const msSpread = (xs: number[]) => (xs.length ? `${ms(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})` : 'n/a');
/** "12.3 KB (12.0–12.9)": the same for byte counts. */
const kbSpread = (xs: number[]) => (xs.length ? `${kb(median(xs))} (${(Math.min(...xs) / 1024).toFixed(1)}–${(Math.max(...xs) / 1024).toFixed(1)})` : 'n/a');
/** Median, min and max, for the JSON. */
const spread = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/** RUNS runs of `measure`, each in its own profile; a run that fails is logged and left out. */
async function repeat<T>(what: string, measure: () => Promise<T>): Promise<{ runs: T[]; failed: string[] }> {
  const runs: T[] = [];
  const failed: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    try {
      runs.push(await measure());
    } catch (e) {
      const msg = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
      log(`interact ${what}, run ${i + 1}: ${msg}`);
      failed.push(msg);
    }
  }
  return { runs, failed };
}

/** A row's value when every run failed, else the value with how many failed. */
const orFailed = (failed: string[], n: number, text: () => string) => (n === 0 ? `n/a (${failed[0] ?? 'no runs'})` : `${text()}${failed.length ? `  (${failed.length} run(s) failed)` : ''}`);

/** Long tasks, long animation frames and JS fetched while / is taken over, then the same for the article: rows and out.interact. */
async function interactLoad(name: string, path: string, link: TapTarget, gz: (files: string[]) => number): Promise<{ fcp: ReturnType<typeof spread>; linkBox: Box } & Record<string, unknown>> {
  log(`interact ${name}: load x${RUNS} (${CPU_SLOWDOWN}x CPU)`);
  const { runs, failed } = await repeat(`${name} load`, () => measureLoad(DIST, MEASURING, path, link));
  const n = runs.length;
  const nums = (f: (r: LoadRun) => number | undefined) => runs.map(f).filter((x): x is number => x !== undefined);
  const from = [...new Set(runs.map((r) => r.interactiveFrom))].join('/');
  rows.push(['interact', `${name}: navigation -> FCP / interactive (${from || 'n/a'}), ${CPU_SLOWDOWN}x CPU, median (min–max) of ${n}`, orFailed(failed, n, () => `${msSpread(nums((r) => r.fcp))} / ${msSpread(nums((r) => r.interactive))}`)]);
  rows.push(['interact', `${name}: TBT-like (long tasks after FCP, until idle + ${SETTLE_MS / 1000} s), median (min–max)`, orFailed(failed, n, () => msSpread(nums((r) => r.tbt)))]);
  rows.push(['interact', `${name}: longest task / number of long tasks, median (min–max)`, orFailed(failed, n, () => `${msSpread(nums((r) => r.longest))} / ${median(nums((r) => r.count))} (${Math.min(...nums((r) => r.count))}–${Math.max(...nums((r) => r.count))})`)]);
  // The run whose TBT-like figure is the median one says what to work on.
  const mid = runs.find((r) => r.tbt === median(runs.map((x) => x.tbt)));
  const top = mid?.loafScripts?.slice(0, 3).map((s) => `${s.key} ${Math.round(s.ms)} ms${s.frames > 1 ? ` (${s.frames}x)` : ''}`);
  rows.push(['interact', `${name}: top 3 scripts in long animation frames (median run)`, !mid ? 'n/a' : !top ? 'n/a (no long-animation-frame entries in this browser)' : top.length ? top.join('; ') : 'none']);
  const before = runs.map((r) => gz(r.jsBefore));
  const all = runs.map((r) => gz(r.jsAll));
  const files = (f: (r: LoadRun) => string[]) => [...new Set(runs.map((r) => f(r).length))].join('/');
  rows.push(['interact', `${name}: JS fetched before interactive, median (min–max)`, orFailed(failed, n, () => `${kbSpread(before)} gz (${files((r) => r.jsBefore)} files)  [budget 100 KB]`)]);
  rows.push(['interact', `${name}: JS fetched until network idle + ${SETTLE_MS / 1000} s, median (min–max)`, orFailed(failed, n, () => `${kbSpread(all)} gz (${files((r) => r.jsAll)} files)`)]);
  return {
    fcp: spread(nums((r) => r.fcp)),
    interactive: spread(nums((r) => r.interactive)),
    tbt: spread(nums((r) => r.tbt)),
    longestTask: spread(nums((r) => r.longest)),
    longTasks: spread(nums((r) => r.count)),
    jsBeforeInteractiveGzip: spread(before),
    jsAllGzip: spread(all),
    topLoafScripts: mid?.loafScripts?.slice(0, 10),
    linkBox: runs.find((r) => r.linkBox)?.linkBox ?? null,
    runs,
    failed,
  };
}

/** Tap latency (INP-like) tapping `target` during the first seconds: a row and the figures for out.interact. */
async function interactTaps(name: string, path: string, target: TapTarget): Promise<Record<string, unknown>> {
  log(`interact ${name}: taps on the ${target.label} x${RUNS}`);
  const { runs, failed } = await repeat(`${name} taps`, () => measureTaps(DIST, MEASURING, path, target));
  const n = runs.length;
  const sum = (f: (r: TapRun) => number) => runs.reduce((t, r) => t + f(r), 0);
  const clicks = runs.some((r) => r.clickEvents < 0) ? 'n/a' : String(sum((r) => r.clickEvents));
  rows.push([
    'interact',
    `${name}: tap latency in the first ${TAP_WINDOW_MS / 1000} s (INP-like), ${target.label} every ${TAP_EVERY_MS} ms`,
    orFailed(failed, n, () => `${msSpread(runs.map((r) => r.inp))}; taps ${sum((r) => r.taps)} (${sum((r) => r.tapsBeforeInteractive)} before interactive), interactions >= 16 ms ${sum((r) => r.interactions)}, click events ${clicks}`),
  ]);
  return { target: target.label, inp: spread(runs.map((r) => r.inp)), taps: sum((r) => r.taps), tapsBeforeInteractive: sum((r) => r.tapsBeforeInteractive), interactions: sum((r) => r.interactions), clickEvents: clicks, runs, failed };
}

/** A link tapped at FCP -> the next view on screen: a row and the figures for out.interact. */
async function interactLink(name: string, path: string, target: TapTarget, fcpHint: number | undefined, boxHint: Box): Promise<Record<string, unknown>> {
  log(`interact ${name}: ${target.label} tapped at FCP x${RUNS}`);
  const { runs, failed } = await repeat(`${name} link`, () => measureLinkTap(DIST, MEASURING, path, target, fcpHint, boxHint));
  const n = runs.length;
  const count = (how: LinkRun['how']) => runs.filter((r) => r.how === how).length;
  const times = runs.map((r) => r.ms).filter((x): x is number => x !== undefined);
  rows.push([
    'interact',
    `${name}: ${target.label} tapped at FCP -> next view on screen, median (min–max)`,
    orFailed(failed, n, () => `${msSpread(times)}; in the app ${count('app')}, page load ${count('load')}, never ${count('lost')}; tapped at ${msSpread(runs.map((r) => r.tapAt).filter((x): x is number => x !== undefined))} after navigation start, FCP ${msSpread(runs.map((r) => r.fcp).filter((x): x is number => x !== undefined))}`),
  ]);
  return { target: target.label, ms: spread(times), app: count('app'), load: count('load'), lost: count('lost'), runs, failed };
}

/** The interact section: for / and the article, load figures, taps on a control, a link tapped at FCP. */
async function interact(articlePath: string) {
  const sizes = await assetGzip();
  const gz = (files: string[]) => files.reduce((n, f) => n + (sizes.get(f) ?? 0), 0);
  const pages: { name: string; path: string; tap: TapTarget; link: TapTarget }[] = [
    { name: 'home /', path: '/', tap: HEADER_SEARCH, link: FIRST_CARD_LINK },
    { name: `article ${articlePath}`, path: articlePath, tap: SAVE_BUTTON, link: HEADER_HOME_LINK },
  ];
  const figures: Record<string, unknown> = { cpuSlowdown: CPU_SLOWDOWN, runs: RUNS };
  for (const p of pages) {
    const load = await interactLoad(p.name, p.path, p.link, gz);
    const taps = await interactTaps(p.name, p.path, p.tap);
    // The link is tapped where the load runs found it, at the FCP they measured (or at the browser's FCP event if sooner).
    const link = await interactLink(p.name, p.path, p.link, Number.isFinite(load.fcp.median) ? load.fcp.median : undefined, load.linkBox);
    figures[p.name] = { path: p.path, load, taps, link };
  }
  out.interact = figures;
}

async function main() {
  const t0 = performance.now();
  if (BUILD) {
    log('building dist/ (scripts/build-site.ts)');
    await buildSite({ quiet: true });
  }
  const articles = (await readdir(join(DIST, 'articles'), { withFileTypes: true })).filter((d) => d.isDirectory());
  // The longest article pages: the most body for the reader to wait for.
  const bySize: { path: string; size: number }[] = [];
  for (const d of articles) {
    bySize.push({ path: `/articles/${encodeURIComponent(d.name)}`, size: (await stat(join(DIST, 'articles', d.name, 'index.html'))).size });
  }
  bySize.sort((a, b) => b.size - a.size);
  const articlePath = bySize[0]?.path ?? '';
  const otherArticlePath = bySize[1]?.path ?? articlePath;
  if (want('bundle')) await bundle();
  if (LIGHTHOUSE) await lighthouse(articlePath);
  if (want('large')) await largeFeed();
  if (want('offline')) await offline(articlePath, otherArticlePath);
  if (want('liefi')) await lieFi(articlePath, otherArticlePath);
  if (want('interact')) await interact(articlePath);
  out.elapsedSeconds = Math.round((performance.now() - t0) / 1000);

  if (JSON_OUT) {
    console.log(JSON.stringify(out, null, 2));
  } else {
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    const line = `${'-'.repeat(w0)}-+-${'-'.repeat(w1)}-+-${'-'.repeat(30)}`;
    console.log(`${'section'.padEnd(w0)} | ${'metric'.padEnd(w1)} | value`);
    console.log(line);
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c}`);
    console.log(line);
    console.log(`bench took ${out.elapsedSeconds} s`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
