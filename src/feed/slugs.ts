/**
 * URL slugs for articles, authors and tags. Article slugs must be unique within a feed and stable
 * across refreshes: a link shared yesterday must open the same article today.
 */

const MAX_SLUG_LENGTH = 96;

/**
 * Lowercase, URL-safe slug that keeps letters and digits of every script (Arabic, CJK, Cyrillic…);
 * Latin accents are folded (é -> e), other runs of characters become one hyphen.
 * `maxWords` keeps only the first words.
 */
export function slugify(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  const folded = text
    .normalize('NFKD')
    // Only strip marks from Latin letters: in Devanagari, Arabic, Hebrew… marks are part of the word.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '');
  const words = folded.split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w !== '');
  let slug = words.slice(0, maxWords).join('-');
  if (slug.length > MAX_SLUG_LENGTH) {
    slug = slug.slice(0, MAX_SLUG_LENGTH);
    const cut = slug.lastIndexOf('-');
    if (cut > MAX_SLUG_LENGTH / 2) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/, '');
  }
  return slug;
}

/** Short stable hash of an item id: FNV-1a (32-bit) over its UTF-16 code units, 6 base36 chars. */
export function hashId(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 36 ** 6).toString(36).padStart(6, '0');
}

// Segments that say nothing about the article: look one segment further up instead.
const GENERIC_SEGMENTS = new Set(['index', 'default', 'amp', 'article', 'story', 'post', 'view']);

/**
 * The slug an item would like: the last meaningful path segment of its `url` (extension removed,
 * percent-decoded, slugified), else the first 8 words of its title plus '-' + hashId(id).
 */
export function articleSlugBase(item: { id: string; url?: string; title: string }): string {
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
      const slug = slugify(withoutExt);
      if (slug) return slug;
      break;
    }
  }
  return `${slugify(item.title, 8) || 'article'}-${hashId(item.id)}`;
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
