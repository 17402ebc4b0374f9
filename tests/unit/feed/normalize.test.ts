import { describe, expect, it } from 'vitest';
import { normalizeFeed, parseDate } from '../../../src/feed/normalize';
import { parseFeedText } from '../../../src/feed/parse';
import { FEED_URL, feedObject, model, only } from './helpers';

describe('items: ids, content, skipping', () => {
  it('turns numeric ids into strings', () => {
    expect(model([{ id: 7, content_text: 'x' }]).articles[0]?.id).toBe('7');
  });

  it('keeps items with no usable id under an id made up from their content, and says so', () => {
    const m = model([
      { id: 'a', content_text: 'ok' },
      { content_text: 'no id' },
      { id: '', content_text: 'empty id' },
      { id: { x: 1 }, content_text: 'object id' },
      { id: '  ', content_text: 'blank id' },
    ]);
    expect(m.articles.map((a) => a.plainText)).toEqual(['ok', 'no id', 'empty id', 'object id', 'blank id']);
    expect(m.articles.slice(1).every((a) => /^urn:broadsheet:item:[0-9a-z]{14}$/.test(a.id))).toBe(true);
    expect(m.skipped).toEqual(
      [1, 2, 3, 4].map((index) => ({
        index,
        reason: `item ${index} has no id or link; one was made up from its title, date and content`,
        code: 'id-from-content',
        kept: true,
      })),
    );
  });

  it('skips later duplicates of an id', () => {
    const m = model([
      { id: 'a', title: 'First', content_text: 'x' },
      { id: 'a', title: 'Second', content_text: 'y' },
      { id: 1, content_text: 'z' },
      { id: '1', content_text: 'w' },
    ]);
    expect(m.articles.map((a) => a.title)).toEqual(['First', 'z']);
    expect(m.skipped.map((s) => s.index)).toEqual([1, 3]);
    expect(m.skipped[0]?.reason).toMatch(/item 1 repeats the id "a"/);
  });

  it('skips non-object items and drops null items, without touching the others', () => {
    const m = model([null, 42, { id: 'a', content_text: 'x' }]);
    expect(m.articles).toHaveLength(1);
    expect(m.skipped).toEqual([{ index: 1, reason: 'item 1 is not an object', code: 'not-object' }]);
  });

  it('keeps text-only items and html-only items', () => {
    const m = model([
      { id: 't', title: 'Text', content_text: 'Just   some\n\ntext.' },
      { id: 'h', title: 'HTML', content_html: '<p>Some <b>bold</b>ly text</p><p>Next</p>' },
    ]);
    const t = m.articles.find((a) => a.id === 't');
    const h = m.articles.find((a) => a.id === 'h');
    expect(t?.contentText).toBe('Just   some\n\ntext.');
    expect(t?.contentHtml).toBeUndefined();
    expect(t?.plainText).toBe('Just some text.');
    expect(h?.plainText).toBe('Some boldly text Next');
  });

  it('keeps a podcast item whose content is only an audio attachment', () => {
    const m = model([
      {
        id: 'ep1',
        title: 'Episode 1',
        attachments: [{ url: '/audio/ep1.mp3', mime_type: 'audio/mpeg', size_in_bytes: 1000, duration_in_seconds: 1800 }],
      },
    ]);
    expect(m.skipped).toEqual([]);
    expect(m.articles[0]?.attachments).toEqual([
      { url: 'https://news.example.com/audio/ep1.mp3', mimeType: 'audio/mpeg', sizeInBytes: 1000, durationInSeconds: 1800 },
    ]);
    expect(m.articles[0]?.readingMinutes).toBe(1);
  });

  it('keeps a summary-only item and skips an item with nothing to show', () => {
    const m = model([
      { id: 's', title: 'Summary only', summary: 'A short standfirst.' },
      { id: 'n', title: 'Nothing', url: 'https://example.com/n' },
    ]);
    expect(m.articles.map((a) => a.id)).toEqual(['s']);
    expect(m.articles[0]?.plainText).toBe('A short standfirst.');
    expect(m.skipped).toEqual([{ index: 1, reason: expect.stringMatching(/item 1 has nothing to show/) as string, code: 'nothing-to-show' }]);
  });

  it('never lets a wrong-typed field cost the item or the feed', () => {
    const m = model([
      { id: 'a', title: 12345, content_text: 'x', tags: 'solo', date_published: false, authors: 'Ana', attachments: 'nope' },
      { id: 'b', content_html: ['no'], content_text: 'fallback', language: 3, _broadsheet: 'junk' },
    ]);
    expect(m.articles.map((a) => a.id).sort()).toEqual(['a', 'b']);
    const a = m.articles.find((x) => x.id === 'a');
    expect(a?.title).toBe('12345');
    expect(a?.tagSlugs).toEqual(['solo']);
    expect(a?.datePublished).toBeUndefined();
    expect(m.authors.map((x) => x.name)).toEqual(['Ana']);
    expect(m.articles.find((x) => x.id === 'b')?.plainText).toBe('fallback');
  });
});

