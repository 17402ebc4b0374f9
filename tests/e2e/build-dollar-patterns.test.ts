import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { withSession } from './support/browser';
import { startServer } from '../../scripts/lib/server';

/** jsdom ships no types; this is the one constructor used here. */
type JsdomCtor = new (html: string) => { window: Window };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomCtor };

// Page assembly cannot misread content: a build-time feed whose every text field, every `_broadsheet`
// field and the attribute values of its body hold String.replace's `$` patterns ($', $`, $&, $1, $$)
// and attribute-shaped text gives pages that hold that text literally, with no element or attribute
// the app would not render (tests/unit/build/page-assembly.test.ts covers the assembly itself).

const PATTERNS = ["$'", '$`', '$&', '$1', '$$'];
const mark = (field: string) => `${field} ${PATTERNS.join(' ')} end`;
const EVIL_TAG = 'x onerror=alert(document.domain)//';
const OVERLAY_TAG = 'x href=https://evil.example style=position:fixed;inset:0;z-index:2147483647';

let dir: string;

function hostileFeed() {
  const item = (n: number) => ({
    id: `dollar-${n}`,
    url: `https://dollar.example/articles/dollar-story-${n}`,
    title: mark(`Title ${n}`),
    summary: mark(`Summary ${n}`),
    content_html: `<p title="$'">${mark(`Body ${n}`)}</p><p><a href="https://dollar.example/$'" title="$&">${mark('Link')}</a></p><img src="https://dollar.example/$'.jpg" alt="$\`"><div><style><img src="</style><img src=x onerror=alert(1)//"></div><p>$' after</p>`,
    image: `https://dollar.example/images/$'-${n}.jpg`,
    date_published: `2026-11-0${n}T10:00:00Z`,
    authors: [{ name: "$'" }, { name: mark('Author') }],
    tags: [mark('Tag'), EVIL_TAG, OVERLAY_TAG],
    _broadsheet: {
      author_ids: ['dollar-profile'],
      image_alt: mark('Alt'),
      image_caption: mark('Caption'),
      image_credit: mark('Credit'),
      section: mark('Section'),
      related: [`dollar-${3 - n}`],
    },
  });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: mark('Feed title'),
    description: mark('Description'),
    home_page_url: 'https://dollar.example/',
    feed_url: 'https://dollar.example/feed.json',
    _broadsheet: {
      about: 'https://example.invalid/docs',
      authors: [
        {
          id: 'dollar-profile',
          name: mark('Profile'),
          role: mark('Role'),
          bio_html: `<p class="$'">${mark('Bio')}</p>`,
          links: [{ title: mark('Link title'), url: "https://dollar.example/$'" }],
        },
      ],
    },
    items: [item(1), item(2)],
  };
}

