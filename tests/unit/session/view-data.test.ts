import { describe, expect, test } from 'vitest';
import { indexFeed } from '../../../src/session/feed-index';
import { articleVersion, bodylessArticle, cardArticle, cardAuthor, cardOf, homeModel, isCardArticle, shortHash } from '../../../src/session/view-data';
import { feed } from '../support/feed-builder';

// What loaders hand their views (and what a prerendered page carries): sized to the view, bodies left out.

const rich = () =>
  feed()
    .profile({ id: 'ana', name: 'Ana Ruiz', role: 'Harbour correspondent', bio_html: '<p>Ana covers the port.</p>' })
    .article({
      id: 'a1',
      title: 'Tram approved',
      url: 'https://news.example/articles/tram',
      external_url: 'https://council.example/minutes',
      summary: 'By four votes.',
      content_html: '<p>The line was approved.</p>',
      image: 'https://news.example/img/tram.jpg',
      tags: ['Transport', 'Council'],
      authors: ['Ben Ode'],
      attachments: [{ url: 'https://news.example/audio/tram.mp3', mime_type: 'audio/mpeg' }],
      _broadsheet: {
        author_ids: ['ana'],
        image_alt: 'A tram on the quay',
        image_caption: 'The first tram, in 1902',
        image_credit: 'Harbour archive',
        image_width: 1600,
        image_height: 900,
        image_srcset: [{ url: 'https://news.example/img/tram-800.jpg', width: 800 }],
        related: ['a2'],
        section: 'Transport',
      },
    })
    .article({ id: 'a2', title: 'Ferry changes', tags: ['Ferries'], authors: ['Cy Lund'] });

describe('bodylessArticle and cardArticle', () => {
  test('an article page carries everything but the body', () => {
    const a = rich().find('Tram approved');
    const bodyless = bodylessArticle(a);
    expect(bodyless.contentHtml).toBeUndefined();
    expect(bodyless.contentText).toBeUndefined();
    expect(bodyless.plainText).toBe('');
    expect(bodyless).toMatchObject({ url: a.url, externalUrl: a.externalUrl, attachments: a.attachments, relatedIds: ['a2'], image: a.image, baseUrl: a.baseUrl });
    expect(a.contentHtml).toBe('<p>The line was approved.</p>'); // the model is left as it was
  });

  test("a card keeps what a card shows, and the image's sizes, but none of the image's words", () => {
    const a = rich().find('Tram approved');
    const card = cardArticle(a);
    expect(card).toMatchObject({ id: 'a1', slug: a.slug, title: 'Tram approved', summary: 'By four votes.', section: 'Transport', tagSlugs: a.tagSlugs, authorSlugs: a.authorSlugs, datePublished: a.datePublished, readingMinutes: a.readingMinutes });
    expect(card.image).toEqual({ src: 'https://news.example/img/tram.jpg', alt: '', width: 1600, height: 900, srcset: a.image?.srcset });
    expect(card).toMatchObject({ aliases: [], baseUrl: '', relatedIds: [], attachments: [], plainText: '' });
    expect(card.url).toBeUndefined();
    expect(card.externalUrl).toBeUndefined();
    expect(card.contentHtml).toBeUndefined();
    expect(a.image?.alt).toBe('A tram on the quay');
  });

  test('a card of an article without an image has none', () => {
    expect(cardArticle(rich().find('Ferry changes')).image).toBeUndefined();
  });

  test('isCardArticle tells a trimmed article from a whole one', () => {
    const a = rich().find('Tram approved');
    expect(isCardArticle(a)).toBe(false);
    expect(isCardArticle(cardArticle(a))).toBe(true);
    expect(isCardArticle(bodylessArticle(a))).toBe(true);
    expect(isCardArticle({ ...cardArticle(a), contentText: 'text' })).toBe(false);
    expect(isCardArticle({ ...cardArticle(a), plainText: 'text' })).toBe(false);
  });
});

