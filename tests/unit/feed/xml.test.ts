import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFeedError } from '../../../src/feed/errors';
import { fetchFeedPage, fetchNextPage } from '../../../src/feed/load';
import type { Article, FeedModel } from '../../../src/shared/model';
import { normalizeFeed } from '../../../src/feed/normalize';
import { sniffFeedFormat } from '../../../src/feed/parse';
import { relatedPosts } from '../../../src/feed/related';
import { parseXmlFeed } from '../../../src/feed/xml';
import { errorOf } from './helpers';

/**
 * RSS 2.0, RSS 1.0 and Atom read into the same model as JSON Feed: one table row per mapping and
 * tolerance, over fixtures shaped like real feeds (tests/fixtures/feeds/).
 */

const FEED_URL = 'https://feed.example/feed.xml';
const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/feeds', name)));
const bytes = (text: string) => new TextEncoder().encode(text);

function read(input: string | Uint8Array, feedUrl = FEED_URL): FeedModel {
  const data = typeof input === 'string' ? (input.trimStart().startsWith('<') ? bytes(input) : fixture(input)) : input;
  return normalizeFeed(parseXmlFeed(data, { feedUrl }), { feedUrl });
}

const by = (m: FeedModel, id: string): Article => {
  const a = m.articles.find((x) => x.id === id);
  if (!a) throw new Error(`no article ${id}: ${m.articles.map((x) => x.id).join(', ')}`);
  return a;
};
const names = (m: FeedModel, a: Article) => a.authorSlugs.map((s) => m.authors.find((x) => x.slug === s)?.name);
const tagNames = (m: FeedModel, a: Article) => a.tagSlugs.map((s) => m.tags.find((t) => t.slug === s)?.name);

type Row = [string, (m: FeedModel) => unknown, unknown];

function table(file: string, rows: Row[]) {
  describe(file, () => {
    const m = read(file);
    it.each(rows)('%s', (_name, get, expected) => {
      expect(get(m)).toEqual(expected);
    });
  });
}

table('wordpress-rss.xml', [
  ['format', (m) => m.meta.version, 'RSS 2.0'],
  ['channel title, references decoded', (m) => m.meta.title, 'Harbour Notes – a WordPress blog'],
  ['channel link is the home page', (m) => m.meta.homePageUrl, 'https://harbour.example/'],
  ['atom:link rel=self is the feed URL', (m) => m.meta.feedUrl, 'https://harbour.example/feed/'],
  ['channel description', (m) => m.meta.description, 'Boats, tides & the people who work them'],
  ['language', (m) => m.meta.language, 'en-GB'],
  ['channel image is the icon', (m) => m.meta.icon, 'https://harbour.example/wp-content/uploads/2024/01/cropped-icon-32x32.png'],
  ['guid is the id', (m) => m.articles.map((a) => a.id), ['https://harbour.example/?p=1201', 'https://harbour.example/?p=1188', 'https://harbour.example/?p=1150']],
  ['link is the url (a guid with isPermaLink="false" is not)', (m) => by(m, 'https://harbour.example/?p=1201').url, 'https://harbour.example/2026/03/tide-tables-explained/'],
  ['slug from the link', (m) => by(m, 'https://harbour.example/?p=1201').slug, 'tide-tables-explained'],
  ['title with references', (m) => by(m, 'https://harbour.example/?p=1201').title, 'Tide tables, explained – and why they’re never quite right'],
  ['title escaped twice', (m) => by(m, 'https://harbour.example/?p=1150').title, 'Winter maintenance & the slipway'],
  ['content:encoded over description', (m) => by(m, 'https://harbour.example/?p=1201').contentHtml?.includes('a surge can add a metre'), true],
  ['description is then the summary, as text', (m) => by(m, 'https://harbour.example/?p=1188').summary, 'Short answer: ask first. Long answer below…'],
  ['description escaped twice is HTML', (m) => by(m, 'https://harbour.example/?p=1150').contentHtml, '<p>The slipway closes for two weeks.</p>'],
  ['dc:creator (CDATA) into authors', (m) => names(m, by(m, 'https://harbour.example/?p=1188')), ['Tomás Ruiz']],
  ['one author across items', (m) => m.authors.map((a) => a.name), ['Mara Okafor', 'Tomás Ruiz']],
  ['categories into tags, references decoded', (m) => tagNames(m, by(m, 'https://harbour.example/?p=1201')), ['Tides & Weather', 'Explainers']],
  ['RFC 822 pubDate', (m) => by(m, 'https://harbour.example/?p=1188').datePublished, '2026-03-02T14:30:00.000Z'],
  ['without xml:base, relative URLs in the content are relative to the item link', (m) => by(m, 'https://harbour.example/?p=1201').baseUrl, 'https://harbour.example/2026/03/tide-tables-explained/'],
  ['nothing skipped', (m) => m.skipped, []],
]);

