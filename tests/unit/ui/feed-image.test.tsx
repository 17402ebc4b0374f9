import { fireEvent, render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ArticleImage } from '../../../src/shared/model';
import { FeedImage } from '../../../src/ui/feed-image';

const hero: ArticleImage = { src: 'https://example.test/hero.jpg', alt: 'A tram', width: 1200, height: 675 };
const img = (container: HTMLElement) => {
  const el = container.querySelector('img');
  if (!el) throw new Error('no <img>');
  return el;
};

describe('FeedImage', () => {
  test('offers the srcset sizes with w descriptors and the given sizes; size, lazy loading and priority stay', () => {
    const srcset = [
      { src: 'https://example.test/hero-480.jpg', width: 480 },
      { src: 'https://example.test/hero.jpg', width: 1200 },
    ];
    const lazy = img(render(<FeedImage image={{ ...hero, srcset }} sizes="(min-width: 760px) 736px, 100vw" />).container);
    expect(lazy.getAttribute('srcset')).toBe('https://example.test/hero-480.jpg 480w, https://example.test/hero.jpg 1200w');
    expect(lazy.getAttribute('sizes')).toBe('(min-width: 760px) 736px, 100vw');
    expect(lazy.getAttribute('src')).toBe('https://example.test/hero.jpg');
    expect([lazy.getAttribute('width'), lazy.getAttribute('height'), lazy.getAttribute('loading')]).toEqual(['1200', '675', 'lazy']);
    expect(lazy.getAttribute('fetchpriority')).toBe('auto');
    const lead = img(render(<FeedImage image={{ ...hero, srcset }} priority sizes="100vw" />).container);
    expect([lead.getAttribute('loading'), lead.getAttribute('fetchpriority')]).toEqual(['eager', 'high']);
  });

  test('an image with no other sizes has no srcset and no sizes', () => {
    for (const image of [hero, { ...hero, srcset: [] }]) {
      const el = img(render(<FeedImage image={image} sizes="100vw" />).container);
      expect(el.hasAttribute('srcset')).toBe(false);
      expect(el.hasAttribute('sizes')).toBe(false);
    }
  });

  test('the box around the image holds its aspect ratio, and the stand-in for a failed image takes the same box', () => {
    const { container } = render(<FeedImage image={{ ...hero, width: 800, height: 600 }} />);
    const box = container.querySelector<HTMLElement>('.feed-image');
    expect(box?.style.aspectRatio).toBe('800 / 600');
    fireEvent.error(img(container));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.feed-image')).toBe(box);
    expect(box?.querySelector('.img-fallback')?.getAttribute('aria-label')).toBe('A tram');
    expect(box?.style.aspectRatio).toBe('800 / 600');
  });

  test('with no size from the feed, the box is 16:9', () => {
    const { container } = render(<FeedImage image={{ src: hero.src, alt: '' }} />);
    expect(container.querySelector<HTMLElement>('.feed-image')?.style.aspectRatio).toBe('1200 / 675');
  });
});