describe('cardOf', () => {
  test('the card, its authors in byline order without their bios, and its tags', () => {
    const m = rich().model();
    const index = indexFeed(m);
    const a = rich().find('Tram approved');
    const card = cardOf(index, index.articleById.get('a1') ?? a);
    expect(isCardArticle(card.article)).toBe(true);
    expect(card.authors.map((x) => x.name)).toEqual(['Ana Ruiz']);
    expect(card.authors[0]?.role).toBe('Harbour correspondent');
    expect(card.authors[0]?.bioHtml).toBeUndefined();
    expect(card.tags.map((t) => t.name)).toEqual(['Transport', 'Council']);
    expect(card).not.toHaveProperty('reasons');
    expect(cardOf(index, a, ['Also tagged Transport']).reasons).toEqual(['Also tagged Transport']);
  });

  test('cardAuthor leaves only the bio out', () => {
    const ana = rich().model().authors.find((x) => x.name === 'Ana Ruiz');
    if (!ana) throw new Error('no Ana');
    const { bioHtml, ...rest } = ana;
    expect(bioHtml).toBe('<p>Ana covers the port.</p>');
    expect(cardAuthor(ana)).toEqual(rest);
  });
});

describe('homeModel', () => {
  const long = () => feed().articles(30, (i) => ({ id: `s${i}`, authors: [`Author ${i}`], tags: [`Tag ${i}`] }));

  test('the first articles as cards, with only the authors and tags they name; truncated says there are more', () => {
    const m = long().model();
    const { model, truncated } = homeModel(m, 5);
    expect(truncated).toBe(true);
    expect(model.articles.map((a) => a.id)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(model.articles.every(isCardArticle)).toBe(true);
    expect(model.authors.map((a) => a.name).sort()).toEqual(['Author 0', 'Author 1', 'Author 2', 'Author 3', 'Author 4']);
    expect(model.tags.map((t) => t.name).sort()).toEqual(['Tag 0', 'Tag 1', 'Tag 2', 'Tag 3', 'Tag 4']);
    expect(model.meta).toBe(m.meta);
  });

  test('25 articles by default; a feed that fits is not truncated, and its notes on skipped items come along', () => {
    const f = long();
    expect(homeModel(f.model()).model.articles).toHaveLength(25);
    expect(homeModel(f.model()).truncated).toBe(true);
    const short = feed().articles(3).article({ raw: { id: 'item-1' } }).model();
    expect(short.skipped).toHaveLength(1);
    const home = homeModel(short);
    expect(home.truncated).toBe(false);
    expect(home.model.articles).toHaveLength(3);
    expect(home.model.skipped).toEqual(short.skipped);
    expect(homeModel(feed().articles(25).model()).truncated).toBe(false);
  });

  test("an author's bio is left out of home", () => {
    const { model } = homeModel(rich().model());
    expect(model.authors.find((a) => a.name === 'Ana Ruiz')?.bioHtml).toBeUndefined();
  });
});

describe('articleVersion', () => {
  test('changes when the title, the date of change or the body does, not when tags do', () => {
    const base = rich().find('Tram approved');
    const v = articleVersion(base);
    expect(articleVersion({ ...base })).toBe(v);
    expect(articleVersion({ ...base, title: 'Tram approved at last' })).not.toBe(v);
    expect(articleVersion({ ...base, dateModified: '2026-11-28T10:00:00.000Z' })).not.toBe(v);
    expect(articleVersion({ ...base, contentHtml: '<p>The line was approved, narrowly.</p>' })).not.toBe(v);
    expect(articleVersion({ ...base, summary: 'By five votes.' })).not.toBe(v);
    expect(articleVersion({ ...base, tagSlugs: ['other'] })).toBe(v);
  });

  test('shortHash tells texts apart, and says how long they were', () => {
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).not.toBe(shortHash('abd'));
    expect(shortHash('')).toMatch(/^0-/);
    expect(shortHash('x'.repeat(36))).toMatch(/^10-/);
  });
});
