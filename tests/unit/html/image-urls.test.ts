import { describe, expect, test } from 'vitest';
import { articleImageUrls } from '../../../src/reading/saved-images';
import { collectImageUrls, parseSrcset } from '../../../src/html/image-urls';
import { author, makeArticle } from '../storage/helpers';

// What saving an article caches: every image the article can show, whichever size the browser picks offline,
// and nothing it never shows.

describe('collectImageUrls', () => {
  test('lists every srcset size of the hero, then the banner, body images (src, srcset, picture sources, posters) and avatars, once each', () => {
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
    });
    const body =
      '<p>x</p><img src="https://example.test/articles/fig.jpg" srcset="https://example.test/articles/fig-480.jpg 480w, https://example.test/images/hero-800.jpg 800w" alt="">' +
      '<picture><source srcset="https://example.test/articles/wide.webp 1200w"><img src="https://example.test/articles/narrow.jpg"></picture><video poster="https://example.test/articles/poster.jpg"></video>';
    expect(collectImageUrls(article, [author], body)).toEqual([
      'https://example.test/images/hero.jpg',
      'https://example.test/images/hero-480.jpg',
      'https://example.test/images/hero-800.jpg',
      'https://example.test/images/banner.jpg',
      'https://example.test/articles/fig.jpg',
      'https://example.test/articles/fig-480.jpg',
      'https://example.test/articles/wide.webp',
      'https://example.test/articles/narrow.jpg',
      'https://example.test/articles/poster.jpg',
      'https://example.test/avatars/ana.jpg',
    ]);
  });

  test('a hero with no srcset (or one stored by an older version) is its src alone; no body given, no body image', () => {
    expect(collectImageUrls(makeArticle(2, { contentHtml: undefined }), [])).toEqual(['https://example.test/images/hero-2.jpg']);
    expect(collectImageUrls(makeArticle(3), [])).toEqual(['https://example.test/images/hero-3.jpg']);
  });

  test('credentials are stripped from every URL (fetch and Cache.match throw on them); other schemes are skipped', () => {
    const article = makeArticle(4, {
      image: { src: 'https://user:pass@example.test/images/hero.jpg', alt: '' },
      bannerImage: 'data:image/png;base64,AAAA',
    });
    expect(collectImageUrls(article, [{ ...author, avatar: 'https://u@example.test/a.jpg' }])).toEqual(['https://example.test/images/hero.jpg', 'https://example.test/a.jpg']);
  });
});

describe('articleImageUrls (what saving an article fetches)', () => {
  test('body images come from the sanitized body: none from markup the sanitizer drops', async () => {
    const article = makeArticle(5, {
      contentHtml:
        '<p>Shown</p><img src="shown.jpg" alt="">' +
        '<noscript><img src="noscript.jpg"></noscript><svg><image href="svg.jpg"/></svg><object data="o"><img src="object.jpg"></object>' +
        '<select><option><img src="select.jpg"></option></select><math><mi><img src="math.jpg"></mi></math><img src="https://user:pass@example.test/cred.jpg">',
    });
    expect(await articleImageUrls(article, [])).toEqual([
      'https://example.test/images/hero-5.jpg',
      'https://example.test/articles/shown.jpg',
      'https://example.test/cred.jpg',
    ]);
  });
});

describe('parseSrcset', () => {
  test('splits as the HTML standard does: commas inside a URL stay, trailing commas end it', () => {
    expect(parseSrcset(' a.jpg 480w,b.jpg  2x , https://cdn.example/w_480,c_fill/c.jpg 100w, d.jpg,, e.jpg (junk, more) 3x')).toEqual([
      { url: 'a.jpg', descriptor: '480w' },
      { url: 'b.jpg', descriptor: '2x' },
      { url: 'https://cdn.example/w_480,c_fill/c.jpg', descriptor: '100w' },
      { url: 'd.jpg' },
      { url: 'e.jpg', descriptor: '(junk, more) 3x' },
    ]);
    expect(parseSrcset('')).toEqual([]);
  });
});