table('ghost-atom.xml', [
  ['format', (m) => m.meta.version, 'Atom'],
  ['title (type text)', (m) => m.meta.title, 'The Ledger'],
  ['subtitle (type html) as text: its escaped reference is HTML, decoded once', (m) => m.meta.description, 'Local news & analysis'],
  ['link rel=alternate is the home page', (m) => m.meta.homePageUrl, 'https://ledger.example/'],
  ['link rel=self is the feed URL', (m) => m.meta.feedUrl, 'https://ledger.example/atom/'],
  ['link rel=next (RFC 5005) is next_url', (m) => m.meta.nextUrl, 'https://ledger.example/atom/page/2/'],
  ['logo is the icon, icon the favicon', (m) => [m.meta.icon, m.meta.favicon], ['https://ledger.example/content/images/logo.png', 'https://ledger.example/favicon.png']],
  ['xml:lang', (m) => [m.meta.language, m.articles[0]?.language, m.articles[0]?.dir], ['en', 'en', 'ltr']],
  ['entry id', (m) => m.articles.map((a) => a.id), ['ghost-6602a1', 'ghost-6602a2']],
  ['link rel=alternate is the url', (m) => by(m, 'ghost-6602a1').url, 'https://ledger.example/council-budget/'],
  ['a link without rel is the alternate', (m) => by(m, 'ghost-6602a2').url, 'https://ledger.example/ferry-timetable/'],
  ['link rel=related is external_url', (m) => by(m, 'ghost-6602a2').externalUrl, 'https://ferries.example/timetable'],
  ['title of type html, as text', (m) => by(m, 'ghost-6602a1').title, 'Council finally agrees the budget'],
  ['summary', (m) => by(m, 'ghost-6602a1').summary, 'After three votes, the gap is closed. For now.'],
  ['content of type html', (m) => by(m, 'ghost-6602a1').contentHtml, '<p>After three votes, councillors closed the gap.</p><p>Details follow.</p>'],
  ['content of type xhtml, serialized', (m) => by(m, 'ghost-6602a2').contentHtml, '<p>From <strong>Monday</strong>, the first sailing is at 06:40.</p><p><img src="https://ledger.example/content/images/ferry.jpg" alt="The ferry"></p>'],
  ['published with an offset; updated is date_modified', (m) => [by(m, 'ghost-6602a1').datePublished, by(m, 'ghost-6602a1').dateModified], ['2026-03-05T08:30:00.000Z', '2026-03-05T10:00:00.000Z']],
  ['updated stands in for a missing published', (m) => by(m, 'ghost-6602a2').datePublished, '2026-03-04T08:00:00.000Z'],
  ['author name and uri', (m) => m.authors.find((a) => a.name === 'Ana Ruiz')?.url, 'https://ledger.example/author/ana/'],
  ['an entry without authors has the feed’s', (m) => names(m, by(m, 'ghost-6602a2')), ['The Ledger Desk']],
  ['no e-mail address anywhere', (m) => JSON.stringify(m).includes('@ledger.example'), false],
  ['category label, else term', (m) => tagNames(m, by(m, 'ghost-6602a1')), ['Politics', 'budget']],
  [
    'media:content image with media:title, description and credit as alt, caption and credit',
    (m) => by(m, 'ghost-6602a1').image,
    {
      src: 'https://ledger.example/content/images/2026/03/chamber.jpg',
      alt: 'The council chamber during the vote',
      caption: 'Councillors vote on the third amendment.',
      credit: 'Photo: J. Doe',
      width: 2000,
      height: 1125,
    },
  ],
]);

