import { describe, expect, it } from 'vitest';
import { FeedError, isFeedError } from '../../../src/feed/errors';
import type { FeedModel } from '../../../src/shared/model';
import { normalizeFeed } from '../../../src/feed/normalize';
import { parseFeedText } from '../../../src/feed/parse';
import { MAX_SLUG_BYTES, slugify } from '../../../src/feed/slugs';
import { FEED_URL, feedObject, model, only } from './helpers';

/**
 * Feeds from the wild, round two: one table row per tolerance rule (WordPress feeds without ids,
 * entities in plain-text fields, loose versions, trimmed ids, implausible attachment figures, userinfo
 * in URLs, slugs bounded in bytes and total over any string).
 */

const bytes = (s: string) => new TextEncoder().encode(s).length;
const byId = (m: FeedModel, id: string) => m.articles.find((a) => a.id === id);

function parseError(text: string): FeedError {
  try {
    parseFeedText(text);
  } catch (e) {
    if (isFeedError(e)) return e;
    throw e;
  }
  throw new Error('expected a FeedError');
}

describe('items without an id are kept under a made-up id', () => {
  const cases: {
    name: string;
    items: Record<string, unknown>[];
    top?: Record<string, unknown>;
    /** Ids of the articles, in feed order of the items they came from. */
    ids: (string | RegExp)[];
    notes: { index: number; code: string; kept?: true }[];
  }[] = [
    {
      name: 'the link is the id',
      items: [{ url: 'https://blog.example/2026/hello/', content_html: '<p>x</p>' }],
      ids: ['https://blog.example/2026/hello/'],
      notes: [{ index: 0, code: 'id-from-url', kept: true }],
    },
    {
      name: 'a relative link is resolved first',
      items: [{ url: '/2026/hello/', content_html: '<p>x</p>' }],
      top: { home_page_url: 'https://blog.example/' },
      ids: ['https://blog.example/2026/hello/'],
      notes: [{ index: 0, code: 'id-from-url', kept: true }],
    },
    {
      name: 'external_url when there is no usable link',
      items: [{ url: 'javascript:alert(1)', external_url: 'https://elsewhere.example/story', content_text: 'x' }],
      ids: ['https://elsewhere.example/story'],
      notes: [{ index: 0, code: 'id-from-external-url', kept: true }],
    },
    {
      name: 'a hash of title, date and content when there is no link at all',
      items: [{ title: 'Note', date_published: '2026-01-01T00:00:00Z', content_text: 'A short note.' }],
      ids: [/^urn:broadsheet:item:[0-9a-z]{14}$/],
      notes: [{ index: 0, code: 'id-from-content', kept: true }],
    },
    {
      name: 'a podcast episode with only an attachment',
      items: [{ title: 'Episode 3', attachments: [{ url: 'https://cdn.example/ep3.mp3', mime_type: 'audio/mpeg' }] }],
      ids: [/^urn:broadsheet:item:/],
      notes: [{ index: 0, code: 'id-from-content', kept: true }],
    },
    {
      name: 'an item with nothing to identify or show is still skipped',
      items: [{ title: 'Only a title' }, { url: 'https://blog.example/empty' }],
      ids: [],
      notes: [
        { index: 0, code: 'nothing-to-show' },
        { index: 1, code: 'nothing-to-show' },
      ],
    },
    {
      name: 'a made-up id never takes an id the feed gives, even one further down',
      items: [
        { url: 'https://blog.example/a', content_text: 'id-less' },
        { id: 'https://blog.example/a', content_text: 'has that id' },
      ],
      ids: [/^urn:broadsheet:item:/, 'https://blog.example/a'],
      notes: [{ index: 0, code: 'id-from-content', kept: true }],
    },
    {
      name: 'two id-less items with one link: the second gets a hash',
      items: [
        { url: 'https://blog.example/', title: 'One', content_text: 'first' },
        { url: 'https://blog.example/', title: 'Two', content_text: 'second' },
      ],
      ids: ['https://blog.example/', /^urn:broadsheet:item:/],
      notes: [
        { index: 0, code: 'id-from-url', kept: true },
        { index: 1, code: 'id-from-content', kept: true },
      ],
    },
    {
      name: 'an id-less copy of an earlier id-less item is skipped as a repeat',
      items: [
        { title: 'Same', content_text: 'same' },
        { title: 'Same', content_text: 'same' },
      ],
      ids: [/^urn:broadsheet:item:/],
      notes: [
        { index: 0, code: 'id-from-content', kept: true },
        { index: 1, code: 'duplicate-id' },
      ],
    },
    {
      name: 'ids are trimmed: " x " and "x" are one article',
      items: [
        { id: ' x ', title: 'First', content_text: 'a' },
        { id: 'x', title: 'Second', content_text: 'b' },
      ],
      ids: ['x'],
      notes: [{ index: 1, code: 'duplicate-id' }],
    },
  ];

  it.each(cases)('$name', ({ items, top, ids, notes }) => {
    const m = model(items, top);
    // Undated articles keep feed order, so ids line up with the items they came from.
    const got = m.articles.map((a) => a.id);
    expect(got).toHaveLength(ids.length);
    ids.forEach((id, i) => (typeof id === 'string' ? expect(got[i]).toBe(id) : expect(got[i]).toMatch(id)));
    expect(m.skipped.map(({ index, code, kept }) => (kept ? { index, code, kept } : { index, code }))).toEqual(notes);
    expect(new Set(got).size).toBe(got.length);
  });
});

