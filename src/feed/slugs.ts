/**
 * URL slugs for articles, authors and tags. Article slugs must be unique within a feed and stable
 * across refreshes: a link shared yesterday must open the same article today.
 */
import { fnv1a } from '../shared/hash';

/**
 * Longest slug `slugify` returns, in UTF-8 bytes (not characters: 90 CJK characters are 270 bytes).
 * A slug becomes a file name when the site is prerendered (`<slug>.html`, `<slug>/index.html`), and
 * common file systems allow 255 bytes per name (eCryptfs 143): the bound leaves room for the
 * `-<hash>` and `-2` suffixes that keep slugs unique, and for the extension.
 */
export const MAX_SLUG_BYTES = 100;

/**
 * Lowercase, URL-safe slug that keeps letters and digits of every script (Arabic, CJK, Cyrillic…);
 * Latin accents are folded (é -> e), other runs of characters become one hyphen.
 * `maxWords` keeps only the first words. Total over any string (a lone surrogate is a separator),
 * and at most MAX_SLUG_BYTES bytes of UTF-8, cut between whole characters, at a hyphen when one is near.
 */
export function slugify(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  return boundSlug(foldSlug(text, maxWords));
}

/** The words of `text` as a slug, not yet bounded in length. */
function foldSlug(text: string, maxWords: number): string {
  const folded = text
    .normalize('NFKD')
    // Only strip marks from Latin letters: in Devanagari, Arabic, Hebrew… marks are part of the word.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '');
  const words = folded.split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w !== '');
  return words.slice(0, maxWords).join('-');
}

function boundSlug(slug: string): string {
  return utf8Length(slug) > MAX_SLUG_BYTES ? cutSlug(slug, MAX_SLUG_BYTES) : slug;
}

/** Before slugs were bounded in bytes they were cut at 96 UTF-16 code units. */
const LEGACY_MAX_LENGTH = 96;

/**
 * The cut of the earlier versions, kept only to name the old slugs of long titles as aliases, so links
 * shared before the change still open the article (`undefined` when that cut split a surrogate pair:
 * such a link never worked).
 */
function legacyBound(slug: string): string | undefined {
  if (slug.length <= LEGACY_MAX_LENGTH) return slug;
  let out = slug.slice(0, LEGACY_MAX_LENGTH);
  const cut = out.lastIndexOf('-');
  if (cut > LEGACY_MAX_LENGTH / 2) out = out.slice(0, cut);
  out = out.replace(/-+$/, '');
  return /[\uD800-\uDBFF]$/.test(out) ? undefined : out;
}

/** UTF-8 length of a well-formed string, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The longest prefix of `slug` within `maxBytes` that ends between two user-perceived characters
 * (a Devanagari letter keeps its vowel sign), shortened to the last hyphen when that keeps more than
 * half, with no hyphen at either end.
 */
function cutSlug(slug: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const piece of graphemes(slug)) {
    const n = utf8Length(piece);
    if (bytes + n > maxBytes) break;
    out += piece;
    bytes += n;
  }
  const hyphen = out.lastIndexOf('-');
  if (hyphen > 0 && utf8Length(out.slice(0, hyphen)) > maxBytes / 2) out = out.slice(0, hyphen);
  return out.replace(/^-+|-+$/g, '');
}

/** Grapheme clusters where Intl.Segmenter exists (every current browser, Node), else code points. */
function graphemes(text: string): Iterable<string> {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
    return Array.from(segments, (s) => s.segment);
  }
  return Array.from(text);
}

/** Short stable hash of an item id: FNV-1a (32-bit) over its UTF-16 code units, 6 base36 chars. */
export function hashId(id: string): string {
  return (fnv1a(id) % 36 ** 6).toString(36).padStart(6, '0');
}

/**
 * A longer stable hash (two 32-bit FNV-1a passes with different offsets, 14 base36 chars): for ids
 * made up from an item's text, where a collision would merge two articles of a 10,000-item feed.
 */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    h2 = (h2 ^ (h2 >>> 15)) >>> 0; // decorrelates the second pass from the first
  }
  return h1.toString(36).padStart(7, '0') + h2.toString(36).padStart(7, '0');
}

// Segments that say nothing about the article: look one segment further up instead.
const GENERIC_SEGMENTS = new Set(['index', 'default', 'amp', 'article', 'story', 'post', 'view']);

/**
 * The slug an item would like: the last meaningful path segment of its `url` (extension removed,
 * percent-decoded, slugified), else the first 8 words of its title plus '-' + hashId(id).
 */
export function articleSlugBase(item: { id: string; url?: string; title: string }): string {
  return slugBaseWith(item, boundSlug) ?? `article-${hashId(item.id)}`;
}

/** The base the earlier versions gave the item, when it differs from today's (see legacyBound). */
function legacySlugBase(item: { id: string; url?: string; title: string }, base: string): string | undefined {
  // A base of at most 48 bytes was never cut, by either rule.
  if (utf8Length(base) <= LEGACY_MAX_LENGTH / 2) return undefined;
  const legacy = slugBaseWith(item, legacyBound);
  return legacy === base ? undefined : legacy;
}

