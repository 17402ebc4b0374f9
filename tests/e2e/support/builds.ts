import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { buildSite, rebuildPages } from '../../../scripts/build-site';

/**
 * Second builds for deploy tests, made by scripts/build-site.ts as `npm run build` makes them: a copy
 * of dist/ whose pages are rebuilt from a changed feed, or the app built again with a code change.
 */

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** Copies dist/ into a fresh temporary directory and returns its path. */
export async function copyBuild(prefix = 'broadsheet-copy-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp('dist', dir, { recursive: true });
  return dir;
}

/** Adds one statement to the app's entry chunk: new code, as a release brings, that changes nothing a reader sees. */
function codeChange(mark: string): Plugin {
  return {
    name: 'broadsheet-e2e-code-change',
    apply: 'build',
    renderChunk: (code, chunk) => (chunk.isEntry ? `${code}\nglobalThis.__broadsheetE2eBuild = ${JSON.stringify(mark)};\n` : null),
  };
}

/** Builds the whole app into `dir` (build-site, every step) with a code change: the "next" release. */
export async function buildNextRelease(dir: string): Promise<void> {
  await buildSite({ outDir: dir, quiet: true, vite: { plugins: [codeChange('next')] } });
}

/** The hashed entry script of the build in `dir` (`/assets/index-….js`), from its index.html. */
export async function entryScript(dir: string): Promise<string> {
  const src = /<script type="module"[^>]*src="([^"]+)"/.exec(await readFile(join(dir, 'index.html'), 'utf8'))?.[1];
  if (!src) throw new Error(`${dir}/index.html has no module script`);
  return src;
}

/** The entry script the page was loaded with: which build it runs. */
export function pageEntry(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? null);
}

/** Waits until the page runs the build whose entry script is `entry` (after "Reload"). */
export async function waitForEntry(page: Page, entry: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((src) => document.querySelector('script[type="module"][src]')?.getAttribute('src') === src, entry, { timeout });
}

/** The precache list and code version written into `dir`/sw.js by scripts/inject-precache.ts. */
export async function readPrecache(dir: string): Promise<{ entries: PrecacheEntry[]; codeVersion: string }> {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  // injectManifest writes the list with sorted keys: [{"revision":…,"url":…},…].
  const list = /\[\{"(?:revision|url)":.*?\}\]/.exec(sw)?.[0];
  if (!list) throw new Error(`no precache list in ${dir}/sw.js`);
  const entries = JSON.parse(list) as PrecacheEntry[];
  // The version is the only 16-hex-digit string literal the build writes (revisions are 32 digits).
  const versions = [...sw.matchAll(/"([0-9a-f]{16})"/g)].map((m) => m[1] ?? '');
  if (versions.length !== 1) throw new Error(`expected one code version in ${dir}/sw.js, found ${versions.length}`);
  return { entries, codeVersion: versions[0] ?? '' };
}

interface FeedItem {
  title?: string;
  date_published?: string;
}

/**
 * A content-only rebuild, as the publisher's scheduled build makes one: dist/ copied, the newest
 * article's title changed in its feed, and the pages rebuilt (prerender, host files, precache list).
 * The code is the same, so the code version is too.
 */
export async function contentRebuild(prefix: string): Promise<{ dir: string; oldTitle: string; newTitle: string }> {
  const dir = await copyBuild(prefix);
  const feed = JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8')) as { items: FeedItem[] };
  const newest = (i: FeedItem) => Date.parse(i.date_published ?? '') || 0;
  const lead = [...feed.items].filter((i) => i.title).sort((a, b) => newest(b) - newest(a))[0];
  if (!lead?.title) throw new Error('the feed has no titled newest item');
  const oldTitle = lead.title;
  const newTitle = `Harbour tram vote postponed to spring (${Date.now().toString(36)})`;
  lead.title = newTitle;
  await writeFile(join(dir, 'feed.json'), JSON.stringify(feed));
  await rebuildPages(dir, { quiet: true });
  return { dir, oldTitle, newTitle };
}