describe('made-up ids survive refreshes', () => {
  const idless = [
    { url: 'https://blog.example/2026/one/', title: 'One', content_html: '<p>1</p>', date_published: '2026-01-01T00:00:00Z' },
    { title: 'Two', content_text: 'No link at all.', date_published: '2026-01-02T00:00:00Z' },
    { external_url: 'https://other.example/three', content_text: 'Linked out.', date_published: '2026-01-03T00:00:00Z' },
  ];
  const idsAndSlugs = (m: FeedModel) => new Map(m.articles.map((a) => [a.title, `${a.id} ${a.slug}`]));

  it('the same items give the same ids and slugs when new items arrive and the order changes', () => {
    const before = idsAndSlugs(model(idless));
    const after = idsAndSlugs(
      model([{ title: 'New', content_text: 'Fresh.', date_published: '2026-02-01T00:00:00Z' }, ...[...idless].reverse()]),
    );
    for (const [title, idSlug] of before) expect(after.get(title)).toBe(idSlug);
    expect(after.size).toBe(4);
  });

  it('a made-up id from content changes only when the content does', () => {
    const a = model([{ title: 'Two', content_text: 'No link at all.' }]).articles[0]?.id;
    const b = model([{ title: 'Two', content_text: 'No link at all, edited.' }]).articles[0]?.id;
    expect(a).toMatch(/^urn:broadsheet:item:/);
    expect(b).not.toBe(a);
  });

  it('_broadsheet.related finds an article whose id was written with spaces', () => {
    const m = model([
      { id: ' story-1 ', title: 'Story one', content_text: 'x' },
      { id: 'story-2', title: 'Story two', content_text: 'y', _broadsheet: { related: ['story-1'] } },
    ]);
    expect(byId(m, 'story-1')?.title).toBe('Story one');
    expect(byId(m, 'story-2')?.relatedIds).toEqual(['story-1']);
  });

  it('each note says what was done, in words', () => {
    const m = model([
      { url: 'https://blog.example/a', content_text: 'x' },
      { external_url: 'https://other.example/b', content_text: 'y' },
      { content_text: 'z' },
      { title: 'nothing' },
    ]);
    expect(m.skipped.map((s) => s.reason)).toEqual([
      'item 0 has no id; its link was used instead',
      'item 1 has no id; its external link was used instead',
      'item 2 has no id or link; one was made up from its title, date and content',
      'item 3 has nothing to show (no content_html, content_text, summary or attachment)',
    ]);
  });
});

