/**
 * Writes the service worker's precache list into dist/sw.js: the last step of `npm run build`, after
 * scripts/prerender.ts has written the final HTML, so every revision is the hash of the file served.
 * (vite-plugin-pwa builds the worker with `injectionPoint: undefined`, leaving `self.__WB_MANIFEST`
 * in place for this script; see vite.config.ts.)
 *
 * The precache is the shell: JS, CSS, svg, woff2, the web manifest and its icons, index.html (the
 * prerendered home) and shell.html. The article, author and tag pages are not precached: they are kept
 * by the worker once the reader opens them (src/sw/navigation.ts); precached, every rebuild would have
 * every reader download every page again, and a feed of 10,000 articles could not be installed at all.
 *
 * The script also writes the build's code version into sw.js: a hash over the non-HTML entries and
 * the worker's own code. A rebuild from a changed feed with the same code keeps it, so the new worker
 * knows it may activate without the reader's "Reload" (src/sw/lifecycle.ts).
 *
 * It can run again over the same directory (a rebuild of the pages into a copy of dist/): the worker
 * as Vite built it is kept in .vite/sw.template.js.
 *
 * Usage: tsx scripts/inject-precache.ts [--out dist]
 * (vite.config.ts also runs it right after `vite build`, for a first list: see injectPrecache.)
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getManifest } from 'workbox-build';

const TEMPLATE = join('.vite', 'sw.template.js');
const MANIFEST_POINT = 'self.__WB_MANIFEST';
const VERSION_POINT = 'self.__BROADSHEET_CODE_VERSION';

/** The HTML the shell needs; both are written by scripts/prerender.ts. */
const PRECACHED_HTML = ['index.html', 'shell.html'];

/** The worker as Vite built it: taken from sw.js after a fresh build, else from the kept copy. */
async function workerTemplate(dist: string): Promise<string> {
  const sw = join(dist, 'sw.js');
  const template = join(dist, TEMPLATE);
  const current = await readFile(sw, 'utf8');
  if (current.includes(MANIFEST_POINT)) {
    await mkdir(dirname(template), { recursive: true });
    await writeFile(template, current);
    return current;
  }
  if (!existsSync(template)) throw new Error(`${sw} has no ${MANIFEST_POINT} and there is no ${template}: run vite build first`);
  return readFile(template, 'utf8');
}

export interface InjectResult {
  entries: number;
  bytes: number;
  codeVersion: string;
}

/**
 * Writes the precache list and code version of the build in `dist` into its sw.js. `interim`: run
 * right after `vite build` (vite.config.ts), before the prerender has written shell.html, so that a
 * `vite build` alone still gives a working worker; the final list is written after the prerender.
 */
export async function injectPrecache(dist: string, { interim = false } = {}): Promise<InjectResult> {
  const required = interim ? ['sw.js'] : ['sw.js', ...PRECACHED_HTML];
  for (const file of required) {
    if (!existsSync(join(dist, file))) throw new Error(`${dist}/${file} not found: run vite build and scripts/prerender.ts first`);
  }
  const template = await workerTemplate(dist);
  for (const point of [MANIFEST_POINT, VERSION_POINT]) {
    if (!template.includes(point)) throw new Error(`the built worker does not name ${point}`);
  }

  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: ['**/*.{js,css,svg,woff2}', 'manifest.webmanifest', 'icons/*.png', ...PRECACHED_HTML.filter((f) => existsSync(join(dist, f)))],
    // The worker itself, and what is cached at run time by its own rules: feed data, images, audio.
    globIgnores: ['sw.js', '.vite/**', 'images/**', 'avatars/**', 'audio/**', 'screenshots/**', 'feed*.json'],
    // Vite puts a content hash in every file name under assets/: the URL is its own revision.
    dontCacheBustURLsMatching: /^assets\//,
  });
  for (const w of warnings) console.warn(`inject-precache: ${w}`);
  const list = manifestEntries ?? [];
  if (!interim) {
    for (const html of PRECACHED_HTML) {
      if (!list.some((e) => e.url === html)) throw new Error(`${html} is missing from the precache list`);
    }
  }

  // Sorted so the version does not depend on the order the files were found in.
  const code = list
    .filter((e) => !e.url.endsWith('.html'))
    .map((e) => `${e.url} ${e.revision ?? ''}`)
    .sort()
    .join('\n');
  const codeVersion = createHash('sha256').update(template).update('\n').update(code).digest('hex').slice(0, 16);

  const sw = template.replaceAll(MANIFEST_POINT, () => JSON.stringify(list)).replaceAll(VERSION_POINT, () => JSON.stringify(codeVersion));
  await writeFile(join(dist, 'sw.js'), sw);
  return { entries: count, bytes: size, codeVersion };
}

async function main() {
  const args = process.argv.slice(2);
  const outArg = args.indexOf('--out');
  const dist = resolve(outArg >= 0 ? (args[outArg + 1] ?? 'dist') : 'dist');
  const r = await injectPrecache(dist);
  console.log(`inject-precache: ${r.entries} entries (${(r.bytes / 1024).toFixed(1)} KiB), code version ${r.codeVersion}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
