/**
 * Related posts: the publisher's choice first (`_broadsheet.related`), then computed ones, ranked by
 * shared tags weighted by rarity, shared authors and similarity of title + summary.
 * An index over all articles is built once per articles array (cached) so one call is cheap even
 * with 10,000 articles.
 */
import type { Article, RelatedPost } from '../shared/model';

const DEFAULT_LIMIT = 6;
const AUTHOR_WEIGHT = 1.5;
const SIMILARITY_WEIGHT = 4;
/** Below this token overlap (Jaccard), text similarity alone does not make a post related. */
const MIN_SIMILARITY = 0.1;
/** At most this many "Also tagged …" reasons per post. */
const MAX_TAG_REASONS = 2;

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it ' +
    'its just more most new no not of on or our out over she so than that the their them then there these they this ' +
    'to up was we were what when where which who why will with would you your after about all also says said'
  ).split(' '),
);

const NO_SPACE_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]+$/u;

/** Lowercase word tokens minus stop words; runs of CJK/Thai characters become character bigrams. */
export function tokenize(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const word = match[0];
    if (NO_SPACE_RUN.test(word)) {
      const chars = Array.from(word);
      if (chars.length === 1) out.add(word);
      for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
    } else if (word.length > 1 && !STOP_WORDS.has(word)) {
      out.add(word);
    }
  }
  return [...out];
}

export interface RelatedIndex {
  articles: readonly Article[];
  byId: Map<string, number>;
  tagPostings: Map<string, number[]>;
  authorPostings: Map<string, number[]>;
  tokenPostings: Map<string, number[]>;
  tokenCounts: Uint16Array;
  /** Publication time (ms); -Infinity when undated, so undated sort last on ties. */
  times: Float64Array;
}

const indexCache = new WeakMap<readonly Article[], RelatedIndex>();

/** Builds (or returns the cached) related-posts index over an articles array. */
export function createRelatedIndex(all: readonly Article[]): RelatedIndex {
  const cached = indexCache.get(all);
  if (cached) return cached;
  const n = all.length;
  const index: RelatedIndex = {
    articles: all,
    byId: new Map(),
    tagPostings: new Map(),
    authorPostings: new Map(),
    tokenPostings: new Map(),
    tokenCounts: new Uint16Array(n),
    times: new Float64Array(n),
  };
  all.forEach((a, i) => {
    if (!index.byId.has(a.id)) index.byId.set(a.id, i);
    for (const t of new Set(a.tagSlugs)) push(index.tagPostings, t, i);
    for (const s of new Set(a.authorSlugs)) push(index.authorPostings, s, i);
    const tokens = tokenize(textOf(a));
    index.tokenCounts[i] = Math.min(tokens.length, 0xffff);
    for (const t of tokens) push(index.tokenPostings, t, i);
    const iso = a.datePublished ?? a.dateModified;
    const t = iso === undefined ? Number.NaN : Date.parse(iso);
    index.times[i] = Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
  });
  indexCache.set(all, index);
  return index;
}

export interface RelatedOptions {
  /** Maximum number of posts returned (default 6). */
  limit?: number;
  /** Display names for "Also by …"; without it the author slug is turned into words. */
  authorsBySlug?: ReadonlyMap<string, { name: string }>;
  /** Display names for "Also tagged …"; without it the tag slug is turned into words. */
  tagsBySlug?: ReadonlyMap<string, { name: string }>;
  /** A prebuilt index of `all` (otherwise one is built and cached per array). */
  index?: RelatedIndex;
}

