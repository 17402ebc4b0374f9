import { describe, expect, it } from 'vitest';
import { articleSlugBase, assignSlugs, hashId, MAX_SLUG_BYTES, slugify } from '../../../src/feed/slugs';
import { model } from './helpers';

describe('slugify', () => {
  it.each([
    ['Hello, World!', 'hello-world'],
    ['  Café  Crème ', 'cafe-creme'],
    ["Don't panic", 'dont-panic'],
    ['اقتصاد الخليج', 'اقتصاد-الخليج'],
    ['東京 2024', '東京-2024'],
    ['Привет мир', 'привет-мир'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार'],
    ['---', ''],
  ])('%j -> %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('keeps only the first words when asked', () => {
    expect(slugify('one two three four five', 3)).toBe('one-two-three');
  });

  it('caps very long slugs at a word boundary', () => {
    const s = slugify('word '.repeat(100));
    expect(s).toBe(Array.from({ length: 20 }, () => 'word').join('-'));
    expect(s.length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(s.endsWith('-')).toBe(false);
  });
});

describe('hashId', () => {
  it('is short, stable and different for different ids', () => {
    expect(hashId('abc')).toMatch(/^[0-9a-z]{6}$/);
    expect(hashId('abc')).toBe(hashId('abc'));
    expect(hashId('abc')).not.toBe(hashId('abd'));
    expect(hashId('https://example.com/1')).not.toBe(hashId('https://example.com/2'));
  });
});

describe('articleSlugBase', () => {
  it.each([
    [{ id: '1', url: 'https://x.example/2024/03/budget-passes.html', title: 'T' }, 'budget-passes'],
    [{ id: '1', url: 'https://x.example/news/budget-passes/', title: 'T' }, 'budget-passes'],
    [{ id: '1', url: 'https://x.example/news/budget-passes/index.html', title: 'T' }, 'budget-passes'],
    [{ id: '1', url: 'https://x.example/news/%C3%A9lection-2024', title: 'T' }, 'election-2024'],
    [{ id: '1', url: 'https://x.example/ar/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF', title: 'T' }, 'اقتصاد'],
  ])('uses the url path: %j', (item, expected) => {
    expect(articleSlugBase(item)).toBe(expected);
  });

  it('falls back to the first 8 title words plus a hash of the id', () => {
    const item = { id: 'urn:x:42', title: 'One two three four five six seven eight nine ten' };
    expect(articleSlugBase(item)).toBe(`one-two-three-four-five-six-seven-eight-${hashId('urn:x:42')}`);
    expect(articleSlugBase({ id: 'z', url: 'https://x.example/', title: 'Root Story' })).toBe(`root-story-${hashId('z')}`);
    expect(articleSlugBase({ id: 'z', title: '!!!' })).toBe(`article-${hashId('z')}`);
  });
});

describe('assignSlugs and slugs in the model', () => {
  const story = (id: string, url: string | undefined, date: string | undefined, title = `Story ${id}`) => ({
    id,
    title,
    content_text: 'x',
    ...(url ? { url } : {}),
    ...(date ? { date_published: date } : {}),
  });

  it('gives every article a unique slug', () => {
    const m = model([
      story('1', 'https://x.example/a/update', '2024-01-03T00:00:00Z'),
      story('2', 'https://x.example/b/update', '2024-01-02T00:00:00Z'),
      story('3', 'https://x.example/c/update', '2024-01-01T00:00:00Z'),
      story('4', undefined, undefined, 'Same title'),
      story('5', undefined, undefined, 'Same title'),
    ]);
    const slugs = m.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(5);
    // The oldest of the colliding ones keeps the bare slug; the others get the id hash.
    expect(m.articles.find((a) => a.id === '3')?.slug).toBe('update');
    expect(m.articles.find((a) => a.id === '1')?.slug).toBe(`update-${hashId('1')}`);
    expect(m.articles.find((a) => a.id === '2')?.slug).toBe(`update-${hashId('2')}`);
    expect(m.articles.find((a) => a.id === '4')?.slug).toBe(`same-title-${hashId('4')}`);
  });

  it('is stable across refreshes: new items never change existing slugs', () => {
    const before = [
      story('a', 'https://x.example/news/update', '2024-01-01T00:00:00Z'),
      story('b', 'https://x.example/news/budget', '2024-01-02T00:00:00Z'),
      story('c', undefined, '2024-01-03T00:00:00Z', 'Talks resume'),
      story('d', 'https://x.example/news/undated-post', undefined),
    ];
    const after = [
      story('e', 'https://x.example/other/update', '2024-02-01T00:00:00Z'),
      story('f', 'https://x.example/news/budget.html', '2024-02-02T00:00:00Z'),
      story('g', undefined, '2024-02-03T00:00:00Z', 'Talks resume'),
      story('h', 'https://x.example/news2/undated-post', undefined),
      ...before,
    ];
    const slugsOf = (items: unknown[]) => new Map(model(items).articles.map((a) => [a.id, a.slug]));
    const s1 = slugsOf(before);
    const s2 = slugsOf(after);
    for (const [id, slug] of s1) expect(s2.get(id)).toBe(slug);
    expect(new Set(s2.values()).size).toBe(8);
    // Reordering the feed alone changes nothing either.
    expect(slugsOf([...before].reverse())).toEqual(s1);
  });

  it('gives a bare-slug owner its hashed form as an alias, so old links survive', () => {
    const m = model([story('a', 'https://x.example/news/update', '2024-01-01T00:00:00Z')]);
    expect(m.articles[0]?.aliases).toEqual([`update-${hashId('a')}`]);
    // When the old owner leaves the feed, the former runner-up takes the bare slug and its old link is an alias.
    const both = model([
      story('b', 'https://x.example/x/update', '2024-02-01T00:00:00Z'),
      story('a', 'https://x.example/news/update', '2024-01-01T00:00:00Z'),
    ]);
    const oldSlugOfB = both.articles.find((a) => a.id === 'b')?.slug;
    const later = model([story('b', 'https://x.example/x/update', '2024-02-01T00:00:00Z')]);
    expect(later.articles[0]?.slug).toBe('update');
    expect(later.articles[0]?.aliases).toContain(oldSlugOfB);
  });

  it('assignSlugs returns one entry per item', () => {
    const out = assignSlugs([
      { id: '1', title: 'A', order: 0 },
      { id: '2', title: 'A', order: 1 },
    ]);
    expect(out.size).toBe(2);
    expect(out.get('1')?.slug).not.toBe(out.get('2')?.slug);
  });
});

describe('without Intl.Segmenter (older engines)', () => {
  it('a long title is cut within the bound, between whole characters, as with it when no marks combine', () => {
    const title = `${'港口城市的新码头工程'.repeat(6)} 𝒳𝒴𝒵`.repeat(2);
    const withSegmenter = slugify(title);
    const own = Object.getOwnPropertyDescriptor(Intl, 'Segmenter');
    delete (Intl as { Segmenter?: unknown }).Segmenter;
    try {
      expect('Segmenter' in Intl).toBe(false);
      const slug = slugify(title);
      expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
      expect(slug).not.toMatch(/[\uD800-\uDFFF]/u); // with /u, only a lone surrogate matches
      expect(slug).toBe(withSegmenter);
    } finally {
      if (own) Object.defineProperty(Intl, 'Segmenter', own);
    }
  });
});
