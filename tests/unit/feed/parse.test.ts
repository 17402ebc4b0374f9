import { describe, expect, it } from 'vitest';
import { FeedError } from '../../../src/feed/errors';
import { parseFeedBytes, parseFeedText } from '../../../src/feed/parse';
import { errorOf, feedObject } from './helpers';

describe('parseFeedText: what is not a JSON Feed', () => {
  const cases: { name: string; text: string; kind: FeedError['kind']; message: RegExp }[] = [
    { name: 'invalid JSON', text: '{"version": x}', kind: 'invalid-json', message: /not valid JSON/ },
    {
      name: 'invalid JSON with a position',
      text: '{"version": "https://jsonfeed.org/version/1.1",, "items": []}',
      kind: 'invalid-json',
      message: /not valid JSON \(unexpected token at position \d+\)/,
    },
    { name: 'trailing garbage', text: '{"a": 1}}', kind: 'invalid-json', message: /not valid JSON/ },
    {
      name: 'truncated in a value',
      text: '{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "1", "content_text": "Hel',
      kind: 'truncated',
      message: /ended before it was complete/,
    },
    { name: 'truncated after a value', text: '{"version": "x", "items": [1, 2', kind: 'truncated', message: /cut off/ },
    { name: 'truncated after a colon', text: '{"version":', kind: 'truncated', message: /cut off/ },
    { name: 'empty body', text: '   ', kind: 'truncated', message: /empty/ },
    {
      name: 'RSS as JSON (rss.channel)',
      text: JSON.stringify({ rss: { channel: { title: 'x', item: [] } } }),
      kind: 'not-json-feed',
      message: /looks like RSS converted to JSON/,
    },
    {
      name: 'RSS as JSON (channel)',
      text: JSON.stringify({ channel: { title: 'x', item: [] } }),
      kind: 'not-json-feed',
      message: /RSS converted to JSON/,
    },
    {
      name: 'Atom as JSON (feed.entry)',
      text: JSON.stringify({ feed: { title: 'x', entry: [] } }),
      kind: 'not-json-feed',
      message: /RSS converted to JSON/,
    },
    {
      name: 'no version',
      text: JSON.stringify({ title: 'x', items: [] }),
      kind: 'not-json-feed',
      message: /no "version" naming jsonfeed\.org/,
    },
    {
      name: 'wrong version',
      text: JSON.stringify({ version: 'https://example.com/v2', title: 'x', items: [] }),
      kind: 'not-json-feed',
      message: /does not name jsonfeed\.org\/version\/1/,
    },
    {
      name: 'version 2 of JSON Feed (not defined)',
      text: JSON.stringify({ version: 'https://jsonfeed.org/version/2', title: 'x', items: [] }),
      kind: 'not-json-feed',
      message: /"version"/,
    },
    {
      name: 'no items',
      text: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x' }),
      kind: 'not-json-feed',
      message: /no "items" list/,
    },
    {
      name: 'items not a list',
      text: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: { a: 1 } }),
      kind: 'not-json-feed',
      message: /"items" is not a list/,
    },
    { name: 'top level is a list', text: '[]', kind: 'not-json-feed', message: /a list, not an object/ },
    { name: 'top level is a string', text: '"hello"', kind: 'not-json-feed', message: /a string, not an object/ },
    {
      name: 'HTML page',
      text: '<!doctype html><html><body>Not here</body></html>',
      kind: 'not-json-feed',
      message: /HTML page instead of the feed/,
    },
    { name: 'RSS XML', text: '<?xml version="1.0"?><rss></rss>', kind: 'not-json-feed', message: /RSS or Atom \(XML\)/ },
  ];
  it.each(cases)('$name -> $kind', ({ text, kind, message }) => {
    const e = errorOf(() => parseFeedText(text));
    expect(e).toBeInstanceOf(FeedError);
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(message);
  });
});