describe('character references in plain-text fields are decoded once', () => {
  const cases: { field: string; input: string; expected: string; read: (m: FeedModel) => string | undefined }[] = [
    { field: 'feed title', input: 'Blog &#8211; InfluxData', expected: 'Blog – InfluxData', read: (m) => m.meta.title },
    { field: 'feed description', input: 'News &amp; views', expected: 'News & views', read: (m) => m.meta.description },
    { field: 'item title', input: 'Caf&eacute; &amp; bar &#x2014; &hellip;', expected: 'Café & bar — …', read: (m) => m.articles[0]?.title },
    { field: 'item title, escaped twice', input: 'Use &amp;lt;b&amp;gt; for bold', expected: 'Use &lt;b&gt; for bold', read: (m) => m.articles[0]?.title },
    { field: 'item title, markup stays text', input: '&lt;script&gt;alert(1)&lt;/script&gt;', expected: '<script>alert(1)</script>', read: (m) => m.articles[0]?.title },
    { field: 'item title, unknown names kept', input: 'AT&T &foo; Q&A', expected: 'AT&T &foo; Q&A', read: (m) => m.articles[0]?.title },
    { field: 'item title, names of Object properties kept', input: '&constructor; &toString; &__proto__;', expected: '&constructor; &toString; &__proto__;', read: (m) => m.articles[0]?.title },
    { field: 'summary', input: 'It&#8217;s here&nbsp;now', expected: 'It’s here now', read: (m) => m.articles[0]?.summary },
    { field: 'author name', input: 'Se&aacute;n O&#039;Brien', expected: 'Seán O\'Brien', read: (m) => m.authors.find((a) => !a.profileId)?.name },
    { field: 'tag', input: 'R&amp;D', expected: 'R&D', read: (m) => m.tags[0]?.name },
    { field: 'image caption', input: 'Dawn &#8212; the port', expected: 'Dawn — the port', read: (m) => m.articles[0]?.image?.caption },
    { field: 'image alt', input: 'A &quot;harbour&quot;', expected: 'A "harbour"', read: (m) => m.articles[0]?.image?.alt },
    { field: 'image credit', input: '&copy; J. Doe', expected: '© J. Doe', read: (m) => m.articles[0]?.image?.credit },
    { field: 'section', input: 'Arts &amp; Culture', expected: 'Arts & Culture', read: (m) => m.articles[0]?.section },
    { field: 'attachment title', input: 'Episode &#35;9', expected: 'Episode #9', read: (m) => m.articles[0]?.attachments[0]?.title },
    { field: 'author role (extension)', input: 'Editor &amp; writer', expected: 'Editor & writer', read: (m) => m.authors.find((a) => a.role)?.role },
  ];

  it.each(cases)('$field: $input', ({ field, input, expected, read }) => {
    const item: Record<string, unknown> = {
      id: '1',
      title: field.startsWith('item title') ? input : 'Title',
      summary: field === 'summary' ? input : undefined,
      content_text: 'Body.',
      image: 'https://img.example/a.jpg',
      authors: [{ name: field === 'author name' ? input : 'Writer' }],
      tags: field === 'tag' ? [input] : [],
      attachments: [{ url: 'https://cdn.example/a.mp3', mime_type: 'audio/mpeg', title: field === 'attachment title' ? input : 'A' }],
      _broadsheet: {
        image_caption: field === 'image caption' ? input : 'c',
        image_alt: field === 'image alt' ? input : 'a',
        image_credit: field === 'image credit' ? input : 'cr',
        section: field === 'section' ? input : 's',
        author_ids: field === 'author role (extension)' ? ['p'] : [],
      },
    };
    const top: Record<string, unknown> = {
      title: field === 'feed title' ? input : 'Feed',
      description: field === 'feed description' ? input : 'd',
      _broadsheet: { authors: [{ id: 'p', name: 'Profile', role: field === 'author role (extension)' ? input : undefined }] },
    };
    expect(read(model([item], top))).toBe(expected);
  });

  it('content_text is plain text as the spec says: left as written', () => {
    const { article } = only({ content_text: 'Fish &amp; chips' });
    expect(article.contentText).toBe('Fish &amp; chips');
    expect(article.plainText).toBe('Fish &amp; chips');
  });

  it('a tag written encoded and plain is one tag', () => {
    const m = model([
      { id: 'a', content_text: 'x', tags: ['R&amp;D'] },
      { id: 'b', content_text: 'y', tags: ['R&D'] },
    ]);
    expect(m.tags).toEqual([{ slug: 'r-d', name: 'R&D', count: 2 }]);
  });
});

