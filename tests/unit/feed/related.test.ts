import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/model';
import { createRelatedIndex, relatedPosts, tokenize } from '../../../src/feed/related';

let n = 0;
function art(fields: Partial<Article> & { id: string }): Article {
  n++;
  return {
    slug: fields.id,
    aliases: [],
    title: `Headline${n}`,
    titleDerived: false,
    plainText: '',
    authorSlugs: [],
    tagSlugs: [],
    dir: 'ltr',
    attachments: [],
    relatedIds: [],
    wordCount: 0,
    readingMinutes: 1,
    baseUrl: 'https://x.example/',
    ...fields,
  };
}

describe('relatedPosts', () => {
  it("puts the publisher's list first, in order, ignoring unknown ids and the article itself", () => {
    const a = art({ id: 'a', relatedIds: ['c', 'zzz', 'a', 'b'], tagSlugs: ['t'] });
    const b = art({ id: 'b' });
    const c = art({ id: 'c' });
    const d = art({ id: 'd', tagSlugs: ['t'] });
    const out = relatedPosts(a, [a, b, c, d]);
    expect(out.map((p) => p.article.id)).toEqual(['c', 'b', 'd']);
    expect(out[0]?.reasons).toEqual(['Chosen by the editors']);
    expect(out[2]?.reasons).toEqual(['Also tagged T']);
  });

  it('ranks a shared rare tag above a shared common tag', () => {
    const a = art({ id: 'a', tagSlugs: ['common', 'rare'] });
    const commonOnly = art({ id: 'common-only', tagSlugs: ['common'], datePublished: '2024-05-01T00:00:00Z' });
    const rareOnly = art({ id: 'rare-only', tagSlugs: ['rare'], datePublished: '2020-01-01T00:00:00Z' });
    const fillers = Array.from({ length: 10 }, (_, i) => art({ id: `f${i}`, tagSlugs: ['common'] }));
    const out = relatedPosts(a, [a, commonOnly, rareOnly, ...fillers], { limit: 3 });
    expect(out[0]?.article.id).toBe('rare-only');
    expect(out[0]?.score).toBeGreaterThan(out[1]?.score ?? Infinity);
  });

  it('counts the same author, with a reason naming them', () => {
    const a = art({ id: 'a', authorSlugs: ['ana-ruiz'] });
    const same = art({ id: 'same', authorSlugs: ['ana-ruiz'] });
    const other = art({ id: 'other', authorSlugs: ['ben'] });
    const authors = new Map([['ana-ruiz', { name: 'Ana Ruiz' }]]);
    const out = relatedPosts(a, [a, same, other], { authorsBySlug: authors });
    expect(out.map((p) => p.article.id)).toEqual(['same']);
    expect(out[0]?.reasons).toEqual(['Also by Ana Ruiz']);
  });

  it('uses tag display names when given', () => {
    const a = art({ id: 'a', tagSlugs: ['eu-sanctions'] });
    const b = art({ id: 'b', tagSlugs: ['eu-sanctions'] });
    const tags = new Map([['eu-sanctions', { name: 'EU Sanctions' }]]);
    expect(relatedPosts(a, [a, b], { tagsBySlug: tags })[0]?.reasons).toEqual(['Also tagged EU Sanctions']);
    expect(relatedPosts(a, [a, b])[0]?.reasons).toEqual(['Also tagged Eu Sanctions']);
  });

  it('finds similar titles and summaries without shared tags', () => {
    const a = art({ id: 'a', title: 'Central bank raises interest rates again', summary: 'Inflation stays high.' });
    const similar = art({ id: 'sim', title: 'Why the central bank keeps raising interest rates', summary: 'Inflation explained.' });
    const unrelated = art({ id: 'un', title: 'Local team wins the cup final', summary: 'A late goal.' });
    const out = relatedPosts(a, [a, similar, unrelated]);
    expect(out.map((p) => p.article.id)).toEqual(['sim']);
    expect(out[0]?.reasons).toEqual(['Similar topic']);
  });

  it('breaks ties newest first, undated last', () => {
    const a = art({ id: 'a', tagSlugs: ['t'] });
    const old = art({ id: 'old', tagSlugs: ['t'], datePublished: '2020-01-01T00:00:00Z' });
    const undated = art({ id: 'undated', tagSlugs: ['t'] });
    const recent = art({ id: 'recent', tagSlugs: ['t'], datePublished: '2024-01-01T00:00:00Z' });
    const out = relatedPosts(a, [a, undated, old, recent]);
    expect(out.map((p) => p.article.id)).toEqual(['recent', 'old', 'undated']);
  });

  it('never returns the article itself and respects the limit', () => {
    const a = art({ id: 'a', tagSlugs: ['t'] });
    const all = [a, ...Array.from({ length: 20 }, (_, i) => art({ id: `x${i}`, tagSlugs: ['t'] }))];
    const out = relatedPosts(a, all, { limit: 4 });
    expect(out).toHaveLength(4);
    expect(out.some((p) => p.article.id === 'a')).toBe(false);
    expect(relatedPosts(a, all).length).toBe(6);
  });

  // How fast is `npm run bench`'s to say, never a timed assertion: CI's machine is shared and busy.
  it('answers from a built index for 10,000 articles exactly what it computes without one', () => {
    const tags = Array.from({ length: 300 }, (_, i) => `tag-${i}`);
    const words = 'market election climate bank court health energy transport school trade police water housing budget'.split(' ');
    const all = Array.from({ length: 10_000 }, (_, i) =>
      art({
        id: `id${i}`,
        title: `${words[i % words.length] ?? ''} ${words[(i * 7) % words.length] ?? ''} report number ${i}`,
        summary: `${words[(i * 3) % words.length] ?? ''} news and ${words[(i * 5) % words.length] ?? ''} analysis`,
        tagSlugs: [tags[i % 300] ?? '', tags[(i * 13) % 300] ?? '', 'news'],
        authorSlugs: [`author-${i % 50}`],
        datePublished: new Date(Date.UTC(2024, 0, 1) - i * 3_600_000).toISOString(),
      }),
    );
    const index = createRelatedIndex(all);
    const ids = (posts: ReturnType<typeof relatedPosts>) => posts.map((p) => p.article.id);
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const article = all[i * 37] as Article;
      const fromIndex = relatedPosts(article, all, { index });
      expect(ids(fromIndex)).toEqual(ids(relatedPosts(article, all)));
      total += fromIndex.length;
    }
    expect(total).toBe(120);
  });
});

describe('tokenize', () => {
  it('lowercases, drops stop words, and makes CJK bigrams', () => {
    expect(tokenize('The Bank of England and the Euro')).toEqual(['bank', 'england', 'euro']);
    expect(tokenize('東京都')).toEqual(['東京', '京都']);
  });
});