describe('parseFeedText: versions and top level', () => {
  it.each([
    ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1.1'],
    ['https://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1'],
    ['http://jsonfeed.org/version/1', 'https://jsonfeed.org/version/1'],
    ['https://jsonfeed.org/version/1.1/', 'https://jsonfeed.org/version/1.1'],
    ['HTTPS://JSONFEED.ORG/version/1.1', 'https://jsonfeed.org/version/1.1'],
  ])('accepts version %s', (version, normalized) => {
    expect(parseFeedText(JSON.stringify(feedObject([], { version }))).version).toBe(normalized);
  });

  it('strips a UTF-8 byte-order mark from text', () => {
    const raw = parseFeedText('\uFEFF' + JSON.stringify(feedObject([{ id: 'a', content_text: 'x' }])));
    expect(raw.title).toBe('The Daily Example');
    expect(raw.items).toHaveLength(1);
  });

  it('decodes bytes with a UTF-8 BOM and non-ASCII text', () => {
    const json = JSON.stringify(feedObject([{ id: 'a', title: 'Café — 東京', content_text: 'x' }]));
    const body = new TextEncoder().encode(json);
    const withBom = new Uint8Array(body.length + 3);
    withBom.set([0xef, 0xbb, 0xbf]);
    withBom.set(body, 3);
    expect(parseFeedBytes(withBom).items[0]?.title).toBe('Café — 東京');
    expect(parseFeedBytes(withBom.buffer).items[0]?.title).toBe('Café — 東京');
  });

  it('tolerates a missing title: home page host, else "Untitled feed"', () => {
    expect(parseFeedText(JSON.stringify(feedObject([], { title: undefined, home_page_url: 'https://www.paper.example/' }))).title).toBe(
      'paper.example',
    );
    expect(parseFeedText(JSON.stringify(feedObject([], { title: '  ' }))).title).toBe('Untitled feed');
  });

  it('ignores unknown underscore extensions and keeps _broadsheet', () => {
    const raw = parseFeedText(
      JSON.stringify(
        feedObject([{ id: 1, content_text: 'x', _other: { a: 1 }, _broadsheet: { section: 'World' } }], {
          _custom: { crash: true },
          _broadsheet: { about: 'https://example.com/docs', authors: [{ id: 'ana', name: 'Ana' }] },
        }),
      ),
    );
    expect(raw).not.toHaveProperty('_custom');
    expect(raw.items[0]).not.toHaveProperty('_other');
    expect(raw.items[0]?._broadsheet?.section).toBe('World');
    expect(raw._broadsheet?.authors?.[0]?.name).toBe('Ana');
  });
});

describe('schema leniency: coerce where clear, drop otherwise, never fatal', () => {
  const item = (fields: Record<string, unknown>) =>
    parseFeedText(JSON.stringify(feedObject([{ id: 'x', content_text: 'x', ...fields }]))).items[0];

  it('turns a numeric id into a string', () => {
    expect(parseFeedText(JSON.stringify(feedObject([{ id: 42, content_text: 'x' }]))).items[0]?.id).toBe('42');
  });
  it('turns a single tag string into a list', () => {
    expect(item({ tags: 'Politics' })?.tags).toEqual(['Politics']);
  });
  it('drops null and non-text entries in lists', () => {
    expect(item({ tags: ['a', null, 3, { x: 1 }, 'b'] })?.tags).toEqual(['a', '3', 'b']);
    expect(item({ attachments: [null, { url: 'a.mp3', mime_type: 'audio/mpeg' }] })?.attachments).toHaveLength(1);
  });
  it('reads numeric strings for sizes and durations', () => {
    const a = item({ attachments: [{ url: 'a.mp3', mime_type: 'audio/mpeg', size_in_bytes: '1234', duration_in_seconds: 'long' }] })
      ?.attachments?.[0];
    expect(a?.size_in_bytes).toBe(1234);
    expect(a?.duration_in_seconds).toBeUndefined();
  });
  it('drops wrong-typed fields without losing the item or its other fields', () => {
    const it1 = item({ title: { text: 'x' }, url: 12, date_published: 1700000000, summary: 'Kept', image: ['a'] });
    expect(it1?.title).toBeUndefined();
    expect(it1?.url).toBeUndefined();
    expect(it1?.date_published).toBeUndefined();
    expect(it1?.image).toBeUndefined();
    expect(it1?.summary).toBe('Kept');
  });
  it('reads a 1.0 author given as a bare string, and "true" for expired', () => {
    const raw = parseFeedText(JSON.stringify(feedObject([], { author: 'Ana Ruiz', expired: 'true' })));
    expect(raw.author?.name).toBe('Ana Ruiz');
    expect(raw.expired).toBe(true);
  });
  it('marks non-object items as invalid (kept with their index) and drops null items', () => {
    const raw = parseFeedText(JSON.stringify(feedObject([null, 'oops', { id: 'a', content_text: 'x' }])));
    expect(raw.items.map((i) => [i.index, i.invalid === true])).toEqual([
      [1, true],
      [2, false],
    ]);
  });
  it('keeps a wrong-typed top-level field from being fatal', () => {
    const raw = parseFeedText(JSON.stringify(feedObject([], { home_page_url: 5, authors: 'nobody', hubs: 'x', _broadsheet: 7 })));
    expect(raw.home_page_url).toBeUndefined();
    expect(raw._broadsheet).toBeUndefined();
    expect(raw.authors).toEqual([{ name: 'nobody' }]);
  });
});