describe('loose version values', () => {
  const jsonFeedItems = [{ id: '1', url: 'https://x.example/1', content_html: '<p>x</p>', date_published: '2026-01-01T00:00:00Z' }];
  const rssItems = [{ title: 'x', link: 'https://x.example/1', description: 'y', pubDate: 'Thu, 01 Jan 2026 00:00:00 GMT', guid: '1' }];

  it.each([
    ['1.1', 'https://jsonfeed.org/version/1.1'],
    ['1', 'https://jsonfeed.org/version/1'],
    ['1.0', 'https://jsonfeed.org/version/1'],
    ['v1.1', 'https://jsonfeed.org/version/1.1'],
    [' 1.1 ', 'https://jsonfeed.org/version/1.1'],
    [1.1, 'https://jsonfeed.org/version/1.1'],
    [1, 'https://jsonfeed.org/version/1'],
    ['jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1.1'],
    ['https://jsonfeed.org/version/1.0', 'https://jsonfeed.org/version/1'],
  ])('accepts %j when the items are JSON Feed items', (version, normalized) => {
    const raw = parseFeedText(JSON.stringify(feedObject(jsonFeedItems, { version })));
    expect(raw.version).toBe(normalized);
    expect(normalizeFeed(raw, { feedUrl: FEED_URL }).articles).toHaveLength(1);
  });

  it.each([
    ['"1.1" with RSS-style items', feedObject(rssItems, { version: '1.1' }), /RSS converted to JSON \(its items have "link", "description" and "pubDate"/],
    ['"1" with RSS-style items', feedObject(rssItems, { version: '1' }), /RSS converted to JSON/],
    ['"1.1" with an rss object', { version: '1.1', rss: { channel: { item: rssItems } } }, /RSS converted to JSON/],
    ['"1.1" with an empty items list', feedObject([], { version: '1.1' }), /is not a jsonfeed\.org address and its "items" do not look like JSON Feed items/],
    ['"1.1" with items only of titles', feedObject([{ title: 'x' }], { version: '1.1' }), /do not look like JSON Feed items/],
    ['"2"', feedObject(jsonFeedItems, { version: '2' }), /does not name jsonfeed\.org\/version\/1 or \/1\.1/],
    ['"1.2"', feedObject(jsonFeedItems, { version: '1.2' }), /does not name jsonfeed\.org/],
    ['"https://example.com/1.1"', feedObject(jsonFeedItems, { version: 'https://example.com/1.1' }), /does not name jsonfeed\.org/],
  ])('refuses %s', (_name, doc, message) => {
    const e = parseError(JSON.stringify(doc));
    expect(e.kind).toBe('not-json-feed');
    expect(e.message).toMatch(message);
  });
});

describe('attachment figures that are not plausible are dropped', () => {
  it.each([
    ['size 10^12 + 1 bytes', { size_in_bytes: 1e12 + 1 }, {}],
    ['size 1e300 bytes', { size_in_bytes: 1e300 }, {}],
    ['size 0 bytes', { size_in_bytes: 0 }, {}],
    ['size 10^12 bytes', { size_in_bytes: 1e12 }, { sizeInBytes: 1e12 }],
    ['size "2048"', { size_in_bytes: '2048' }, { sizeInBytes: 2048 }],
    ['duration over 7 days', { duration_in_seconds: 7 * 86400 + 1 }, {}],
    ['duration 1e300 s', { duration_in_seconds: 1e300 }, {}],
    ['duration 0 s', { duration_in_seconds: 0 }, {}],
    ['duration 7 days', { duration_in_seconds: 7 * 86400 }, { durationInSeconds: 604800 }],
    ['duration 1800.5 s', { duration_in_seconds: 1800.5 }, { durationInSeconds: 1800.5 }],
  ])('%s', (_name, figures, expected) => {
    const { article } = only({ attachments: [{ url: 'https://cdn.example/a.mp3', mime_type: 'audio/mpeg', ...figures }] });
    expect(article.attachments).toEqual([{ url: 'https://cdn.example/a.mp3', mimeType: 'audio/mpeg', ...expected }]);
  });
});

describe('userinfo is removed from every URL the feed layer resolves', () => {
  const U = 'https://user:pass@cdn.example';
  const item = {
    id: '1',
    url: 'https://editor:secret@news.example/2026/story',
    external_url: `${U}/elsewhere`,
    image: `${U}/hero.jpg`,
    banner_image: `${U}/banner.jpg`,
    content_text: 'x',
    authors: [{ name: 'Ana', url: `${U}/ana`, avatar: `${U}/ana.png` }],
    attachments: [{ url: `${U}/ep.mp3`, mime_type: 'audio/mpeg' }],
    _broadsheet: { image_width: 1200, image_srcset: [{ url: `${U}/hero-480.jpg`, width: 480 }, { url: '//u:p@cdn.example/hero-800.jpg', width: 800 }] },
  };
  const top = {
    home_page_url: 'https://admin:hunter2@news.example/',
    feed_url: `${U}/feed.json`,
    next_url: `${U}/feed-2.json`,
    icon: `${U}/icon.png`,
    favicon: 'https://user@cdn.example/favicon.ico',
    _broadsheet: { authors: [{ id: 'p', name: 'Profile', url: `${U}/p`, avatar: `${U}/p.png`, links: [{ title: 'Site', url: `${U}/site` }] }] },
  };
  const m = model([item, { content_text: 'relative', url: 'relative-story', image: 'pic.jpg' }], top, 'https://reader:pw@news.example/feed.json');
  const article = byId(m, '1');
  const relative = m.articles.find((a) => a.plainText === 'relative');
  const profile = m.authors.find((a) => a.profileId === 'p');

  it.each([
    ['item url', () => article?.url, 'https://news.example/2026/story'],
    ['external_url', () => article?.externalUrl, 'https://cdn.example/elsewhere'],
    ['image', () => article?.image?.src, 'https://cdn.example/hero.jpg'],
    ['banner_image', () => article?.bannerImage, 'https://cdn.example/banner.jpg'],
    ['srcset', () => article?.image?.srcset?.map((s) => s.src).join(' '), 'https://cdn.example/hero-480.jpg https://cdn.example/hero-800.jpg https://cdn.example/hero.jpg'],
    ['author url', () => m.authors.find((a) => a.name === 'Ana')?.url, 'https://cdn.example/ana'],
    ['author avatar', () => m.authors.find((a) => a.name === 'Ana')?.avatar, 'https://cdn.example/ana.png'],
    ['profile url', () => profile?.url, 'https://cdn.example/p'],
    ['profile avatar', () => profile?.avatar, 'https://cdn.example/p.png'],
    ['profile link', () => profile?.links[0]?.url, 'https://cdn.example/site'],
    ['attachment', () => article?.attachments[0]?.url, 'https://cdn.example/ep.mp3'],
    ['home_page_url', () => m.meta.homePageUrl, 'https://news.example/'],
    ['feed_url', () => m.meta.feedUrl, 'https://cdn.example/feed.json'],
    ['next_url', () => m.meta.nextUrl, 'https://cdn.example/feed-2.json'],
    ['icon', () => m.meta.icon, 'https://cdn.example/icon.png'],
    ['favicon (user only)', () => m.meta.favicon, 'https://cdn.example/favicon.ico'],
    ['a link resolved against a base with userinfo', () => relative?.url, 'https://news.example/relative-story'],
    ['an image resolved against that link', () => relative?.image?.src, 'https://news.example/pic.jpg'],
    ['the id made up from that link', () => relative?.id, 'https://news.example/relative-story'],
    ['the base for the body', () => relative?.baseUrl, 'https://news.example/relative-story'],
  ])('%s', (_name, read, expected) => {
    expect(read()).toBe(expected);
  });

  it('no URL anywhere in the model keeps a user or password', () => {
    expect(JSON.stringify(m)).not.toMatch(/user|pass|secret|hunter2|admin|editor:|reader:|\/\/u:p@/);
  });

  it('the feed URL without a base keeps working when it carries userinfo', () => {
    const noHome = model([{ content_text: 'x', url: 'a' }], {}, 'https://u:p@feeds.example/f.json');
    expect(noHome.articles[0]?.url).toBe('https://feeds.example/a');
    expect(noHome.meta.feedUrl).toBe('https://feeds.example/f.json');
  });
});

describe('slugs fit file systems and are total over any string', () => {
  const cjk = '記'.repeat(90);
  const lone = 'Budget \uD800 talks \uDFFF resume';
  const m = model(
    [
      { id: 'cjk', title: cjk, content_text: 'x', tags: [cjk, lone], authors: [{ name: cjk }] },
      { id: 'lone', title: lone, content_text: 'y', tags: ['\uDBFF'], authors: [{ name: lone }] },
      { id: 'url', url: `https://x.example/${encodeURIComponent('東京'.repeat(60))}`, content_text: 'z' },
      { id: 'astral', title: '𠀀'.repeat(60), content_text: 'w' },
      { id: 'deva', title: 'हिन्दी'.repeat(30), content_text: 'v' },
    ],
    { authors: [{ name: '\uD83D' }] },
  );
  const allSlugs = [...m.articles.flatMap((a) => [a.slug, ...a.aliases]), ...m.authors.map((a) => a.slug), ...m.tags.map((t) => t.slug)];

  it.each([
    ['a 90-character CJK title', () => byId(m, 'cjk')?.slug],
    ['a 90-character CJK tag', () => m.tags.find((t) => t.name === cjk)?.slug],
    ['a 90-character CJK author name', () => m.authors.find((a) => a.name === cjk)?.slug],
    ['a long CJK url segment', () => byId(m, 'url')?.slug],
    ['a title of 4-byte characters', () => byId(m, 'astral')?.slug],
    ['a Devanagari title', () => byId(m, 'deva')?.slug],
  ])('%s: a slug within the byte bound, cut between whole characters', (_name, read) => {
    const slug = read() ?? '';
    expect(slug).not.toBe('');
    // The slug itself, with the "-<hash>" of a collision and ".html": well under 255 bytes.
    expect(bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES + 7);
    expect(bytes(`${slug}-abcdef-2.html`)).toBeLessThan(143);
    expect(slug).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('every slug and alias of the feed can be put in a URL and read back', () => {
    for (const s of allSlugs) expect(decodeURIComponent(encodeURIComponent(s))).toBe(s);
    for (const slugs of [m.articles.map((a) => a.slug), m.authors.map((a) => a.slug), m.tags.map((t) => t.slug)]) {
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('a lone surrogate in a title, name or tag becomes U+FFFD in the text', () => {
    expect(byId(m, 'lone')?.title).toBe('Budget \uFFFD talks \uFFFD resume');
    expect(m.authors.find((a) => a.name.startsWith('Budget'))?.name).toBe('Budget \uFFFD talks \uFFFD resume');
    expect(m.tags.map((t) => t.name)).toContain('\uFFFD');
    expect(byId(m, 'lone')?.slug).toMatch(/^budget-talks-resume-[0-9a-z]{6}$/);
  });

  it('cuts Devanagari between letters, never between a letter and its vowel sign', () => {
    const slug = slugify('हिन्दी'.repeat(30));
    const whole = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment('हिन्दी'.repeat(30))].map((s) => s.segment);
    const got = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(slug)].map((s) => s.segment);
    expect(got).toEqual(whole.slice(0, got.length));
  });

  it('keeps the longer slug of earlier versions as an alias, so links shared before still open', () => {
    const segment = '東京'.repeat(60);
    const article = byId(m, 'url');
    // Earlier versions cut at 96 UTF-16 code units.
    expect(article?.aliases).toContain(segment.slice(0, 96));
    expect(article?.slug).toBe(segment.slice(0, Math.floor(MAX_SLUG_BYTES / 3)));
  });
});
