import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { startServer, type TestServer } from './support/server';

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

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
});

describe('the build', () => {
  test('the precache list holds the shell (index.html, entry JS and CSS) with no duplicates', async () => {
    const sw = await readFile('dist/sw.js', 'utf8');
    const urls = [...sw.matchAll(/\{"?revision"?:(?:"[0-9a-f]+"|null),"?url"?:"([^"]+)"\}/g)].map((m) => m[1] ?? '');
    assert.ok(urls.length > 5, `precache entries found (${urls.length})`);
    assert.equal(new Set(urls).size, urls.length, `no duplicate URLs: ${urls.join(', ')}`);
    assert.ok(urls.includes('index.html'), 'index.html is precached');
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
