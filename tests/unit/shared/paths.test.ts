import { describe, expect, test } from 'vitest';
import { paths, wellFormed } from '../../../src/shared/paths';

// Link building is total over any string: a lone UTF-16 surrogate (half an emoji, cut by a feed's
// truncation) would make encodeURIComponent throw URIError and take down every page listing the item.

const HIGH = '\uD83D'; // the first half of 😀 with no second half
const LOW = '\uDE00'; // the second half with no first

describe('paths with lone surrogates', () => {
  test('encodeURIComponent itself throws on them (what the link builders must survive)', () => {
    expect(() => encodeURIComponent(`a${HIGH}b`)).toThrow(URIError);
  });

  test('every builder returns a link, the lone half replaced by U+FFFD', () => {
    expect(paths.article(`slug-${HIGH}`)).toBe('/articles/slug-%EF%BF%BD');
    expect(paths.related(`${LOW}x`)).toBe('/articles/%EF%BF%BDx/related');
    expect(paths.paragraph(`a${HIGH}`, 3)).toBe('/articles/a%EF%BF%BD#p-3');
    expect(paths.author(`ana${LOW}`)).toBe('/authors/ana%EF%BF%BD');
    expect(paths.tag(`${HIGH}${HIGH}tag`)).toBe('/tags/%EF%BF%BD%EF%BF%BDtag');
    expect(paths.search(`q${LOW}${HIGH}`)).toBe('/search?q=q%EF%BF%BD%EF%BF%BD');
  });

  test('whole pairs, and strings without surrogates, are untouched', () => {
    expect(wellFormed('smile 😀 ok')).toBe('smile 😀 ok');
    expect(paths.tag('😀')).toBe(`/tags/${encodeURIComponent('😀')}`);
    expect(paths.article('plain-slug')).toBe('/articles/plain-slug');
  });

  test('the fallback used where String.prototype.toWellFormed is missing gives the same result', () => {
    const proto = String.prototype as { toWellFormed?: () => string };
    const native = proto.toWellFormed;
    delete proto.toWellFormed;
    try {
      expect(wellFormed(`a${HIGH}b${LOW}c😀${LOW}${HIGH}`)).toBe('a\uFFFDb\uFFFDc😀\uFFFD\uFFFD');
    } finally {
      if (native) proto.toWellFormed = native;
    }
  });
});
