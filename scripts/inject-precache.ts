/**
 * Writes the service worker's precache list and the build's code version into dist/sw.js: the last
 * step of scripts/build-site.ts, run over the final files, so every revision is the hash of the file
 * served. The list is injected by workbox-build's `injectManifest` into the worker as Vite built it,
 * which build-site keeps in dist/.vite/sw.template.js (vite.config.ts turns vite-plugin-pwa's own
 * injection off: it would run before the prerender has written the HTML).
 *
 * The precache is the shell: JS, CSS, svg, woff2, the web manifest and its icons, index.html (the
 * prerendered home) and shell.html. The article, author and tag pages are not precached: they are kept
 * by the worker once the reader opens them (src/sw/navigation.ts); precached, every rebuild would have
 * every reader download every page again, and a feed of 10,000 articles could not be installed at all.
 *
 * The code version is a hash over the non-HTML entries and the worker's own code. A rebuild from a
 * changed feed with the same code keeps it, so the new worker knows it may activate without the
 * reader's "Reload" (src/sw/lifecycle.ts).
 *
 * The template is never written to, so the step can run again over the same directory (a pages-only
 * rebuild) and gives the same sw.js for the same files.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { injectManifest, type ManifestTransform } from 'workbox-build';

/** Where the worker as Vite built it is kept, relative to the build directory. */
export const WORKER_TEMPLATE = join('.vite', 'sw.template.js');
const MANIFEST_POINT = 'self.__WB_MANIFEST';
const VERSION_POINT = 'self.__BROADSHEET_CODE_VERSION';

/** The HTML the shell needs; both are written by scripts/prerender.ts. */
const PRECACHED_HTML = ['index.html', 'shell.html'];

/** What one injection wrote. */
export interface InjectResult {
  entries: number;
  bytes: number;
  codeVersion: string;
}

/**
 * Writes the precache list and code version of the build in `dist` into its sw.js. `prerendered`
 * (default true) requires index.html and shell.html in the list; a build without the prerender (the
 * bench's large-feed copy) has Vite's index.html only.
 */
export async function injectPrecache(dist: string, { prerendered = true } = {}): Promise<InjectResult> {
  const swSrc = join(dist, WORKER_TEMPLATE);
  if (!existsSync(swSrc)) throw new Error(`${swSrc} not found: build with scripts/build-site.ts`);
  const template = await readFile(swSrc, 'utf8');
  if (!template.includes(VERSION_POINT)) throw new Error(`the built worker does not name ${VERSION_POINT}`);
  const html = prerendered ? PRECACHED_HTML : PRECACHED_HTML.filter((f) => existsSync(join(dist, f)));
  for (const file of html) {
    if (!existsSync(join(dist, file))) throw new Error(`${dist}/${file} not found: prerender first`);
  }

  // The list as injected: read here to compute the code version, which injectManifest has no place for.
  let list: { url: string; revision: string | null }[] = [];
  const keep: ManifestTransform = (manifest) => {
    list = manifest.map(({ url, revision }) => ({ url, revision }));
    return { manifest };
  };
  const swDest = join(dist, 'sw.js');
  const { count, size, warnings } = await injectManifest({
    swSrc,
    swDest,
    injectionPoint: MANIFEST_POINT,
    globDirectory: dist,
    globPatterns: ['**/*.{js,css,svg,woff2}', 'manifest.webmanifest', 'icons/*.png', ...html],
    // Vite's bookkeeping, and what is cached at run time by the worker's own rules: feed data, images,
    // audio. (injectManifest leaves out swSrc and swDest itself.)
    globIgnores: ['.vite/**', 'images/**', 'avatars/**', 'audio/**', 'screenshots/**', 'feed*.json'],
    // Vite puts a content hash in every file name under assets/: the URL is its own revision.
    dontCacheBustURLsMatching: /^assets\//,
    manifestTransforms: [keep],
  });
  for (const w of warnings) console.warn(`inject-precache: ${w}`);
  for (const file of html) {
    if (!list.some((e) => e.url === file)) throw new Error(`${file} is missing from the precache list`);
  }

  // Sorted so the version does not depend on the order the files were found in.
  const code = list
    .filter((e) => !e.url.endsWith('.html'))
    .map((e) => `${e.url} ${e.revision ?? ''}`)
    .sort()
    .join('\n');
  const codeVersion = createHash('sha256').update(template).update('\n').update(code).digest('hex').slice(0, 16);
  // The project's own injection point, beside Workbox's: filled in the file injectManifest wrote.
  const sw = await readFile(swDest, 'utf8');
  await writeFile(swDest, sw.replace(VERSION_POINT, () => JSON.stringify(codeVersion)));
  return { entries: count, bytes: size, codeVersion };
}
