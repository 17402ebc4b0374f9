import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { rebuildPages } from '../../scripts/build-site';
import { injectPrecache } from '../../scripts/inject-precache';
import { copyBuild, readPrecache, type PrecacheEntry } from './support/builds';
import { startServer, type TestServer } from '../../scripts/lib/server';

// What the production build ships for offline use and installation: the worker's precache list and the manifest.

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}
interface Manifest {
  name?: string;
  short_name?: string;
  description?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  theme_color?: string;
  background_color?: string;
  icons?: ManifestIcon[];
  shortcuts?: { url: string }[];
  screenshots?: { src: string; sizes: string; form_factor?: string }[];
}

const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

/** Every HTML file under `dir` (Vite's own .vite/ folder aside), as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true });
  return all.map((f) => f.split('\\').join('/')).filter((f) => f.endsWith('.html') && !f.startsWith('.vite/'));
}

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
});

describe('the build', () => {
  test('the precache list holds the shell (index.html, entry JS and CSS) with no duplicates', async () => {
    const urls = (await readPrecache('dist')).entries.map((e) => e.url);
    assert.ok(urls.length > 5, `precache entries found (${urls.length})`);
    assert.equal(new Set(urls).size, urls.length, `no duplicate URLs: ${urls.join(', ')}`);
    assert.ok(urls.includes('index.html'), 'index.html is precached');
    assert.ok(urls.includes('shell.html'), 'shell.html is precached');
    const html = await readFile('dist/index.html', 'utf8');
    const entryJs = /<script type="module"[^>]*src="\/([^"]+\.js)"/.exec(html)?.[1];
    // The prerender step inlines the CSS into the HTML, so the entry's stylesheet is read from Vite's manifest.
    const manifest = JSON.parse(await readFile('dist/.vite/manifest.json', 'utf8')) as Record<string, { isEntry?: boolean; css?: string[] }>;
    const entryCss = Object.values(manifest).flatMap((chunk) => (chunk.isEntry ? (chunk.css ?? []) : []));
    assert.ok(entryJs && urls.includes(entryJs), `entry JS ${entryJs} is precached`);
    assert.ok(entryCss.length > 0, 'the build has entry CSS');
    for (const css of entryCss) assert.ok(css && urls.includes(css), `entry CSS ${css} is precached`);
    assert.ok(!urls.some((u) => /^(images|avatars|audio)\/|feed.*\.json$|screenshots\//.test(u)), 'feed data and images are not precached');
    assert.match(html, /<link rel="manifest" href="\/manifest\.webmanifest"/, 'index.html links the manifest');
  });

  test('every precached revision is the MD5 of the file served from dist/ (hashed assets: the file exists)', async () => {
    const { entries } = await readPrecache('dist');
    for (const { url, revision } of entries) {
      const file = join('dist', url);
      assert.ok(existsSync(file), `${url} exists in dist/`);
      if (revision === null) {
        // Workbox leaves the revision out only where the URL is its own: Vite's content-hashed names.
        assert.match(url, /^assets\/.+-[\w-]{8}\.\w+$/, `${url} has no revision, so its name must carry a hash`);
      } else {
        assert.equal(revision, md5(await readFile(file)), `${url}: revision is the hash of the final file`);
      }
    }
  });

  test('the HTML precached is the shell: index.html and shell.html, every page prerendered at the top level, no per-article page', async () => {
    const precached = (await readPrecache('dist')).entries.map((e) => e.url).filter((u) => u.endsWith('.html'));
    const written = await htmlFiles('dist');
    assert.ok(written.some((f) => f.startsWith('articles/')), 'the build prerendered article pages');
    // Pages under a route folder are kept by the worker once visited (src/sw/navigation.ts), not precached.
    const topLevel = written.filter((f) => !f.includes('/')).sort();
    assert.deepEqual(precached.sort(), topLevel, 'every top-level page is precached, and only those');
    assert.deepEqual(topLevel, ['index.html', 'shell.html']);
  });

  test('each route view and each heavy library (sanitizer, search index, feed parser) is a lazy chunk the first load does not fetch', async () => {
    // DESIGN.md, "Performance budgets". The first load: the entry's chunk, what it imports, and the chunks
    // it opens at once (the app) with what they import; vite.config.ts's chunking folds small modules into
    // the app chunk, and must never fold a view or a library in.
    type Chunk = { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
    const manifest = JSON.parse(await readFile('dist/.vite/manifest.json', 'utf8')) as Record<string, Chunk>;
    const first = new Set<string>();
    const load = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || first.has(chunk.file)) return;
      first.add(chunk.file);
      for (const k of chunk.imports ?? []) load(k);
    };
    const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
    assert.equal(entries.length, 1, 'one entry (index.html)');
    for (const k of entries) load(k);
    for (const k of entries) for (const d of manifest[k]?.dynamicImports ?? []) load(d);
    assert.ok(first.size > 1, `the first load has the entry and the app (${[...first].join(', ')})`);

    const lazy = Object.keys(manifest).filter((k) => /^src\/routes\/[^/]+\/route\.tsx$/.test(k) || k === 'src/html/sanitize.ts' || k === 'src/search/search-index.ts' || k === 'src/feed/to-model.ts');
    assert.ok(lazy.filter((k) => k.startsWith('src/routes/')).length >= 7, `the route views are in the manifest (${lazy.join(', ')})`);
    for (const k of lazy) {
      const chunk = manifest[k];
      assert.ok(chunk?.isDynamicEntry, `${k} is loaded by import()`);
      assert.ok(!first.has(chunk.file), `${k} (${chunk.file}) is not fetched by the first load`);
    }
    const views = lazy.filter((k) => k.startsWith('src/routes/')).map((k) => manifest[k]?.file);
    assert.equal(new Set(views).size, views.length, `each view has a chunk of its own (${views.join(', ')})`);
    // The libraries themselves, wherever the bundler puts them: their own error messages name them.
    for (const file of first) {
      const code = await readFile(join('dist', file), 'utf8');
      assert.ok(!code.includes('DOMPurify'), `DOMPurify is not in ${file}`);
      assert.ok(!code.includes('MiniSearch:'), `MiniSearch is not in ${file}`);
      // Reading a feed runs in the feed worker, or on the page through import() (src/feed/feed-parser.ts).
      assert.ok(!code.includes('The feed is not valid JSON'), `the feed parser is not in ${file}`);
    }
  });

  test('a rebuild of the same code from a changed feed changes only HTML revisions and keeps the code version', async () => {
    const dir = await copyBuild('broadsheet-content-');
    try {
      const feed = JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8')) as { items: { title?: string }[] };
      const first = feed.items[0];
      assert.ok(first?.title, 'the feed has a titled first item');
      const oldTitle = first.title;
      first.title = `${oldTitle} (updated after the build)`;
      await writeFile(join(dir, 'feed.json'), JSON.stringify(feed));
      await rebuildPages(dir, { quiet: true });

      const before = await readPrecache('dist');
      const after = await readPrecache(dir);
      assert.equal(after.codeVersion, before.codeVersion, 'same code, same code version');
      const byUrl = (list: PrecacheEntry[]) => new Map(list.map((e) => [e.url, e.revision]));
      const was = byUrl(before.entries);
      const is = byUrl(after.entries);
      assert.deepEqual([...is.keys()].sort(), [...was.keys()].sort(), 'the same files are precached');
      const changed = [...is].filter(([url, rev]) => was.get(url) !== rev).map(([url]) => url);
      assert.ok(changed.includes('index.html'), `the prerendered home changed (changed: ${changed.join(', ')})`);
      assert.ok(changed.every((u) => u.endsWith('.html')), `only HTML changed: ${changed.join(', ')}`);
      assert.equal(is.get('index.html'), md5(await readFile(join(dir, 'index.html'))), "the new revision is the new file's hash");
      assert.ok((await readFile(join(dir, 'index.html'), 'utf8')).includes(first.title.replace(/&/g, '&amp;')), 'the new home shows the new title');
      assert.notEqual(await readFile(join(dir, 'sw.js'), 'utf8'), await readFile('dist/sw.js', 'utf8'), 'sw.js changed, so browsers see an update');

      // The injection can run again over its own output: same files, same worker.
      const sw = await readFile(join(dir, 'sw.js'), 'utf8');
      await injectPrecache(dir);
      assert.equal(await readFile(join(dir, 'sw.js'), 'utf8'), sw, 'a second run writes the same sw.js');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the manifest makes the app installable', async () => {
    const m = JSON.parse(await readFile('dist/manifest.webmanifest', 'utf8')) as Manifest;
    for (const key of ['name', 'short_name', 'description', 'start_url', 'scope', 'theme_color', 'background_color'] as const) {
      assert.ok(m[key], `manifest has ${key}`);
    }
    assert.equal(m.display, 'standalone');
    const icons = m.icons ?? [];
    for (const size of ['192x192', '512x512']) {
      assert.ok(icons.some((i) => i.sizes === size && i.type === 'image/png' && (i.purpose ?? 'any').includes('any')), `${size} icon`);
      assert.ok(icons.some((i) => i.sizes === size && i.purpose === 'maskable'), `${size} maskable icon`);
    }
    const shortcuts = (m.shortcuts ?? []).map((s) => s.url);
    assert.ok(shortcuts.includes('/saved') && shortcuts.includes('/search'), 'shortcuts to /saved and /search');
    assert.ok((m.screenshots ?? []).some((s) => s.form_factor === 'narrow') && (m.screenshots ?? []).some((s) => s.form_factor === 'wide'), 'narrow and wide screenshots');
  });

  test('icons and screenshots are served as PNG images of the declared size', async () => {
    const m = JSON.parse(await readFile('dist/manifest.webmanifest', 'utf8')) as Manifest;
    const files = [...(m.icons ?? []), ...(m.screenshots ?? []), { src: '/icons/apple-touch-icon.png', sizes: '180x180' }];
    for (const f of files) {
      const res = await fetch(server.url + f.src);
      assert.equal(res.status, 200, f.src);
      assert.equal(res.headers.get('content-type'), 'image/png', `${f.src} content type`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const view = new DataView(bytes.buffer);
      // PNG: width and height are the two big-endian words after the IHDR tag.
      assert.equal(`${view.getUint32(16)}x${view.getUint32(20)}`, f.sizes, `${f.src} size`);
    }
  });
});
