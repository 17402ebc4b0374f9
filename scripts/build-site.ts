/**
 * The build of the site, in one place: `npm run build` (after `tsc -b`), the e2e tests' own builds and
 * the bench all run it. The steps, in order:
 * 1. `vite build`: the app and the worker. The worker is moved to .vite/sw.template.js, its precache
 *    list still empty (vite.config.ts turns vite-plugin-pwa's injection off).
 * 2. scripts/prerender.ts: the home, every article, author and tag page, and shell.html. It runs in a
 *    process of its own: it renders the app with a jsdom `window` and a `fetch` of its own.
 * 3. scripts/host-files.ts: _headers and _redirects (files no worker precaches).
 * 4. scripts/inject-precache.ts, last, over the final files: the precache list and the code version
 *    written into sw.js.
 * `rebuildPages` runs steps 2-4 again over a build (a changed feed, the same code).
 *
 * Usage: tsx scripts/build-site.ts [--out DIR] [--pages-only] [--no-prerender]
 *   --out DIR        the build directory (default dist)
 *   --pages-only     steps 2-4 over an existing build (its feed.json changed, say)
 *   --no-prerender   steps 1, 3 and 4: Vite's index.html, no pages (for a feed written after the build)
 * Env:   VITE_FEED_URL (the app and the prerender), SITE_URL (the prerender), CF_PAGES (host files).
 */
import { spawn } from 'node:child_process';
import { mkdir, rename } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, mergeConfig, type InlineConfig } from 'vite';
import { writeHostFiles } from './host-files';
import { injectPrecache, WORKER_TEMPLATE, type InjectResult } from './inject-precache';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What a build is asked for. */
export interface BuildOptions {
  /** The build directory (default: the project's dist/). */
  outDir?: string;
  /** Added to the environment of every step: VITE_FEED_URL, SITE_URL, CF_PAGES… */
  env?: Record<string, string>;
  /** false: no prerendered pages, Vite's index.html only (a copy whose feed is written after the build). */
  prerender?: boolean;
  /** More Vite config, merged over vite.config.ts (a test's code change). */
  vite?: InlineConfig;
  /** Print errors only. */
  quiet?: boolean;
}

/** The options of a pages-only rebuild. */
export type RebuildOptions = Pick<BuildOptions, 'env' | 'quiet'>;

/** What a build wrote. */
export interface BuildResult {
  outDir: string;
  precache: InjectResult;
}

/** Builds the site into `outDir`: vite build, prerender, host files, precache injection. */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = resolve(options.outDir ?? join(ROOT, 'dist'));
  const config: InlineConfig = {
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: options.quiet ? 'error' : 'info',
    build: { outDir, emptyOutDir: true },
  };
  await withEnv(options.env ?? {}, () => build(mergeConfig(config, options.vite ?? {})));
  await mkdir(join(outDir, '.vite'), { recursive: true });
  await rename(join(outDir, 'sw.js'), join(outDir, WORKER_TEMPLATE));
  if (options.prerender === false) return finish(outDir, options, false);
  return rebuildPages(outDir, options);
}

/** Prerenders the pages of a build again from its feed, then writes its host files and precache list. */
export async function rebuildPages(dir: string, options: RebuildOptions = {}): Promise<BuildResult> {
  const outDir = resolve(dir);
  await prerender(outDir, options);
  return finish(outDir, options, true);
}

async function finish(outDir: string, options: RebuildOptions, prerendered: boolean): Promise<BuildResult> {
  const log = options.quiet ? () => undefined : (line: string) => console.log(line);
  await writeHostFiles(outDir, { ...process.env, ...options.env });
  log(`host-files: ${relative(process.cwd(), outDir) || '.'}/_headers and _redirects written`);
  const precache = await injectPrecache(outDir, { prerendered });
  log(`inject-precache: ${precache.entries} entries (${(precache.bytes / 1024).toFixed(1)} KiB), code version ${precache.codeVersion}`);
  return { outDir, precache };
}

/** Runs scripts/prerender.ts over `outDir` in a child process; its output is shown unless quiet. */
function prerender(outDir: string, options: RebuildOptions): Promise<void> {
  const script = join(ROOT, 'scripts', 'prerender.ts');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--out', outDir], {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', options.quiet ? 'pipe' : 'inherit'],
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code === 0) done();
      else fail(new Error(`scripts/prerender.ts --out ${outDir} failed (${signal ?? `exit ${code}`})${stderr ? `:\n${stderr}` : ''}`));
    });
  });
}

let envTurn: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` with `env` added to process.env, one at a time: Vite reads VITE_* variables from
 * process.env when it resolves its config, and has no option to pass them otherwise.
 */
function withEnv<T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const turn = envTurn.then(async () => {
    const saved = Object.keys(env).map((k) => [k, process.env[k]] as const);
    Object.assign(process.env, env);
    try {
      return await work();
    } finally {
      for (const [k, v] of saved) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
  envTurn = turn.catch(() => undefined);
  return turn;
}

async function main() {
  const args = process.argv.slice(2);
  const out = args.indexOf('--out');
  const outDir = out >= 0 ? args[out + 1] : undefined;
  if (out >= 0 && !outDir) throw new Error('--out needs a directory');
  if (args.includes('--pages-only')) await rebuildPages(outDir ?? join(ROOT, 'dist'));
  else await buildSite({ ...(outDir ? { outDir } : {}), prerender: !args.includes('--no-prerender') });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
