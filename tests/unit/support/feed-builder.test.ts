import { describe, expect, test } from 'vitest';
import { feed, serveFeed } from './feed-builder';

// The builder the view and session tests lean on: what it writes is what they say it writes.

describe('the feed builder', () => {
  test('items in the order added are the model newest first; each gets an id, a link, a date and a body', () => {
    const f = feed('The Test Gazette').article({ title: 'First' }).article({ title: 'Second' }).articles(2);
    const json = f.json() as { version: string; title: string; items: Record<string, unknown>[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.title).toBe('The Test Gazette');
    expect(json.items.map((i) => i.id)).toEqual(['item-1', 'item-2', 'item-3', 'item-4']);
    for (const item of json.items) expect(item).toMatchObject({ url: expect.any(String), date_published: expect.any(String), content_html: expect.any(String) });
    const m = f.model();
    expect(m.articles.map((a) => a.title)).toEqual(['First', 'Second', 'Story number 3', 'Story number 4']);
    expect(m.skipped).toEqual([]);
  });

  test('`null` leaves a default out: an undated item, an item without a link', () => {
    const item = (feed().article({ date: null, url: null }).json().items as Record<string, unknown>[])[0];
    expect(item).not.toHaveProperty('date_published');
    expect(item).not.toHaveProperty('url');
  });

  test('_broadsheet fields and profiles reach the model', () => {
    const f = feed()
      .profile({ id: 'ana', name: 'Ana Ruiz', role: 'Editor' })
      .article({ title: 'A', image: 'https://news.example/a.jpg', _broadsheet: { author_ids: ['ana'], image_alt: 'The quay', section: 'Harbour', related: ['item-2'] } })
      .article({ title: 'B' });
    const a = f.find('A');
    expect(a).toMatchObject({ section: 'Harbour', relatedIds: ['item-2'], image: { src: 'https://news.example/a.jpg', alt: 'The quay' } });
    expect(f.model().authors.find((x) => x.slug === a.authorSlugs[0])).toMatchObject({ name: 'Ana Ruiz', role: 'Editor', profileId: 'ana' });
  });

  test('next pages are numbered across the feed, linked by next_url, and served by path', async () => {
    const f = feed()
      .article({ title: 'One' })
      .nextPage((p) => p.article({ title: 'Two' }).nextPage((q) => q.article({ title: 'Three' })));
    expect(f.pages().map((p) => p.path)).toEqual(['/feed.json', '/feed-2.json', '/feed-3.json']);
    expect(f.pages().map((p) => p.json().next_url)).toEqual(['/feed-2.json', '/feed-3.json', undefined]);
    expect(f.model().articles.map((a) => a.title)).toEqual(['One']);
    expect(f.model({ allPages: true }).articles.map((a) => a.title)).toEqual(['One', 'Two', 'Three']);
    expect(f.pathOf('Three')).toBe(`/articles/${f.find('Three').slug}`);
    const net = serveFeed(f.bodies());
    expect(((await (await net.fetch('/feed-3.json')).json()) as { items: { title: string }[] }).items[0]?.title).toBe('Three');
    expect((await net.fetch('/feed-4.json')).status).toBe(404);
    expect(net.requests).toEqual(['/feed-3.json', '/feed-4.json']);
  });
});