function slugBaseWith(item: { id: string; url?: string; title: string }, bound: (slug: string) => string | undefined): string | undefined {
  if (item.url) {
    let segments: string[];
    try {
      segments = new URL(item.url).pathname.split('/').filter((s) => s !== '');
    } catch {
      segments = [];
    }
    for (let i = segments.length - 1; i >= 0; i--) {
      const raw = segments[i] ?? '';
      let decoded = raw;
      try {
        decoded = decodeURIComponent(raw);
      } catch {
        // malformed percent-encoding: use the segment as written
      }
      const withoutExt = decoded.replace(/\.[A-Za-z0-9]{1,5}$/, '');
      if (GENERIC_SEGMENTS.has(withoutExt.toLowerCase())) continue;
      const folded = foldSlug(withoutExt, Number.POSITIVE_INFINITY);
      if (folded) return bound(folded);
      break;
    }
  }
  const title = bound(foldSlug(item.title, 8));
  return title === undefined ? undefined : `${title || 'article'}-${hashId(item.id)}`;
}

export interface SlugInput {
  id: string;
  url?: string;
  title: string;
  /** Position in the feed's items array (feeds put new items first, so a larger index is older). */
  order: number;
  /** Publication time in ms, when known. */
  time?: number;
}

export interface SlugAssignment {
  slug: string;
  aliases: string[];
}

/**
 * Assigns unique, stable slugs to a page of items (ids must already be unique).
 *
 * Collision rule, chosen so that a new item never changes an existing article's slug:
 * when several items want the same base, the OLDEST keeps the bare base (earliest date; undated
 * items count as newer than any dated one; among equals, the one later in the feed array) and every
 * other one gets `base-<hashId(id)>`. New items are normally newer, so they take the hashed form.
 * Every article whose slug is a bare base also gets `base-<hash>` as an alias: if it was once on
 * the losing side of a collision whose owner has since left the feed, its old link still works.
 * In the (astronomically rare) case that a slug is still taken, -2, -3… is appended.
 */
export function assignSlugs(items: readonly SlugInput[]): Map<string, SlugAssignment> {
  const groups = new Map<string, SlugInput[]>();
  for (const item of items) {
    const base = articleSlugBase(item);
    const group = groups.get(base);
    if (group) group.push(item);
    else groups.set(base, [item]);
  }

  const out = new Map<string, SlugAssignment>();
  const used = new Set<string>();
  const owners: { item: SlugInput; slug: string; aliases: string[] }[] = [];
  const others: { item: SlugInput; slug: string }[] = [];
  for (const [base, group] of groups) {
    const owner = group.reduce((a, b) => (isOlder(b, a) ? b : a));
    for (const item of group) {
      const suffix = `-${hashId(item.id)}`;
      if (item === owner) {
        // A title-derived base already ends in the hash: no alias needed.
        owners.push({ item, slug: base, aliases: base.endsWith(suffix) ? [] : [base + suffix] });
      } else {
        others.push({ item, slug: base + suffix });
      }
    }
  }
  // Bare bases are claimed before hashed forms so that an owner never loses its base to a suffix.
  for (const o of owners) {
    const slug = claim(o.slug, used);
    out.set(o.item.id, { slug, aliases: o.aliases.filter((a) => a !== slug) });
  }
  for (const o of others) out.set(o.item.id, { slug: claim(o.slug, used), aliases: [] });
  for (const [base, group] of groups) {
    for (const item of group) {
      const legacy = legacySlugBase(item, base);
      const assigned = out.get(item.id);
      if (legacy === undefined || !assigned) continue;
      const suffix = `-${hashId(item.id)}`;
      // Either form may have been the item's slug, depending on the collisions of the day.
      const forms = legacy.endsWith(suffix) ? [legacy] : [legacy, legacy + suffix];
      for (const form of forms) if (!used.has(form) && !assigned.aliases.includes(form)) assigned.aliases.push(form);
    }
  }
  return out;
}

/** A slug for `id` that is not in `used` (base, then base-hash, then base-hash-2…); adds it to `used`. */
export function uniqueSlug(base: string, id: string, used: Set<string>): string {
  if (!used.has(base)) {
    used.add(base);
    return base;
  }
  return claim(`${base}-${hashId(id)}`, used);
}

function claim(slug: string, used: Set<string>): string {
  let candidate = slug;
  for (let n = 2; used.has(candidate); n++) candidate = `${slug}-${n}`;
  used.add(candidate);
  return candidate;
}

function isOlder(a: SlugInput, b: SlugInput): boolean {
  if (a.time !== undefined && b.time !== undefined && a.time !== b.time) return a.time < b.time;
  if (a.time !== undefined && b.time === undefined) return true;
  if (a.time === undefined && b.time !== undefined) return false;
  return a.order > b.order;
}
