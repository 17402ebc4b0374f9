import { describe, expect, test } from 'vitest';
import { buildPage, esc, rootRelativeData, scriptJson } from '../../../scripts/page-assembly';

// The build's page assembly: feed-derived text is concatenated into our template, never used as a
// String.replace replacement, so `$` patterns stay literal; JSON in scripts can never close its element.

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <title>Broadsheet</title>
    <meta name="description" content="x" />
    <link rel="stylesheet" href="/assets/app.css" />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/assets/index.js"></script>
  </body>
</html>`;
const PATTERNS = ["$'", '$`', '$&', '$1', '$$', '$<name>'];

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('buildPage', () => {
  test.each(PATTERNS)('%s in the body, the head, the path and the data is kept literally', (p) => {
    const page = buildPage(
      TEMPLATE,
      'body{}',
      'https://site.example',
      {
        path: `/articles/a${p}`,
        reactHead: `<title>T ${esc(p)}</title><link rel="canonical" href="/articles/a"/>`,
        extraHead: `<meta property="og:title" content="${esc(p)}" />`,
        body: `<main><h1>H ${esc(p)}</h1><p title="${esc(p)}">${esc(p)}</p></main>`,
        data: { path: `/articles/a${p}`, loaderData: { article: { title: p } }, feed: { title: p, version: '1.1', expired: false } },
      },
    );
    const doc = parse(page);
    expect(doc.querySelector('h1')?.textContent).toBe(`H ${p}`);
    expect(doc.querySelector('#root p')?.getAttribute('title')).toBe(p);
    expect(doc.querySelector('#root p')?.textContent).toBe(p);
    expect(doc.title).toBe(`T ${p}`);
    expect(doc.documentElement.dataset.prerendered).toBe(`/articles/a${p}`);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(p);
    expect(JSON.parse(doc.getElementById('broadsheet-page-data')?.textContent ?? '{}')).toMatchObject({ loaderData: { article: { title: p } } });
    // The template's structure is intact: one head, one root, the entry script after it.
    expect(doc.querySelectorAll('#root').length).toBe(1);
    expect(doc.querySelectorAll('script[type="module"]').length).toBe(1);
    // Nothing the first paint does not need comes before the markup or at the browser's high priority.
    expect(doc.querySelector('script[type="module"]')?.getAttribute('fetchpriority')).toBe('low');
    expect(doc.querySelector('body > #root + script#broadsheet-page-data')).not.toBeNull();
    expect(doc.head.querySelector('#broadsheet-page-data')).toBeNull();
    expect(page.match(/<\/head>/g)?.length).toBe(1);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://site.example/articles/a');
  });

  test('an origin with $ patterns (hosts may contain $ and &) is inserted literally', () => {
    const page = buildPage(TEMPLATE, '', "https://a$'b.example", { path: '/', reactHead: '<link rel="canonical" href="/"/>', extraHead: '', body: '<p>x</p>' });
    expect(parse(page).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe("https://a$'b.example/");
  });
});

describe('scriptJson', () => {
  test.each([
    ['</script><img src=x onerror=alert(1)>', '</script'],
    ['<!-- <script>', '<!--'],
    ['a & b', '&'],
    ['line\u2028sep\u2029', '\u2028'],
  ])('%j cannot end or confuse the script element', (text, forbidden) => {
    const out = scriptJson({ text });
    expect(out).not.toContain(forbidden);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ text });
    // Inside a real script element it reads back as the same data.
    const doc = parse(`<script type="application/json">${out}</script><p id="after">after</p>`);
    expect(JSON.parse(doc.querySelector('script')?.textContent ?? '')).toEqual({ text });
    expect(doc.getElementById('after')).not.toBeNull();
  });
});

describe('rootRelativeData', () => {
  test("URLs on the site's origin become root-relative in the data as in the markup; the feed's metadata is kept", () => {
    const data = rootRelativeData(
      {
        path: '/',
        feed: { title: 'F', version: '1.1', expired: false, feedUrl: 'https://site.example/feed.json' },
        loaderData: {
          home: {
            model: { meta: { title: 'F', version: '1.1', expired: false, nextUrl: 'https://site.example/feed-2.json' }, articles: [{ image: { src: 'https://site.example/images/a.jpg' } }] },
            body: '<img src="https://site.example/images/b.jpg" srcset="https://site.example/images/b-480.jpg 480w, https://site.example/images/b-800.jpg 800w">',
            other: 'https://other.example/x.jpg',
          },
        },
      },
      'https://site.example',
    );
    const home = data.loaderData.home as { model: { meta: { nextUrl: string }; articles: { image: { src: string } }[] }; body: string; other: string };
    expect(home.model.articles[0]?.image.src).toBe('/images/a.jpg');
    expect(home.body).toBe('<img src="/images/b.jpg" srcset="/images/b-480.jpg 480w, /images/b-800.jpg 800w">');
    expect(home.other).toBe('https://other.example/x.jpg');
    expect(home.model.meta.nextUrl).toBe('https://site.example/feed-2.json');
    expect(data.feed.feedUrl).toBe('https://site.example/feed.json');
  });
});