describe('titles', () => {
  it.each([
    ['given title is kept', { title: '  Budget  passes ', content_text: 'x' }, 'Budget passes', false],
    ['summary when no title', { summary: 'Ministers agree a deal.', content_text: 'Long body.' }, 'Ministers agree a deal.', true],
    [
      'first 12 words of the text',
      { content_text: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen' },
      'one two three four five six seven eight nine ten eleven twelve…',
      true,
    ],
    ['first words of the HTML text', { content_html: '<p>Short <em>html</em> body.</p>' }, 'Short html body.', true],
    [
      'attachment title',
      { content_text: undefined, attachments: [{ url: 'https://x.example/e.mp3', mime_type: 'audio/mpeg', title: 'Episode 9' }] },
      'Episode 9',
      true,
    ],
    ['empty-string title is missing', { title: '', summary: 'From summary' }, 'From summary', true],
  ])('%s', (_name, fields, title, derived) => {
    const { article } = only(fields);
    expect(article.title).toBe(title);
    expect(article.titleDerived).toBe(derived);
  });

  it('ellipsises a long summary used as title', () => {
    const summary = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const { article } = only({ summary });
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.title.length).toBeLessThanOrEqual(111);
  });
});

describe('dates and order', () => {
  it.each([
    ['2024-03-01T10:00:00Z', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00:00+02:00', '2024-03-01T08:00:00.000Z'],
    ['2024-03-01T10:00:00.5-05:30', '2024-03-01T15:30:00.500Z'],
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['Fri, 01 Mar 2024 10:00:00 GMT', '2024-03-01T10:00:00.000Z'],
    ['2023-02-29T00:00:00Z', undefined],
    ['2023-02-30', undefined],
    ['2023-13-01T00:00:00Z', undefined],
    ['2023-01-01T25:00:00Z', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ])('parseDate(%j) -> %j', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it('sorts newest first, falls back to date_modified, undated and impossible dates last in feed order', () => {
    const m = model([
      { id: 'undated-1', content_text: 'x' },
      { id: 'old', content_text: 'x', date_published: '2020-01-01T00:00:00Z' },
      { id: 'impossible', content_text: 'x', date_published: '2023-02-30T00:00:00Z' },
      { id: 'new', content_text: 'x', date_published: '2024-06-01T00:00:00Z' },
      { id: 'modified-only', content_text: 'x', date_modified: '2022-01-01T00:00:00Z' },
      { id: 'undated-2', content_text: 'x', date_published: 'yesterday' },
    ]);
    expect(m.articles.map((a) => a.id)).toEqual(['new', 'modified-only', 'old', 'undated-1', 'impossible', 'undated-2']);
    const impossible = m.articles.find((a) => a.id === 'impossible');
    expect(impossible?.datePublished).toBeUndefined();
    expect(m.skipped).toEqual([]);
  });
});

describe('URLs', () => {
  it('resolves relative URLs against the item url first', () => {
    const { article } = only(
      { url: '/2024/story.html', image: 'img/a.jpg', external_url: '../ext', attachments: [{ url: 'a.mp3', mime_type: 'audio/mpeg' }] },
      { home_page_url: 'https://home.example/' },
    );
    expect(article.url).toBe('https://home.example/2024/story.html');
    expect(article.image?.src).toBe('https://home.example/2024/img/a.jpg');
    expect(article.externalUrl).toBe('https://home.example/ext');
    expect(article.attachments[0]?.url).toBe('https://home.example/2024/a.mp3');
    expect(article.baseUrl).toBe('https://home.example/2024/story.html');
  });

  it('falls back to home_page_url, then the feed URL', () => {
    expect(only({ image: 'a.jpg' }, { home_page_url: 'https://home.example/news/' }).article.image?.src).toBe(
      'https://home.example/news/a.jpg',
    );
    const { article } = only({ image: 'a.jpg' });
    expect(article.image?.src).toBe('https://news.example.com/feeds/a.jpg');
    expect(article.baseUrl).toBe(FEED_URL);
  });

  it('resolves protocol-relative URLs with the base scheme', () => {
    const { article } = only({ image: '//cdn.example/x.png', banner_image: '//cdn.example/b.png' });
    expect(article.image?.src).toBe('https://cdn.example/x.png');
    expect(article.bannerImage).toBe('https://cdn.example/b.png');
  });

  it('drops javascript:, data: and vbscript: URLs everywhere', () => {
    const { article, model: m } = only(
      {
        url: 'javascript:alert(1)',
        external_url: 'data:text/html,<script>alert(1)</script>',
        image: 'vbscript:msgbox(1)',
        authors: [{ name: 'X', url: 'javascript:alert(1)', avatar: 'data:image/png;base64,AAAA' }],
        attachments: [{ url: 'javascript:void(0)', mime_type: 'audio/mpeg' }],
      },
      { home_page_url: 'javascript:alert(2)' },
    );
    expect(article.url).toBeUndefined();
    expect(article.externalUrl).toBeUndefined();
    expect(article.image).toBeUndefined();
    expect(article.attachments).toEqual([]);
    expect(m.authors[0]?.url).toBeUndefined();
    expect(m.authors[0]?.avatar).toBeUndefined();
    expect(m.meta.homePageUrl).toBeUndefined();
  });

  it('makes next_url absolute against the feed URL', () => {
    expect(model([], { next_url: 'main-2.json' }).meta.nextUrl).toBe('https://news.example.com/feeds/main-2.json');
  });
});

describe('authors', () => {
  it('1.1 authors win over 1.0 author at the top level; 1.0 author used when authors absent', () => {
    const both = model([{ id: '1', content_text: 'x' }], { authors: [{ name: 'New Style' }], author: { name: 'Old Style' } });
    expect(both.authors.map((a) => a.name)).toEqual(['New Style']);
    expect(both.articles[0]?.authorSlugs).toEqual(['new-style']);
    const v1 = model([{ id: '1', content_text: 'x' }], { version: 'https://jsonfeed.org/version/1', author: { name: 'Old Style', url: '/about' } });
    expect(v1.authors).toEqual([{ slug: 'old-style', name: 'Old Style', url: 'https://news.example.com/about', links: [] }]);
  });

  it('item authors replace the feed authors; absent means the feed authors apply', () => {
    const m = model(
      [
        { id: 'a', content_text: 'x', authors: [{ name: 'Item Writer' }] },
        { id: 'b', content_text: 'x' },
        { id: 'c', content_text: 'x', author: { name: 'Old Item Writer' }, authors: [{ name: 'Item Writer' }] },
        { id: 'd', content_text: 'x', author: { name: 'Old Item Writer' } },
      ],
      { authors: [{ name: 'Desk' }] },
    );
    const by = (id: string) => m.articles.find((a) => a.id === id)?.authorSlugs;
    expect(by('a')).toEqual(['item-writer']);
    expect(by('b')).toEqual(['desk']);
    expect(by('c')).toEqual(['item-writer']);
    expect(by('d')).toEqual(['old-item-writer']);
  });

  it('uses _broadsheet profiles: author_ids, name matching, unique slugs', () => {
    const m = model(
      [
        { id: 'a', content_text: 'x', _broadsheet: { author_ids: ['ana', 'ghost'] } },
        { id: 'b', content_text: 'x', authors: [{ name: 'ANA RUIZ' }] },
        { id: 'c', content_text: 'x', authors: [{ name: 'Ben Ode' }, { name: 'ben ode' }] },
        { id: 'd', content_text: 'x', authors: [{ name: 'Ben-Ode' }] },
      ],
      {
        _broadsheet: {
          authors: [
            {
              id: 'ana',
              name: 'Ana Ruiz',
              role: 'Economics editor',
              bio_html: '<p>Ana covers trade.</p>',
              avatar: '/img/ana.jpg',
              links: [{ title: 'Mastodon', url: 'https://social.example/@ana' }, { title: 'bad', url: 'javascript:x' }],
            },
          ],
        },
      },
    );
    const ana = m.authors.find((a) => a.profileId === 'ana');
    expect(ana).toEqual({
      slug: 'ana',
      profileId: 'ana',
      name: 'Ana Ruiz',
      role: 'Economics editor',
      bioHtml: '<p>Ana covers trade.</p>',
      avatar: 'https://news.example.com/img/ana.jpg',
      links: [{ title: 'Mastodon', url: 'https://social.example/@ana' }],
    });
    expect(m.articles.find((a) => a.id === 'a')?.authorSlugs).toEqual(['ana']);
    expect(m.articles.find((a) => a.id === 'b')?.authorSlugs).toEqual(['ana']);
    expect(m.articles.find((a) => a.id === 'c')?.authorSlugs).toEqual(['ben-ode']);
    expect(m.articles.find((a) => a.id === 'd')?.authorSlugs).toEqual(['ben-ode-2']);
    expect(new Set(m.authors.map((a) => a.slug)).size).toBe(m.authors.length);
  });

  it('names an author with only a url after its host, and drops authors with nothing', () => {
    const m = model([{ id: 'a', content_text: 'x', authors: [{ url: 'https://www.writer.example/me' }, { avatar: 'a.png' }, {}] }]);
    expect(m.authors.map((a) => [a.name, a.slug])).toEqual([['writer.example', 'writer-example']]);
  });

  it('a feed without the extension still gives complete authors', () => {
    const m = model([{ id: 'a', content_text: 'x', authors: [{ name: 'Li Wei', url: 'https://li.example', avatar: 'https://li.example/a.png' }] }]);
    expect(m.authors).toEqual([{ slug: 'li-wei', name: 'Li Wei', url: 'https://li.example/', avatar: 'https://li.example/a.png', links: [] }]);
  });
});

describe('tags', () => {
  it('trims, drops empties, de-duplicates case-insensitively, counts per tag', () => {
    const m = model([
      { id: 'a', content_text: 'x', tags: [' Sanctions ', 'sanctions', '', 'EU Trade'] },
      { id: 'b', content_text: 'x', tags: ['SANCTIONS'] },
    ]);
    expect(m.articles.find((a) => a.id === 'a')?.tagSlugs).toEqual(['sanctions', 'eu-trade']);
    expect(m.tags).toEqual([
      { slug: 'sanctions', name: 'Sanctions', count: 2 },
      { slug: 'eu-trade', name: 'EU Trade', count: 1 },
    ]);
  });

  it('makes unicode-safe slugs for Arabic, CJK and accented tags', () => {
    const m = model([{ id: 'a', content_text: 'x', tags: ['اقتصاد', '東京 オリンピック', 'Économie', 'हिन्दी', '🔥'] }]);
    const slugs = m.articles[0]?.tagSlugs ?? [];
    expect(slugs.slice(0, 4)).toEqual(['اقتصاد', '東京-オリンピック', 'economie', 'हिन्दी']);
    expect(slugs[4]).toMatch(/^tag-[0-9a-z]{6}$/);
    for (const s of slugs) expect(decodeURIComponent(encodeURIComponent(s))).toBe(s);
  });
});

describe('language and direction', () => {
  it.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['FA', 'rtl'],
    ['ur', 'rtl'],
    ['ckb', 'rtl'],
    ['az-Arab', 'rtl'],
    ['en-GB', 'ltr'],
    ['ja', 'ltr'],
    ['zh-Hant', 'ltr'],
    ['arn', 'ltr'],
  ])('item language %s -> %s', (language, dir) => {
    const { article } = only({ language });
    expect(article.language).toBe(language);
    expect(article.dir).toBe(dir);
  });

  it('inherits the feed language, and an item language overrides it', () => {
    const m = model(
      [
        { id: 'a', content_text: 'x' },
        { id: 'b', content_text: 'x', language: 'en' },
      ],
      { language: 'he' },
    );
    expect(m.meta.language).toBe('he');
    expect(m.articles.find((a) => a.id === 'a')).toMatchObject({ language: 'he', dir: 'rtl' });
    expect(m.articles.find((a) => a.id === 'b')).toMatchObject({ language: 'en', dir: 'ltr' });
  });

  it('counts CJK text without spaces as roughly two characters per word', () => {
    const text = '東京都は本日新しい予算案を発表しました'.repeat(50); // 19 chars x 50
    const { article } = only({ content_text: text, language: 'ja' });
    expect(article.wordCount).toBe(Math.ceil((19 * 50) / 2));
    expect(article.title.endsWith('…')).toBe(true);
    expect(Array.from(article.title).length).toBeLessThanOrEqual(81);
  });
});

describe('body text, reading time, images, extension fields', () => {
  it('strips scripts, styles and tags, decodes entities', () => {
    const { article } = only({
      content_html:
        '<style>p{color:red}</style><p>Caf&eacute; &amp; bar&nbsp;&#8212; &#x1F600;<script>alert("x")</script></p><!-- hidden --><ul><li>One</li><li>Two</li></ul><img src="x" alt="a > b">',
    });
    expect(article.plainText).toBe('Café & bar — 😀 One Two');
  });

  // A quadratic pass over it would show as the test's own time-out; how fast is the bench's to say.
  it('handles a 50,000-character item whole', () => {
    const para = '<p>The committee met on Tuesday to discuss the <a href="/x">new rules</a> &amp; their effects.</p>';
    const html = para.repeat(Math.ceil(50_000 / para.length));
    expect(html.length).toBeGreaterThanOrEqual(50_000);
    const { article } = only({ content_html: html });
    expect(article.contentHtml).toBe(html);
    expect(article.wordCount).toBe(12 * Math.ceil(50_000 / para.length));
    expect(article.readingMinutes).toBe(Math.round(article.wordCount / 230));
  });

  it('reading time is at least a minute', () => {
    expect(only({ content_text: 'Short.' }).article.readingMinutes).toBe(1);
  });

  it('takes image from image, else banner_image, with _broadsheet alt, caption, credit, size', () => {
    const { article } = only({
      image: 'https://img.example/a.jpg',
      banner_image: 'https://img.example/b.jpg',
      _broadsheet: { image_alt: 'A harbour at dawn', image_caption: 'The port.', image_credit: 'Photo: J. Doe', image_width: '1200', image_height: 800 },
    });
    expect(article.image).toEqual({
      src: 'https://img.example/a.jpg',
      alt: 'A harbour at dawn',
      caption: 'The port.',
      credit: 'Photo: J. Doe',
      width: 1200,
      height: 800,
    });
    expect(only({ banner_image: 'https://img.example/b.jpg' }).article.image).toEqual({ src: 'https://img.example/b.jpg', alt: '' });
  });

  it('reads image_srcset: other sizes of image, resolved like image, with image itself, narrowest first', () => {
    const { article } = only({
      url: 'https://news.example.com/2026/11/story',
      image: '/img/hero.jpg',
      _broadsheet: {
        image_width: 1200,
        image_height: 675,
        image_srcset: [
          { url: 'hero-800.jpg', width: 800 },
          { url: '//cdn.example/hero-480.jpg', width: '480' },
          { url: 'https://cdn.example/hero-1600.jpg', width: 1600.2 },
        ],
      },
    });
    expect(article.image?.srcset).toEqual([
      { src: 'https://cdn.example/hero-480.jpg', width: 480 },
      { src: 'https://news.example.com/2026/11/hero-800.jpg', width: 800 },
      { src: 'https://news.example.com/img/hero.jpg', width: 1200 },
      { src: 'https://cdn.example/hero-1600.jpg', width: 1600 },
    ]);
    expect(article.image?.src).toBe('https://news.example.com/img/hero.jpg');
    // Relative sizes with no item url fall back to home_page_url, then the feed's URL, like image.
    const viaHome = only({ image: 'a.jpg', _broadsheet: { image_srcset: [{ url: 'a-480.jpg', width: 480 }] } }, { home_page_url: 'https://home.example/news/' });
    expect(viaHome.article.image?.srcset).toEqual([{ src: 'https://home.example/news/a-480.jpg', width: 480 }]);
    const viaFeed = only({ image: 'a.jpg', _broadsheet: { image_srcset: [{ url: 'a-480.jpg', width: 480 }] } });
    expect(viaFeed.article.image?.srcset).toEqual([{ src: 'https://news.example.com/feeds/a-480.jpg', width: 480 }]);
  });

  it('drops unusable image_srcset entries without losing the image or the item', () => {
    const { article } = only({
      image: 'https://img.example/a.jpg',
      _broadsheet: {
        image_width: 1200,
        image_srcset: [
          null,
          'https://img.example/a-300.jpg 300w',
          42,
          [],
          { width: 320 },
          { url: 42, width: 330 },
          { url: '   ', width: 340 },
          { url: 'javascript:alert(1)', width: 350 },
          { url: 'data:image/png;base64,AAAA', width: 360 },
          { url: 'vbscript:msgbox(1)', width: 370 },
          { url: 'http://[bad', width: 380 },
          { url: 'https://img.example/a,', width: 390 },
          { url: 'https://img.example/no-width.jpg' },
          { url: 'https://img.example/zero.jpg', width: 0 },
          { url: 'https://img.example/tiny.jpg', width: 0.4 },
          { url: 'https://img.example/negative.jpg', width: -480 },
          { url: 'https://img.example/text.jpg', width: '480w' },
          { url: 'https://img.example/nan.jpg', width: 'NaN' },
          { url: 'https://img.example/bool.jpg', width: true },
          { url: 'https://img.example/huge.jpg', width: 1e300 },
          { url: 'https://img.example/object.jpg', width: { w: 480 } },
          { url: 'https://img.example/a-640.jpg', width: 640 },
          { url: 'https://img.example/same-width.jpg', width: 640 },
          { url: 'https://img.example/a-640.jpg', width: 641 },
          { url: 'https://img.example/also-1200.jpg', width: 1200 },
          { url: 'https://img.example/a.jpg', width: 700 },
        ],
      },
    });
    expect(article.image?.src).toBe('https://img.example/a.jpg');
    expect(article.image?.srcset).toEqual([
      { src: 'https://img.example/a-640.jpg', width: 640 },
      { src: 'https://img.example/a.jpg', width: 1200 },
    ]);
  });

  it('reads one image_srcset object as a list; a value of the wrong type is no srcset, never an error', () => {
    const one = only({ image: 'https://img.example/a.jpg', _broadsheet: { image_srcset: { url: 'https://img.example/a-480.jpg', width: 480 } } });
    expect(one.article.image?.srcset).toEqual([{ src: 'https://img.example/a-480.jpg', width: 480 }]);
    for (const hostile of ['https://img.example/a-480.jpg 480w', 480, true, null, [], [null], [{ url: 'javascript:x', width: 480 }]]) {
      const { article } = only({ image: 'https://img.example/a.jpg', _broadsheet: { image_width: 1200, image_srcset: hostile, image_alt: 'Kept' } });
      expect(article.image).toEqual({ src: 'https://img.example/a.jpg', alt: 'Kept', width: 1200 });
    }
  });

  it('image_srcset needs a size besides image itself; without a known width image is not a candidate', () => {
    const same = only({ image: 'https://img.example/a.jpg', _broadsheet: { image_width: 1200, image_srcset: [{ url: 'https://img.example/b.jpg', width: 1200 }] } });
    expect(same.article.image?.srcset).toBeUndefined();
    // No image_width: the feed's sizes are the candidates, and one of them may be image itself.
    const noWidth = only({
      image: 'https://img.example/a.jpg',
      _broadsheet: { image_srcset: [{ url: 'https://img.example/a.jpg', width: 1000 }, { url: 'https://img.example/a-500.jpg', width: 500 }] },
    });
    expect(noWidth.article.image?.srcset).toEqual([
      { src: 'https://img.example/a-500.jpg', width: 500 },
      { src: 'https://img.example/a.jpg', width: 1000 },
    ]);
    // The sizes describe image: a hero taken from banner_image gets none.
    const banner = only({ banner_image: 'https://img.example/b.jpg', _broadsheet: { image_srcset: [{ url: 'https://img.example/b-480.jpg', width: 480 }] } });
    expect(banner.article.image).toEqual({ src: 'https://img.example/b.jpg', alt: '' });
    // Absent when image itself is unusable.
    expect(only({ image: 'javascript:x', _broadsheet: { image_srcset: [{ url: 'https://img.example/a-480.jpg', width: 480 }] } }).article.image).toBeUndefined();
  });

  it('caps image_srcset at 8 sizes (the first in feed order), sorted by width', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ url: `https://img.example/a-${10_000 - i}.jpg`, width: 10_000 - i }));
    const { article } = only({ image: 'https://img.example/a.jpg', _broadsheet: { image_width: 20_000, image_srcset: many } });
    const srcset = article.image?.srcset ?? [];
    expect(srcset).toHaveLength(8);
    expect(srcset.map((s) => s.width)).toEqual([9994, 9995, 9996, 9997, 9998, 9999, 10_000, 20_000]);
  });

  it('reads related ids (numbers to strings, self and duplicates dropped) and section', () => {
    const { article } = only({ id: 'me', _broadsheet: { related: [3, 'x', 'me', 'x', null], section: ' World ' } });
    expect(article.relatedIds).toEqual(['3', 'x']);
    expect(article.section).toBe('World');
  });

  it('guesses a missing attachment mime type from the extension, else drops it', () => {
    const { article } = only({
      attachments: [{ url: 'https://a.example/ep.m4a' }, { url: 'https://a.example/doc.pdf', mime_type: 5 }, { url: 'https://a.example/file.xyz' }, { mime_type: 'audio/mpeg' }],
    });
    expect(article.attachments.map((a) => [a.url, a.mimeType])).toEqual([
      ['https://a.example/ep.m4a', 'audio/mp4'],
      ['https://a.example/doc.pdf', 'application/pdf'],
    ]);
  });

  it('fills meta from the top level', () => {
    const m = normalizeFeed(
      parseFeedText(
        JSON.stringify(feedObject([], { home_page_url: 'https://x.example/', icon: '/icon.png', favicon: 'fav.ico', description: 'News', expired: true, feed_url: 'https://x.example/feed.json' })),
      ),
      { feedUrl: 'https://cdn.example/feed.json' },
    );
    expect(m.meta).toEqual({
      title: 'The Daily Example',
      version: 'https://jsonfeed.org/version/1.1',
      homePageUrl: 'https://x.example/',
      feedUrl: 'https://x.example/feed.json',
      description: 'News',
      icon: 'https://x.example/icon.png',
      favicon: 'https://x.example/fav.ico',
      expired: true,
    });
  });
});