table('podcast-rss.xml', [
  ['channel itunes:image is the icon', (m) => m.meta.icon, 'https://radio.example/cover.jpg'],
  ['itunes:author', (m) => m.authors.map((a) => a.name), ['Harbour Radio']],
  ['enclosure with length, and itunes:duration (mm:ss)', (m) => by(m, 'radio-ep-12').attachments, [{ url: 'https://cdn.radio.example/ep12.mp3', mimeType: 'audio/mpeg', sizeInBytes: 28311040, durationInSeconds: 3537 }]],
  ['itunes:duration (h:mm:ss); a length that is not a number dropped', (m) => by(m, 'radio-ep-11').attachments, [{ url: 'https://cdn.radio.example/ep11.m4a', mimeType: 'audio/x-m4a', durationInSeconds: 3723 }]],
  ['itunes:duration in seconds; an episode with only audio is kept', (m) => by(m, 'radio-trailer').attachments[0]?.durationInSeconds, 95],
  ['itunes:image is the episode image', (m) => by(m, 'radio-ep-12').image?.src, 'https://radio.example/ep12.jpg'],
  ['itunes:summary is the summary', (m) => by(m, 'radio-ep-12').summary, 'Why the fog comes in on still mornings, and what the coastguard does about it.'],
  ['an RFC 822 date with a one-digit day', (m) => by(m, 'radio-ep-12').datePublished, '2026-03-04T06:00:00.000Z'],
]);

table('xml-base-atom.xml', [
  ['xml:base resolves the home page link', (m) => m.meta.homePageUrl, 'https://base.example/blog/'],
  ['and the self link', (m) => m.meta.feedUrl, 'https://base.example/blog/atom.xml'],
  ['nested xml:base on the entry', (m) => by(m, 'tag:base.example,2026:1').url, 'https://base.example/blog/posts/2026/relative-post.html'],
  ['an enclosure link resolved the same way', (m) => by(m, 'tag:base.example,2026:1').attachments[0]?.url, 'https://base.example/blog/media/talk.mp3'],
  ['xml:base on the content is the base of its relative URLs', (m) => by(m, 'tag:base.example,2026:1').baseUrl, 'https://base.example/assets/'],
  ['the feed’s xml:base, in scope, is the base of an entry’s content', (m) => by(m, 'tag:base.example,2026:2').baseUrl, 'https://base.example/blog/'],
  ['a root-relative link', (m) => by(m, 'tag:base.example,2026:2').url, 'https://base.example/absolute-path'],
  ['an xhtml title, as text, decoded once', (m) => by(m, 'tag:base.example,2026:2').title, 'An xhtml title & more'],
  ['content of type text is text, markup shown as written', (m) => by(m, 'tag:base.example,2026:2').contentText, 'Plain text <b>not bold</b> content.'],
]);

describe('broken-dates-rss.xml: RFC 822 and RFC 3339 dates, tolerated when malformed', () => {
  const m = read('broken-dates-rss.xml');
  it.each([
    ['d1', '2026-03-04T09:00:00.000Z'],
    ['d2', '2026-03-04T15:00:00.000Z'],
    ['d3', '2026-03-04T10:00:00.000Z'],
    ['d4', '2026-03-04T10:00:00.000Z'],
    ['d5', '2026-03-04T10:00:00.000Z'],
    ['d6', '2026-03-04T09:00:00.000Z'],
    ['d7', '2026-03-04T10:00:00.000Z'],
    ['d8', undefined],
    ['d9', undefined],
    ['d10', '2026-03-04T10:00:00.000Z'],
    ['d11', '2026-03-04T09:00:00.000Z'],
    ['d12', undefined],
  ])('%s -> %s', (id, iso) => {
    expect(by(m, id).datePublished).toBe(iso);
  });
  it('undated items are kept and sorted last', () => {
    expect(m.articles).toHaveLength(12);
    expect(m.articles.slice(-3).map((a) => a.id)).toEqual(['d8', 'd9', 'd12']);
  });
});

