import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Second builds for deploy tests, made with the same steps as `npm run build` (minus the type-check):
 * a copy of dist/ whose pages are prerendered again from a changed feed, or the whole app built again
 * into another directory.
 */

const run = promisify(execFile);

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

/** Writes the precache list and code version into `dir`/sw.js (the last step of the build). */
export async function injectPrecache(dir: string): Promise<void> {
  await run('npx', ['tsx', 'scripts/inject-precache.ts', '--out', dir]);
}

/** Prerenders the pages of `dir` again from its feed.json, then injects its precache list. */
export async function rebuildPages(dir: string): Promise<void> {
  await run('npx', ['tsx', 'scripts/prerender.ts', '--out', dir]);
  await injectPrecache(dir);
}

/** Builds the whole app into `dir` (vite build, prerender, precache) with extra environment variables. */
export async function buildApp(dir: string, env: Record<string, string>): Promise<void> {
  await run('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], { env: { ...process.env, ...env } });
  await rebuildPages(dir);
}

/** The precache list and code version written into `dir`/sw.js by scripts/inject-precache.ts. */
export async function readPrecache(dir: string): Promise<{ entries: PrecacheEntry[]; codeVersion: string }> {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  const list = /\[\{"url":.*?\}\]/.exec(sw)?.[0];
  if (!list) throw new Error(`no precache list in ${dir}/sw.js`);
  const entries = JSON.parse(list) as PrecacheEntry[];
  // The version is the only 16-hex-digit string literal the script writes (revisions are 32 digits).
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
 * article's title changed in its feed, the pages prerendered again and the precache list injected
 * again. The code is the same, so the code version is too.
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
  await rebuildPages(dir);
  return { dir, oldTitle, newTitle };
}
