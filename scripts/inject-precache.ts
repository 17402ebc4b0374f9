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
 * knows it may activate without the reader's "Reload" (src/sw/messages.ts).
 *
 * It can run again over the same directory (a rebuild of the pages into a copy of dist/): the worker
 * as Vite built it is kept in .vite/sw.template.js.
 *
 * Usage: tsx scripts/inject-precache.ts [--out dist]
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { getManifest } from 'workbox-build';

const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const DIST = resolve(outArg >= 0 ? (args[outArg + 1] ?? 'dist') : 'dist');
const SW = join(DIST, 'sw.js');
const TEMPLATE = join(DIST, '.vite', 'sw.template.js');
const MANIFEST_POINT = 'self.__WB_MANIFEST';
const VERSION_POINT = 'self.__BROADSHEET_CODE_VERSION';

/** The HTML the shell needs; both are written by scripts/prerender.ts. */
const PRECACHED_HTML = ['index.html', 'shell.html'];

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** The worker as Vite built it: taken from sw.js after a fresh build, else from the kept copy. */
async function workerTemplate(): Promise<string> {
  const current = await readFile(SW, 'utf8');
  if (current.includes(MANIFEST_POINT)) {
    await mkdir(dirname(TEMPLATE), { recursive: true });
    await writeFile(TEMPLATE, current);
    return current;
  }
  if (!existsSync(TEMPLATE)) throw new Error(`${SW} has no ${MANIFEST_POINT} and there is no ${TEMPLATE}: run vite build first`);
  return readFile(TEMPLATE, 'utf8');
}

async function main() {
  for (const file of ['sw.js', ...PRECACHED_HTML]) {
    if (!existsSync(join(DIST, file))) throw new Error(`${DIST}/${file} not found: run vite build and scripts/prerender.ts first`);
  }
  const template = await workerTemplate();
  for (const point of [MANIFEST_POINT, VERSION_POINT]) {
    if (count(template, point) !== 1) throw new Error(`the built worker must name ${point} exactly once (found ${count(template, point)})`);
  }

  const { manifestEntries, count: entries, size, warnings } = await getManifest({
    globDirectory: DIST,
    globPatterns: ['**/*.{js,css,svg,woff2}', 'manifest.webmanifest', 'icons/*.png', ...PRECACHED_HTML],
    // The worker itself, and what is cached at run time by its own rules: feed data, images, audio.
    globIgnores: ['sw.js', '.vite/**', 'images/**', 'avatars/**', 'audio/**', 'screenshots/**', 'feed*.json'],
    // Vite puts a content hash in every file name under assets/: the URL is its own revision.
    dontCacheBustURLsMatching: /^assets\//,
  });
  for (const w of warnings) console.warn(`inject-precache: ${w}`);
  const list = manifestEntries ?? [];
  for (const html of PRECACHED_HTML) {
    if (!list.some((e) => e.url === html)) throw new Error(`${html} is missing from the precache list`);
  }

  // Sorted so the version does not depend on the order the files were found in.
  const code = list
    .filter((e) => !e.url.endsWith('.html'))
    .map((e) => `${e.url} ${e.revision ?? ''}`)
    .sort()
    .join('\n');
  const version = createHash('sha256').update(template).update('\n').update(code).digest('hex').slice(0, 16);

  const sw = template.replace(MANIFEST_POINT, () => JSON.stringify(list)).replace(VERSION_POINT, () => JSON.stringify(version));
  await writeFile(SW, sw);
  console.log(`inject-precache: ${entries} entries (${(size / 1024).toFixed(1)} KiB), code version ${version}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