table('rss1-rdf.xml', [
  ['format', (m) => m.meta.version, 'RSS 1.0'],
  ['rdf:about is the id', (m) => m.articles.map((a) => a.id), ['https://rdf.example/entry/1', 'https://rdf.example/entry/2']],
  ['dc:language', (m) => [m.meta.language, m.articles[0]?.language], ['ja', 'ja']],
  ['dc:creator and dc:subject', (m) => [names(m, by(m, 'https://rdf.example/entry/1')), tagNames(m, by(m, 'https://rdf.example/entry/1'))], [['山田太郎'], ['街']]],
  ['dc:date', (m) => by(m, 'https://rdf.example/entry/1').datePublished, '2026-03-03T22:00:00.000Z'],
  ['content:encoded', (m) => by(m, 'https://rdf.example/entry/2').contentHtml, '<p>With <b>content:encoded</b>.</p>'],
  ['CJK title and slug', (m) => [by(m, 'https://rdf.example/entry/1').title, m.tags[0]?.slug], ['東京の朝', '街']],
]);

table('news-media-rss.xml', [
  ['an undeclared HTML entity (&nbsp;) is read', (m) => m.meta.description, 'Latest World news and comment'],
  ['media:content sizes: the widest is the image, all are its srcset', (m) => by(m, 'https://news.example/world/2026/mar/05/talks-resume-northern-quota').image, {
    src: 'https://i.news.example/img/quota-460.jpg',
    alt: '',
    credit: 'Photograph: Ana Ruiz/The Daily Example',
    width: 460,
    srcset: [
      { src: 'https://i.news.example/img/quota-140.jpg', width: 140 },
      { src: 'https://i.news.example/img/quota-460.jpg', width: 460 },
    ],
  }],
  ['media:group video into attachments, with fileSize and duration', (m) => by(m, 'https://news.example/world/video/2026/mar/04/harbour-dawn').attachments, [
    { url: 'https://v.news.example/harbour-dawn.mp4', mimeType: 'video/mp4', sizeInBytes: 48000000, durationInSeconds: 121 },
    { url: 'https://v.news.example/harbour-dawn.webm', mimeType: 'video/webm' },
  ]],
  ['media:thumbnail is the image, the group’s description its caption', (m) => by(m, 'https://news.example/world/video/2026/mar/04/harbour-dawn').image, {
    src: 'https://i.news.example/img/dawn-thumb.jpg', alt: '', caption: 'The harbour wall as the sun comes up.', width: 320, height: 180,
  }],
  ['RSS author "e-mail (Name)" gives the name only', (m) => names(m, by(m, 'https://news.example/world/video/2026/mar/04/harbour-dawn')), ['Video Desk']],
  ['an e-mail alone is no author', (m) => by(m, 'https://news.example/world/2026/mar/03/email-author').authorSlugs, []],
  ['an image enclosure is the image, not an attachment', (m) => [by(m, 'https://news.example/world/2026/mar/03/email-author').image?.src, by(m, 'https://news.example/world/2026/mar/03/email-author').attachments], ['https://i.news.example/img/email.jpg', []]],
  ['no e-mail address anywhere', (m) => JSON.stringify(m).includes('@news.example'), false],
  ['a guid that is a URL is the id', (m) => m.articles[0]?.id, 'https://news.example/world/2026/mar/05/talks-resume-northern-quota'],
]);