const docOf = async (path: string) => new JSDOM(await readFile(join(dir, path), 'utf8')).window.document;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'broadsheet-dollar-'));
  const prerender = process.env.PRERENDER_SCRIPT ?? 'scripts/prerender.ts';
  await cp('dist', dir, { recursive: true });
  await rm(join(dir, 'articles'), { recursive: true, force: true });
  await rm(join(dir, 'authors'), { recursive: true, force: true });
  await rm(join(dir, 'tags'), { recursive: true, force: true });
  await rm(join(dir, 'feed-2.json'), { force: true });
  await writeFile(join(dir, 'feed.json'), JSON.stringify(hostileFeed()));
  await promisify(execFile)('npx', ['tsx', prerender, '--out', dir], { env: { ...process.env, SITE_URL: 'https://dollar.example' } });
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a build-time feed full of $ replacement patterns', () => {
  test('every article page holds its text literally, and nothing the app does not render', async () => {
    for (const n of [1, 2]) {
      const doc = await docOf(join('articles', `dollar-story-${n}`, 'index.html'));
      assert.equal(doc.querySelector('#root h1')?.textContent, mark(`Title ${n}`), 'the headline, literally');
      assert.equal(doc.querySelector('#root .standfirst')?.textContent, mark(`Summary ${n}`));
      assert.equal(doc.querySelector('#root .kicker')?.textContent, mark('Section'));
      assert.match(doc.querySelector('#root figcaption')?.textContent ?? '', new RegExp(mark('Caption').replace(/[$.*+?^{}()|[\]\\]/g, '\\$&')));
      const tags = [...doc.querySelectorAll('#root nav.tags a')].map((a) => a.textContent);
      assert.deepEqual(tags, [mark('Tag'), EVIL_TAG, OVERLAY_TAG], 'tag names are text');
      const body = doc.querySelector('#root .article-body');
      assert.ok(body?.textContent?.includes(mark(`Body ${n}`)), 'the body text');
      assert.ok(body?.textContent?.includes("$' after"), 'a $ pattern at the end of the body');
      // Nothing became an attribute or an element: no handler anywhere, no link or style beyond the app's.
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) assert.ok(!/^on/i.test(attr), `no event handler attribute (${el.tagName} ${attr})`);
      }
      assert.equal(doc.querySelectorAll('[style*="fixed"]').length, 0, 'no fixed overlay');
      assert.equal(doc.querySelectorAll('head').length, 1);
      assert.equal(doc.querySelectorAll('#root').length, 1);
      // Scripts: the module entry, the theme script, the JSON-LD and the page's data, each once.
      const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('type') ?? (s.getAttribute('src') ? 'src' : 'inline'));
      assert.deepEqual(scripts.sort(), ['application/json', 'application/ld+json', 'inline', 'module'].sort(), `scripts: ${scripts.join(', ')}`);
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { headline?: string; author?: { name?: string }[]; keywords?: string };
      assert.equal(ld.headline, mark(`Title ${n}`), 'JSON-LD holds the headline literally');
      assert.deepEqual(
        ld.author?.map((a) => a.name),
        [mark('Profile')],
        'JSON-LD authors',
      );
      assert.ok(ld.keywords?.includes(EVIL_TAG));
      // The page's data is what the page shows: the body in it parses to the body on the page.
      const data = JSON.parse(doc.querySelector('script#broadsheet-page-data')?.textContent ?? '{}') as { loaderData?: { article?: { body?: string; article?: { title?: string } } } };
      assert.equal(data.loaderData?.article?.article?.title, mark(`Title ${n}`));
      assert.equal(data.loaderData?.article?.body, '\u0000body-in-page', 'the body is taken from the markup, which the app hydrates as it is');
      // Head: the title and the meta tags carry the text as attribute values, escaped.
      assert.match(doc.title, /Title \d \$' \$` \$& \$1 \$\$ end/);
      assert.equal(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'), mark(`Title ${n}`));
    }
  });

  test('in Chromium, with the Content-Security-Policy taken out of the page, nothing from the feed runs or becomes an attribute', async () => {
    const server = await startServer({ outDir: dir });
    try {
      await withSession({}, async (s) => {
        const dialogs: string[] = [];
        s.page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        // The page as a host without the policy would serve it: the build's markup is all that stands.
        await s.page.route('**/articles/**', async (route) => {
          if (route.request().resourceType() !== 'document') return route.continue();
          const res = await route.fetch();
          const html = (await res.text()).replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '');
          await route.fulfill({ response: res, body: html });
        });
        for (const n of [1, 2]) {
          await s.page.goto(`${server.url}/articles/dollar-story-${n}`);
          await s.page.getByRole('heading', { level: 1, name: mark(`Title ${n}`) }).waitFor();
          const handlers = await s.page.evaluate(() =>
            [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => /^on/i.test(a)).map((a) => `${el.tagName} ${a}`)),
          );
          assert.deepEqual(handlers, [], 'no event handler in the DOM Chromium built');
          assert.equal(await s.page.evaluate(() => !!document.querySelector('meta[http-equiv="Content-Security-Policy"]')), false, 'the policy really was taken out');
        }
        assert.deepEqual(dialogs, [], 'no script from the feed ran');
      });
    } finally {
      await server.close();
    }
  });

  test('home, author and tag pages hold the text literally', async () => {
    const home = await docOf('index.html');
    assert.equal(home.querySelector('#root h1')?.textContent, mark('Feed title'));
    const cards = [...home.querySelectorAll('#root article .card-title a')].map((a) => a.textContent);
    assert.deepEqual(cards.sort(), [mark('Title 1'), mark('Title 2')].sort());
    for (const el of home.querySelectorAll('*')) for (const attr of el.getAttributeNames()) assert.ok(!/^on/i.test(attr), `home: no ${attr}`);
    const pagesIn = (sub: string) => readdirSync(join(dir, sub)).filter((f) => !f.endsWith('.html'));
    const authorDocs = await Promise.all(pagesIn('authors').map((a) => docOf(join('authors', a, 'index.html'))));
    const profile = authorDocs.find((d) => d.querySelector('#root h1')?.textContent === mark('Profile'));
    assert.ok(profile, 'the profile author has a page, named literally');
    assert.equal(profile.querySelector('#root .author-role')?.textContent, mark('Role'));
    assert.ok(profile.querySelector('#root .author-bio')?.textContent?.includes(mark('Bio')));
    assert.equal(profile.querySelector('#root .author-links a')?.textContent, mark('Link title'));
    const tagDirs = pagesIn('tags');
    assert.ok(tagDirs.length >= 3, 'a page per tag');
    const names = await Promise.all(tagDirs.map(async (t) => (await docOf(join('tags', t, 'index.html'))).querySelector('#root h1')?.textContent));
    assert.deepEqual(names.sort(), [mark('Tag'), EVIL_TAG, OVERLAY_TAG].sort());
  });
});
