import type { Article, Author } from '../../../src/shared/model';
import { closeDb, DB_NAME } from '../../../src/storage/db';

/** A complete article for storage tests. */
export function makeArticle(n: number, over: Partial<Article> = {}): Article {
  return {
    id: `id-${n}`,
    slug: `article-${n}`,
    aliases: [],
    title: `Article ${n}`,
    titleDerived: false,
    contentHtml: `<p>Body ${n}</p><img src="/images/body-${n}.jpg" alt="">`,
    plainText: `Body ${n}`,
    image: { src: `https://example.test/images/hero-${n}.jpg`, alt: '' },
    authorSlugs: ['ana'],
    tagSlugs: ['harbour'],
    dir: 'ltr',
    attachments: [],
    relatedIds: [],
    wordCount: 2,
    readingMinutes: 1,
    baseUrl: 'https://example.test/articles/',
    ...over,
  };
}

export const author: Author = { slug: 'ana', name: 'Ana Ruiz', avatar: 'https://example.test/avatars/ana.jpg', links: [] };

/** Closes the app's connection and deletes the database, so each test starts from nothing. */
export async function resetDb(): Promise<void> {
  await closeDb();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}