describe('billion laughs and external entities: nothing expands, nothing is fetched', () => {
  afterEach(() => vi.unstubAllGlobals());

  // An expansion would show in the text (and a billion of them would time the test out): no clock needed.
  it('entity declarations are never read: references stay as written text', () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no fetch allowed')));
    vi.stubGlobal('fetch', fetchSpy);
    const m = read('billion-laughs.xml');
    expect(m.meta.title).toBe('Laughs &lol9;');
    expect(m.articles[0]?.title).toBe('Entities &lol9; &xxe; &file;');
    expect(m.articles[0]?.contentHtml).toBe('<p>Body &lol9; &lol9;</p>');
    const all = JSON.stringify(m);
    expect(all).not.toMatch(/lollol|root:|attacker/);
    expect(all.length).toBeLessThan(5000);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('an entity in an attribute value is not expanded either', () => {
    const m = read(`<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x "https://attacker.invalid/">]>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title>E</title>
      <link href="&x;page"/><content type="text">body</content></entry></feed>`);
    expect(m.articles[0]?.url).toBe('https://feed.example/&x;page');
  });
});

describe('what cannot be read: an alert naming the format and the problem', () => {
  it.each([
    ['RSS not well-formed', '<rss version="2.0"><channel><title>x</channel></rss>', 'invalid-xml', /^The RSS feed is not well-formed XML \(line 1, column \d+: unexpected close tag/],
    ['Atom not well-formed', '<feed xmlns="http://www.w3.org/2005/Atom"><title a="1" a="2">x</title></feed>', 'invalid-xml', /^The Atom feed is not well-formed XML/],
    ['a truncated RSS download', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>cut', 'truncated', /^The RSS feed ended before it was complete/],
    ['a truncated Atom download', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>', 'truncated', /^The Atom feed ended before it was complete/],
    ['XHTML served as XML', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>Login</body></html>', 'not-a-feed', /HTML page instead of the feed/],
    ['an unknown root element', '<?xml version="1.0"?><sitemap><url/></sitemap>', 'not-a-feed', /root element is <sitemap>, not <rss> \(RSS\), <feed> \(Atom\) or <rdf:RDF>/],
    ['RSS without a channel', '<rss version="2.0"><item><title>x</title></item></rss>', 'not-a-feed', /RSS 2.0 feed has no <channel>/],
    ['text after the root', '<rss version="2.0"><channel><title>x</title></channel></rss>junk', 'invalid-xml', /RSS feed is not well-formed XML/],
  ])('%s', (_name, text, kind, message) => {
    const e = errorOf(() => read(text));
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(message);
  });
});

describe('tolerance', () => {
  it('a namespace prefix used without its declaration is still understood', () => {
    const m = read(`<rss version="2.0"><channel><title>T</title><item><guid>1</guid><title>x</title>
      <content:encoded><![CDATA[<p>Body</p>]]></content:encoded><dc:creator>Jo</dc:creator>
      <media:content url="https://i.example/a.jpg" medium="image"/></item></channel></rss>`);
    expect(m.articles[0]?.contentHtml).toBe('<p>Body</p>');
    expect(m.authors.map((a) => a.name)).toEqual(['Jo']);
    expect(m.articles[0]?.image?.src).toBe('https://i.example/a.jpg');
  });

  it.each([
    ['the XML declaration (windows-1252)', '<?xml version="1.0" encoding="windows-1252"?>', undefined],
    ['the XML declaration (ISO-8859-1)', "<?xml version='1.0' encoding='ISO-8859-1'?>", 'text/xml; charset=utf-8'],
    ['the Content-Type charset when the declaration names none', '<?xml version="1.0"?>', 'application/rss+xml; charset=windows-1252'],
  ])('reads the encoding from %s', (_name, decl, contentType) => {
    const text = `${decl}<rss version="2.0"><channel><title>Caf\u00e9 \u00bb na\u00efve</title><item><guid>1</guid><description>\u00e9t\u00e9</description></item></channel></rss>`;
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const m = normalizeFeed(parseXmlFeed(latin1, { feedUrl: FEED_URL, ...(contentType ? { contentType } : {}) }), { feedUrl: FEED_URL });
    expect(m.meta.title).toBe('Café » naïve');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = '\ufeff<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>東京</title></channel></rss>';
    const utf16 = new Uint8Array(new Uint16Array(Array.from(text, (c) => c.charCodeAt(0))).buffer);
    expect(read(utf16).meta.title).toBe('東京');
  });

  it('items without a guid get the same fallbacks as JSON Feed items', () => {
    const m = read(`<rss version="2.0"><channel><title>T</title>
      <item><title>Linked</title><link>https://x.example/a</link><description>a</description></item>
      <item><title>Unlinked</title><description>b</description></item>
      <item><title>Empty</title></item></channel></rss>`);
    expect(m.articles.map((a) => a.id)).toEqual(['https://x.example/a', expect.stringMatching(/^urn:broadsheet:item:/)]);
    expect(m.skipped.map((s) => s.code)).toEqual(['id-from-url', 'id-from-content', 'nothing-to-show']);
  });

  it('a guid that is a permalink is the url when there is no link', () => {
    const m = read('<rss version="2.0"><channel><title>T</title><item><guid>https://x.example/p/1</guid><description>a</description></item></channel></rss>');
    expect(m.articles[0]?.url).toBe('https://x.example/p/1');
  });

  it('userinfo, javascript: and data: URLs from XML are treated like JSON Feed ones', () => {
    const m = read(`<rss version="2.0"><channel><title>T</title><link>https://u:p@x.example/</link><item><guid>1</guid>
      <link>javascript:alert(1)</link><description>a</description><enclosure url="https://u:p@cdn.example/a.mp3" type="audio/mpeg"/></item></channel></rss>`);
    expect(m.meta.homePageUrl).toBe('https://x.example/');
    expect(m.articles[0]?.url).toBeUndefined();
    expect(m.articles[0]?.attachments[0]?.url).toBe('https://cdn.example/a.mp3');
  });

  it('the _broadsheet extension is JSON Feed only: nothing in an XML feed sets related posts or profiles', () => {
    const m = read(`<rss version="2.0" xmlns:b="https://broadsheet.example/"><channel><title>T</title>
      <item><guid>1</guid><description>a</description><_broadsheet><related>2</related></_broadsheet><b:author_ids>x</b:author_ids></item>
      <item><guid>2</guid><description>b</description></item></channel></rss>`);
    expect(by(m, '1').relatedIds).toEqual([]);
    expect(m.authors).toEqual([]);
  });
});

describe('property: whatever the bytes, a model or a FeedError', () => {
  const files = ['wordpress-rss.xml', 'ghost-atom.xml', 'podcast-rss.xml', 'xml-base-atom.xml', 'rss1-rdf.xml', 'news-media-rss.xml', 'billion-laughs.xml'];
  const outcome = (data: Uint8Array) => {
    try {
      return read(data).articles.every((a) => a.id && a.slug && a.title) ? 'model' : 'bad model';
    } catch (e) {
      if (isFeedError(e)) return 'feed-error';
      throw e;
    }
  };

  it('every fixture cut off anywhere', () => {
    for (const file of files) {
      const data = fixture(file);
      for (let n = 0; n < data.length; n += 7) expect(['model', 'feed-error']).toContain(outcome(data.subarray(0, n)));
    }
  });

  it('fixtures with bytes changed at random', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (file, edits) => {
        const data = fixture(file).slice();
        for (const [at, byte] of edits) data[at % data.length] = byte;
        expect(['model', 'feed-error']).toContain(outcome(data));
      }),
      { numRuns: 300 },
    );
  });

  it('elements nested far deeper than any feed', () => {
    const deep = `<rss version="2.0"><channel><title>Deep</title><item><guid>1</guid><description>${'<b>'.repeat(20_000)}x${'</b>'.repeat(20_000)}</description></item></channel></rss>`;
    expect(outcome(bytes(deep))).toBe('model');
  });
});

describe('format detection from the bytes and the Content-Type', () => {
  it.each([
    ['JSON', '{"version": "x"}', '', 'json'],
    ['JSON with a BOM', '\ufeff {"a": 1}', 'text/html', 'json'],
    ['RSS', '<?xml version="1.0"?>\n<rss version="2.0">', '', 'xml'],
    ['RSS, no declaration', '<rss version="2.0">', 'text/plain', 'xml'],
    ['Atom after a comment, a stylesheet PI and a doctype', '<?xml version="1.0"?><!-- generator --><?xml-stylesheet href="s.xsl"?><!DOCTYPE feed [<!ENTITY a "b">]><feed xmlns="http://www.w3.org/2005/Atom">', '', 'xml'],
    ['RSS 1.0', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', '', 'xml'],
    ['RSS served as text/html', '<rss version="2.0">', 'text/html', 'xml'],
    ['an HTML page', '<!DOCTYPE html><html><head>', 'text/html', 'html'],
    ['an HTML page called XML by the server', '<!doctype html><html>', 'application/xml', 'html'],
    ['XHTML', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', 'application/xhtml+xml', 'html'],
    ['an unknown root called XML by the server', '<?xml version="1.0"?><sitemap>', 'application/xml', 'xml'],
    ['an unknown root called nothing', '<sitemap>', '', 'html'],
  ])('%s -> %s', (_name, text, contentType, format) => {
    expect(sniffFeedFormat(bytes(text), contentType)).toBe(format);
  });
});

describe('through the feed loader', () => {
  const respond = (body: string, contentType: string, url = FEED_URL) =>
    (async (input: RequestInfo | URL) => {
      const res = new Response(body, { headers: { 'Content-Type': contentType } });
      Object.defineProperty(res, 'url', { value: typeof input === 'string' ? input : url });
      return res;
    }) as typeof fetch;

  it.each([
    ['application/rss+xml', 'wordpress-rss.xml', 3],
    ['text/html (a misconfigured server)', 'wordpress-rss.xml', 3],
    ['application/octet-stream', 'ghost-atom.xml', 2],
  ])('an XML feed served as %s is read', async (contentType, file, count) => {
    const page = await fetchFeedPage(FEED_URL, { fetchImpl: respond(new TextDecoder().decode(fixture(file)), contentType) });
    expect(page.model.articles).toHaveLength(count);
  });

  it('asks for JSON Feed first (the service worker knows feed requests by it), then Atom and RSS', async () => {
    let accept = '';
    const impl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      accept = new Headers(init?.headers).get('Accept') ?? '';
      return new Response(new TextDecoder().decode(fixture('ghost-atom.xml')), { headers: { 'Content-Type': 'application/atom+xml' } });
    }) as typeof fetch;
    await fetchFeedPage(FEED_URL, { fetchImpl: impl });
    expect(accept).toMatch(/^application\/feed\+json, .*application\/atom\+xml.*application\/rss\+xml/);
  });

  it('an HTML page is still refused, whatever the server calls it', async () => {
    for (const type of ['text/html', 'application/xml', 'application/json']) {
      const e = await fetchFeedPage(FEED_URL, { fetchImpl: respond('<!DOCTYPE html><html><body>Sign in</body></html>', type) }).catch((err: unknown) => err);
      expect(isFeedError(e) && e.kind).toBe('not-a-feed');
    }
  });

  it('follows Atom rel="next" pages like next_url', async () => {
    const atom = (id: string, next?: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Paged</title>${next ? `<link rel="next" href="${next}"/>` : ''}<entry><id>${id}</id><title>Entry ${id}</title><updated>2026-03-0${id}T00:00:00Z</updated><content type="text">Body ${id}</content></entry></feed>`;
    const impl = (async (input: RequestInfo | URL) => {
      const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const body = href.endsWith('page2.xml') ? atom('1') : atom('2', 'page2.xml');
      const res = new Response(body, { headers: { 'Content-Type': 'application/atom+xml' } });
      Object.defineProperty(res, 'url', { value: href });
      return res;
    }) as typeof fetch;
    const first = await fetchFeedPage(FEED_URL, { fetchImpl: impl });
    expect(first.model.meta.nextUrl).toBe('https://feed.example/page2.xml');
    const merged = await fetchNextPage(first.model, new Set([FEED_URL]), { fetchImpl: impl });
    expect(merged?.articles.map((a) => a.id)).toEqual(['2', '1']);
    expect(merged?.meta.nextUrl).toBeUndefined();
  });
});

describe('everything downstream works unchanged', () => {
  const m = read('wordpress-rss.xml');
  it('unique slugs, authors and tags that resolve', () => {
    expect(new Set(m.articles.map((a) => a.slug)).size).toBe(m.articles.length);
    for (const a of m.articles) {
      for (const s of a.authorSlugs) expect(m.authors.some((x) => x.slug === s)).toBe(true);
      for (const t of a.tagSlugs) expect(m.tags.some((x) => x.slug === t)).toBe(true);
    }
    expect(m.tags.find((t) => t.name === 'Tides & Weather')?.count).toBe(2);
  });

  it('related posts are computed (shared tags, same author)', () => {
    const related = relatedPosts(by(m, 'https://harbour.example/?p=1201'), m.articles);
    expect(related[0]?.article.id).toBe('https://harbour.example/?p=1150');
    expect(related[0]?.reasons.join(' ')).toMatch(/Tides & Weather|Mara Okafor/);
  });

  it('the model is plain structured-clonable data', () => {
    expect(structuredClone(m)).toEqual(m);
  });
});
