import { describe, expect, test } from 'vitest';
import { savedAsFeed } from '../../../src/reading/saved-model';
import type { Author, FeedMeta } from '../../../src/shared/model';
import type { SavedArticle } from '../../../src/storage/db';
import { makeArticle } from '../storage/helpers';

// The reading list read as a feed: what the views show when the feed no longer has (or cannot reach) an article.

const ana: Author = { slug: 'ana', name: 'Ana Ruiz', links: [] };
const ben: Author = { slug: 'ben', name: 'Ben Ode', role: 'Sub-editor', links: [] };

function entry(n: number, authors: Author[], tagSlugs: string[], tags?: SavedArticle['tags']): SavedArticle {
  return { id: `id-${n}`, article: makeArticle(n, { authorSlugs: authors.map((a) => a.slug), tagSlugs }), authors, tags, savedAt: n, imageUrls: [], imagesCached: false };
}

describe('savedAsFeed', () => {
  test('the articles in the order given, each author once (as first met), and nothing skipped', () => {
    const benAgain: Author = { ...ben, role: 'Editor' };
    const m = savedAsFeed([entry(3, [ana, ben], []), entry(1, [benAgain], []), entry(2, [ana], [])]);
    expect(m.articles.map((a) => a.id)).toEqual(['id-3', 'id-1', 'id-2']);
    expect(m.authors).toEqual([ana, ben]);
    expect(m.skipped).toEqual([]);
  });

  test('tags counted over every saved article, named as saved, else by their slug', () => {
    const m = savedAsFeed([
      entry(1, [ana], ['harbour', 'ferries'], [{ slug: 'harbour', name: 'Harbour', count: 9 }]),
      entry(2, [ana], ['harbour'], [{ slug: 'harbour', name: 'The Harbour', count: 4 }]),
      entry(3, [ana], ['ferries', 'night-buses']),
    ]);
    expect(m.tags).toEqual([
      { slug: 'harbour', name: 'Harbour', count: 2 },
      { slug: 'ferries', name: 'ferries', count: 2 },
      { slug: 'night-buses', name: 'night-buses', count: 1 },
    ]);
  });

  test('a tag named only by a later entry takes that name; a name once given stays', () => {
    const named = [{ slug: 'ferries', name: 'Ferries', count: 1 }];
    expect(savedAsFeed([entry(1, [ana], ['ferries']), entry(2, [ana], ['ferries'], named)]).tags).toEqual([{ slug: 'ferries', name: 'Ferries', count: 2 }]);
    expect(savedAsFeed([entry(1, [ana], ['ferries'], named), entry(2, [ana], ['ferries'])]).tags).toEqual([{ slug: 'ferries', name: 'Ferries', count: 2 }]);
  });

  test("the feed's details when given, else a plain Broadsheet feed", () => {
    const meta: FeedMeta = { title: 'The Test Gazette', version: 'https://jsonfeed.org/version/1.1', expired: false, homePageUrl: 'https://news.example/' };
    expect(savedAsFeed([], meta).meta).toBe(meta);
    expect(savedAsFeed([])).toEqual({ meta: { title: 'Broadsheet', version: 'https://jsonfeed.org/version/1.1', expired: false }, articles: [], authors: [], tags: [], skipped: [] });
  });
});
