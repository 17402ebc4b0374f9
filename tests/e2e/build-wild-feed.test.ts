import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';

// Feed content must never break the publisher's build: scripts/prerender.ts run over a copy of dist/
// whose feed.json is an odd one (90-character CJK titles, tags and author names, lone UTF-16
// surrogates, a long CJK URL slug). Run `npm run build` first.

const CJK = '記'.repeat(90);
const HANGUL = '뉴스'.repeat(45);
const items = [
  { id: 'cjk-title', title: CJK, content_html: '<p>Long CJK title.</p>', tags: [CJK], authors: [{ name: CJK }], date_published: '2026-03-01T10:00:00Z' },
  { id: 'hangul', title: HANGUL, content_html: '<p>Long Hangul title.</p>', tags: [HANGUL], authors: [{ name: HANGUL }], date_published: '2026-03-02T10:00:00Z' },
  // Lone surrogates, written as JSON escapes (JSON.stringify keeps them as \ud800 and \udfff).
  { id: 'lone-title', title: 'Budget \uD800 talks', content_html: '<p>Lone high surrogate.</p>', tags: ['tag \uDFFF here'], authors: [{ name: 'Writer \uD800' }], date_published: '2026-03-03T10:00:00Z' },
  { id: 'lone-only', title: '\uDC00', content_text: 'A title of one lone low surrogate.', tags: ['\uD83D'], authors: [{ name: '\uDBFF' }], date_published: '2026-03-04T10:00:00Z' },
  { id: 'long-url', url: `https://news.example/${encodeURIComponent('東京'.repeat(80))}`, title: 'A long CJK URL', content_text: 'From the URL.', date_published: '2026-03-05T10:00:00Z' },
  { id: 'blocked', title: 'A page the file system refuses', content_text: 'Its tag page cannot be written.', tags: ['blocked tag'], date_published: '2026-03-06T10:00:00Z' },
];
const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Wild feed', home_page_url: 'https://news.example/', items };

let out: string;
let run: ReturnType<typeof spawnSync>;
let written: string[] = [];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

before(async () => {
  out = await mkdtemp(join(tmpdir(), 'broadsheet-wild-build-'));
  await cp('dist', out, { recursive: true });
  // Only this feed's pages: the sample feed's pages and its second page go.
  for (const dir of ['articles', 'authors', 'tags']) await rm(join(out, dir), { recursive: true, force: true });
  await rm(join(out, 'feed-2.json'), { force: true });
  await writeFile(join(out, 'feed.json'), JSON.stringify(feed));
  // A file where the tag page's folder must go: that one page cannot be written, whatever its name.
  await mkdir(join(out, 'tags'), { recursive: true });
  await writeFile(join(out, 'tags', 'blocked-tag'), 'in the way');
  run = spawnSync('npx', ['tsx', 'scripts/prerender.ts', '--out', out], { encoding: 'utf8', timeout: 120_000 });
  written = (await filesUnder(out)).filter((f) => /^(articles|authors|tags)[/\\]/.test(f));
});

after(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('prerendering a wild feed', () => {
  test('succeeds', () => {
    assert.equal(run.status, 0, `prerender exited ${String(run.status)}:\n${String(run.stderr)}`);
    assert.match(String(run.stdout), /prerender: \d+ pages/);
  });

  test('every written path segment is under 255 bytes', () => {
    assert.ok(written.length > 0, 'pages were written');
    for (const file of written) {
      for (const segment of file.split(sep)) {
        assert.ok(Buffer.byteLength(segment) < 255, `${segment} is ${Buffer.byteLength(segment)} bytes`);
      }
    }
  });

  test('every article, author and tag page is written, in both forms, with well-formed names', async () => {
    const slugs = (dir: string) => new Set(written.filter((f) => f.startsWith(dir + sep) && f.endsWith(`${sep}index.html`)).map((f) => f.split(sep)[1] ?? ''));
    const articles = slugs('articles');
    assert.equal(articles.size, items.length, `article pages: ${[...articles].join(', ')}`);
    for (const slug of articles) assert.ok(written.includes(join('articles', `${slug}.html`)), `articles/${slug}.html`);
    // CJK, Hangul, "Writer \uFFFD" and "\uFFFD"; the same four tags, the blocked one aside.
    assert.equal(slugs('authors').size, 4, `author pages: ${[...slugs('authors')].join(', ')}`);
    assert.equal(slugs('tags').size, 4, `tag pages: ${[...slugs('tags')].join(', ')}`);
    for (const name of written) assert.doesNotThrow(() => encodeURIComponent(name), `${name} is well-formed`);
    const cjkPage = [...articles].find((s) => s.startsWith('記'));
    assert.ok(cjkPage, 'the CJK title keeps a CJK slug');
    const html = await readFile(join(out, 'articles', cjkPage, 'index.html'), 'utf8');
    assert.ok(html.includes(CJK), 'the page holds the whole title');
  });

  test('a page that cannot be written is skipped with a warning naming the item; the build goes on', () => {
    assert.match(String(run.stderr), /prerender: skipped the page of tag "blocked tag" \(slug "blocked-tag"\)/);
    assert.ok(!written.includes(join('tags', 'blocked-tag.html')), 'the blocked tag page is not written');
    assert.ok(written.some((f) => f.startsWith(join('articles', 'a-page-the-file-system-refuses-'))), 'its article page is written');
  });
});