/** Ranked related posts of `article` within `all`: editors' picks first, then computed, never itself. */
export function relatedPosts(article: Article, all: readonly Article[], opts: RelatedOptions = {}): RelatedPost[] {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  if (limit <= 0 || all.length === 0) return [];
  const index = opts.index && opts.index.articles === all ? opts.index : createRelatedIndex(all);
  const n = all.length;
  const selfIndex = index.byId.get(article.id);

  const tagScore = new Float64Array(n);
  const authorHits = new Uint8Array(n);
  const shared = new Uint16Array(n);
  const touched: number[] = [];
  const seen = new Uint8Array(n);
  const touch = (i: number) => {
    if (!seen[i]) {
      seen[i] = 1;
      touched.push(i);
    }
  };

  // Smoothed idf, log(1 + N / count): rarer tags weigh more, and a tag every article has still counts a little.
  const idfOf = (tag: string) => Math.log(1 + n / (index.tagPostings.get(tag)?.length ?? n));
  const tags = [...new Set(article.tagSlugs)];
  for (const tag of tags) {
    const idf = idfOf(tag);
    for (const i of index.tagPostings.get(tag) ?? []) {
      tagScore[i] = (tagScore[i] ?? 0) + idf;
      touch(i);
    }
  }
  for (const slug of new Set(article.authorSlugs)) {
    for (const i of index.authorPostings.get(slug) ?? []) {
      authorHits[i] = Math.min(255, (authorHits[i] ?? 0) + 1);
      touch(i);
    }
  }
  const tokens = tokenize(textOf(article));
  for (const token of tokens) {
    for (const i of index.tokenPostings.get(token) ?? []) {
      shared[i] = (shared[i] ?? 0) + 1;
      touch(i);
    }
  }

  const similarityOf = (i: number) => {
    const inter = shared[i] ?? 0;
    if (inter === 0) return 0;
    return inter / (tokens.length + (index.tokenCounts[i] ?? 0) - inter);
  };
  const scoreOf = (i: number) => {
    const sim = similarityOf(i);
    return (tagScore[i] ?? 0) + (authorHits[i] ?? 0) * AUTHOR_WEIGHT + (sim >= MIN_SIMILARITY ? sim * SIMILARITY_WEIGHT : 0);
  };
  const reasonsOf = (i: number): string[] => {
    const other = all[i];
    if (!other) return [];
    const reasons: string[] = [];
    const otherTags = new Set(other.tagSlugs);
    tags
      .filter((t) => otherTags.has(t))
      .sort((a, b) => idfOf(b) - idfOf(a))
      .slice(0, MAX_TAG_REASONS)
      .forEach((t) => reasons.push(`Also tagged ${opts.tagsBySlug?.get(t)?.name ?? humanize(t)}`));
    const otherAuthors = new Set(other.authorSlugs);
    for (const s of article.authorSlugs) {
      if (otherAuthors.has(s)) reasons.push(`Also by ${opts.authorsBySlug?.get(s)?.name ?? humanize(s)}`);
    }
    if (similarityOf(i) >= MIN_SIMILARITY) reasons.push('Similar topic');
    return reasons;
  };

  const out: RelatedPost[] = [];
  const taken = new Set<number>();
  if (selfIndex !== undefined) taken.add(selfIndex);
  for (const id of article.relatedIds) {
    if (out.length >= limit) break;
    const i = index.byId.get(id);
    const other = i === undefined ? undefined : all[i];
    if (i === undefined || !other || taken.has(i) || other.id === article.id) continue;
    taken.add(i);
    out.push({ article: other, score: seen[i] ? scoreOf(i) : 0, reasons: ['Chosen by the editors', ...reasonsOf(i)] });
  }

  const ranked: { i: number; score: number }[] = [];
  for (const i of touched) {
    if (taken.has(i) || all[i]?.id === article.id) continue;
    const score = scoreOf(i);
    if (score > 0) ranked.push({ i, score });
  }
  ranked.sort((a, b) => b.score - a.score || (index.times[b.i] ?? 0) - (index.times[a.i] ?? 0) || a.i - b.i);
  for (const { i, score } of ranked) {
    if (out.length >= limit) break;
    const other = all[i];
    if (other) out.push({ article: other, score, reasons: reasonsOf(i) });
  }
  return out;
}

function textOf(a: Pick<Article, 'title' | 'summary'>): string {
  return a.summary ? `${a.title} ${a.summary}` : a.title;
}

/** "ana-ruiz" -> "Ana Ruiz": a readable stand-in when no display name was passed. */
function humanize(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
