import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isFeedError } from '../../../src/feed/errors';
import type { FeedModel } from '../../../src/shared/model';
import { normalizeFeed } from '../../../src/feed/normalize';
import { parseFeedText } from '../../../src/feed/parse';

/**
 * Property-based tests: whatever bytes arrive, reading a feed either gives a model whose every article
 * has an id, a slug and a title, or throws the typed FeedError. Nothing else, ever.
 */

const FEED_URL = 'https://news.example.com/feed.json';
const sample = JSON.parse(readFileSync(join(process.cwd(), 'public/feed.json'), 'utf8')) as Record<string, unknown> & { items: Record<string, unknown>[] };

function read(text: string): FeedModel | 'feed-error' {
  try {
    return normalizeFeed(parseFeedText(text), { feedUrl: FEED_URL });
  } catch (e) {
    if (isFeedError(e)) return 'feed-error';
    throw e;
  }
}

function checkModel(model: FeedModel) {
  const slugs = new Set<string>();
  for (const a of model.articles) {
    expect(typeof a.id).toBe('string');
    expect(a.id.length).toBeGreaterThan(0);
    expect(a.slug).toMatch(/\S/);
    expect(slugs.has(a.slug)).toBe(false);
    slugs.add(a.slug);
    expect(typeof a.title).toBe('string');
    expect(a.title.trim().length).toBeGreaterThan(0);
    for (const s of a.authorSlugs) expect(model.authors.some((au) => au.slug === s)).toBe(true);
    for (const t of a.tagSlugs) expect(model.tags.some((tag) => tag.slug === t)).toBe(true);
  }
  expect(typeof model.meta.title).toBe('string');
}

/** Any JSON value, or a value of a surprising type, for any field. */
const weird = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', ' ', 0, -1, 1e308, true, [], {}, [null], '2023-02-30T10:00:00Z', 'javascript:alert(1)', '//cdn.example/x.png', '\u202Eevil', '\uFEFF'),
);

const itemKeys = ['id', 'url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'image', 'banner_image', 'date_published', 'date_modified', 'author', 'authors', 'tags', 'language', 'attachments', '_broadsheet'] as const;
const feedKeys = ['title', 'home_page_url', 'feed_url', 'description', 'icon', 'favicon', 'language', 'author', 'authors', 'next_url', 'expired', 'hubs', '_broadsheet'] as const;

describe('property: the parser and normalizer never throw anything but FeedError', () => {
  test('random JSON documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const result = read(JSON.stringify(value));
        if (result !== 'feed-error') checkModel(result);
      }),
      { numRuns: 400 },
    );
  });

  test('random text, including truncated JSON', () => {
    const text = JSON.stringify(sample);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer({ min: 0, max: text.length }).map((n) => text.slice(0, n))), (t) => {
        const result = read(t);
        if (result !== 'feed-error') checkModel(result);
      }),
      { numRuns: 300 },
    );
  });

  test('real-shaped feeds with fields replaced by values of any type', () => {
    const items = sample.items.slice(0, 6);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: items.length - 1 }), fc.constantFrom(...itemKeys), weird), { maxLength: 12 }),
        fc.array(fc.tuple(fc.constantFrom(...feedKeys), weird), { maxLength: 4 }),
        fc.array(fc.nat({ max: items.length - 1 }), { maxLength: 3 }),
        (itemEdits, feedEdits, duplicates) => {
          const feed: Record<string, unknown> = { ...sample, items: items.map((i) => ({ ...i })) };
          const list = feed.items as Record<string, unknown>[];
          for (const [i, key, value] of itemEdits) {
            const item = list[i];
            if (item) item[key] = value;
          }
          for (const [key, value] of feedEdits) feed[key] = value;
          for (const d of duplicates) list.push({ ...list[d] });
          const result = read(JSON.stringify(feed));
          // With "version" and "items" intact, the document is a feed: it must never be rejected whole.
          expect(result).not.toBe('feed-error');
          if (result !== 'feed-error') checkModel(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('null, missing or mistyped items are skipped and counted, never fatal', () => {
    fc.assert(
      fc.property(fc.array(weird, { maxLength: 10 }), (junk) => {
        const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [...junk, { id: 'ok', content_text: 'Fine item' }] };
        const result = read(JSON.stringify(feed));
        expect(result).not.toBe('feed-error');
        if (result === 'feed-error') return;
        checkModel(result);
        expect(result.articles.some((a) => a.id === 'ok')).toBe(true);
        expect(result.articles.length + result.skipped.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
