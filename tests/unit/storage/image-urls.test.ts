import { describe, expect, test } from 'vitest';
import { collectImageUrls } from '../../../src/storage/image-urls';
import { author, makeArticle } from './helpers';

// What saving an article caches: every image the article can show, whichever size the browser picks offline.

describe('collectImageUrls', () => {
  test('lists every srcset size of the hero, then the banner, body images (src and srcset) and avatars, once each', () => {
    const article = makeArticle(1, {
      image: {
        src: 'https://example.test/images/hero.jpg',
        alt: '',
        width: 1200,
        srcset: [
          { src: 'https://example.test/images/hero-480.jpg', width: 480 },
          { src: 'https://example.test/images/hero-800.jpg', width: 800 },
          { src: 'https://example.test/images/hero.jpg', width: 1200 },
        ],
      },
      bannerImage: 'https://example.test/images/banner.jpg',
      contentHtml: '<p>x</p><img src="fig.jpg" srcset="fig-480.jpg 480w, /images/hero-800.jpg 800w" alt="">',
    });
    expect(collectImageUrls(article, [author])).toEqual([
      'https://example.test/images/hero.jpg',
      'https://example.test/images/hero-480.jpg',
      'https://example.test/images/hero-800.jpg',
      'https://example.test/images/banner.jpg',
      'https://example.test/articles/fig.jpg',
      'https://example.test/articles/fig-480.jpg',
      'https://example.test/avatars/ana.jpg',
    ]);
  });

  test('a hero with no srcset (or one stored by an older version) is its src alone', () => {
    const article = makeArticle(2, { contentHtml: undefined });
    expect(collectImageUrls(article, [])).toEqual(['https://example.test/images/hero-2.jpg']);
  });
});
