/**
 * RawFeed (schema output) -> FeedModel (what every view reads). All the "real feeds are messy"
 * rules of DESIGN.md that are about meaning rather than types live here.
 */
import type {
  Article,
  ArticleImage,
  Attachment,
  Author,
  AuthorLink,
  FeedMeta,
  FeedModel,
  ImageSource,
  SkippedItem,
} from '../shared/model';
import type { RawAttachment, RawAuthor, RawAuthorProfile, RawFeed, RawImageSource, RawItem } from './schema';
import { parseDate } from './dates';
import { assignSlugs, contentHash, hashId, slugify } from './slugs';
import { collapseWhitespace, countWords, htmlToText, plainTextField, readingMinutes, shortTitle } from './text';
import { countTags, sortArticles, timeOf } from './order';
import { wellFormed } from '../shared/paths';

export interface NormalizeOptions {
  /** Absolute URL the feed was read from (after redirects): the last base for relative URLs. */
  feedUrl: string;
}

/** Turns a parsed feed into the model: skips unusable items (counted), resolves URLs, authors, tags, slugs. */
export function normalizeFeed(raw: RawFeed, opts: NormalizeOptions): FeedModel {
  const feedBase = absoluteBase(opts.feedUrl);
  const homeUrl = resolveHttpUrl(raw.home_page_url, [feedBase]);
  const feedLanguage = cleanLanguage(raw.language);
  const topBases = [homeUrl, feedBase];

  const meta: FeedMeta = {
    title: plainTextField(raw.title) || 'Untitled feed',
    version: raw.version,
    expired: raw.expired === true,
  };
  if (homeUrl) meta.homePageUrl = homeUrl;
  const feedUrl = resolveHttpUrl(raw.feed_url, [feedBase]) ?? (feedBase && isHttp(feedBase) ? feedBase : undefined);
  if (feedUrl) meta.feedUrl = feedUrl;
  const description = cleanText(raw.description);
  if (description) meta.description = description;
  const icon = resolveHttpUrl(raw.icon, topBases);
  if (icon) meta.icon = icon;
  const favicon = resolveHttpUrl(raw.favicon, topBases);
  if (favicon) meta.favicon = favicon;
  if (feedLanguage) meta.language = feedLanguage;
  // next_url is relative to the page it appears on, which is the feed URL we were given.
  const nextUrl = resolveHttpUrl(raw.next_url, [feedBase, homeUrl]);
  if (nextUrl) meta.nextUrl = nextUrl;

  const registry = new AuthorRegistry();
  for (const profile of raw._broadsheet?.authors ?? []) registry.addProfile(profile, topBases);
  const feedAuthors = registry.resolveList(pickAuthors(raw.authors, raw.author), topBases);

  const skipped: SkippedItem[] = [];
  const seenIds = new Set<string>();
  const built: { article: Article; order: number; time?: number }[] = [];
  const tagNames = new Map<string, string>();
  const ctx: ItemContext = { feedBase, homeUrl, feedLanguage, feedAuthors, registry, tagNames };
  // Ids the feed gives are claimed before any is made up, so a made-up id never takes a real one,
  // whatever the order of the items.
  const givenIds = new Set<string>();
  for (const item of raw.items) {
    const id = item.invalid ? undefined : givenId(item);
    if (id !== undefined) givenIds.add(id);
  }
  const free = (candidate: string) => !givenIds.has(candidate) && !seenIds.has(candidate);

  for (const item of raw.items) {
    const n = item.index;
    if (item.invalid) {
      skipped.push({ index: n, reason: `item ${n} is not an object`, code: 'not-object' });
      continue;
    }
    const given = givenId(item);
    if (given !== undefined && seenIds.has(given)) {
      skipped.push({ index: n, reason: `item ${n} repeats the id ${JSON.stringify(given)} of an earlier item`, code: 'duplicate-id' });
      continue;
    }
    const article = buildArticle(item, ctx);
    if (!article) {
      skipped.push({
        index: n,
        reason: `item ${n} has nothing to show (no content_html, content_text, summary or attachment)`,
        code: 'nothing-to-show',
      });
      continue;
    }
    let id = given;
    if (id === undefined) {
      const repair = madeUpId(item, article, free);
      if (!repair) {
        skipped.push({ index: n, reason: `item ${n} has no id and repeats an earlier item`, code: 'duplicate-id' });
        continue;
      }
      id = repair.id;
      skipped.push({ index: n, reason: repair.reason, code: repair.code, kept: true });
    }
    const ownId = id;
    article.id = ownId;
    article.relatedIds = article.relatedIds.filter((r) => r !== ownId);
    registry.markUsed(article.authorSlugs);
    seenIds.add(ownId);
    const time = timeOf(article);
    built.push(time === undefined ? { article, order: n } : { article, order: n, time });
  }

  const slugs = assignSlugs(
    built.map((b) => {
      const input = { id: b.article.id, title: b.article.title, order: b.order };
      return {
        ...input,
        ...(b.article.url ? { url: b.article.url } : {}),
        ...(b.time !== undefined ? { time: b.time } : {}),
      };
    }),
  );
  for (const b of built) {
    const assigned = slugs.get(b.article.id);
    if (assigned) {
      b.article.slug = assigned.slug;
      b.article.aliases = assigned.aliases;
    }
  }

  const articles = sortArticles(built.map((b) => b.article));
  return {
    meta,
    articles,
    authors: registry.authorsInUse(),
    tags: countTags(articles, tagNames),
    skipped,
  };
}

/** The item's own id, trimmed (`" x "` and `"x"` are one article); undefined when it has none. */
function givenId(item: RawItem): string | undefined {
  const id = item.id?.trim();
  return id ? id : undefined;
}

interface ItemRepair {
  id: string;
  code: 'id-from-url' | 'id-from-external-url' | 'id-from-content';
  reason: string;
}

/**
 * An id for an item that has none, as other readers do (feed-rs, Miniflux): its link, else its
 * external link, else a hash of its title, date and content, so the id survives refreshes. Each
 * candidate is taken only when `free`; undefined when every one is taken (the item repeats another).
 */
function madeUpId(item: RawItem, article: Article, free: (id: string) => boolean): ItemRepair | undefined {
  const n = item.index;
  if (article.url && free(article.url)) {
    return { id: article.url, code: 'id-from-url', reason: `item ${n} has no id; its link was used instead` };
  }
  if (article.externalUrl && free(article.externalUrl)) {
    return { id: article.externalUrl, code: 'id-from-external-url', reason: `item ${n} has no id; its external link was used instead` };
  }
  const text = [item.title, item.date_published, item.content_html, item.content_text, item.summary, ...(item.attachments ?? []).map((a) => a.url)];
  const hashed = `urn:broadsheet:item:${contentHash(text.map((t) => t?.trim() ?? '').join('\u0000'))}`;
  if (!free(hashed)) return undefined;
  return { id: hashed, code: 'id-from-content', reason: `item ${n} has no id or link; one was made up from its title, date and content` };
}

interface ItemContext {
  feedBase: string | undefined;
  homeUrl: string | undefined;
  feedLanguage: string | undefined;
  feedAuthors: Author[];
  registry: AuthorRegistry;
  tagNames: Map<string, string>;
}

/** The item as an article with an empty `id` (the caller sets it), or undefined when it has nothing to show. */
function buildArticle(item: RawItem, ctx: ItemContext): Article | undefined {
  const itemUrl = resolveHttpUrl(item.url, [ctx.homeUrl, ctx.feedBase]);
  const bases = [itemUrl, ctx.homeUrl, ctx.feedBase];
  const ext = item._broadsheet;

  const contentHtml = nonBlank(item.content_html);
  const contentText = nonBlank(item.content_text);
  const summary = cleanText(item.summary);
  const attachments = (item.attachments ?? []).flatMap((a) => {
    const att = normalizeAttachment(a, bases);
    return att ? [att] : [];
  });
  if (!contentHtml && !contentText && !summary && attachments.length === 0) return undefined;

  let plainText = contentHtml ? wellFormed(htmlToText(contentHtml)) : '';
  if (!plainText && contentText) plainText = wellFormed(collapseWhitespace(contentText));
  if (!plainText && summary) plainText = summary;

  let title = cleanText(item.title) ?? '';
  let titleDerived = false;
  if (!title) {
    titleDerived = true;
    title =
      (summary && shortTitle(summary, 16, 110)) ||
      shortTitle(plainText, 12, 80) ||
      attachments.find((a) => a.title)?.title ||
      fileNameOf(attachments[0]?.url) ||
      'Untitled';
  }

  const wordCount = countWords(plainText);
  const language = cleanLanguage(item.language) ?? ctx.feedLanguage;

  const article: Article = {
    id: '',
    slug: '',
    aliases: [],
    title,
    titleDerived,
    plainText,
    authorSlugs: [],
    tagSlugs: [],
    dir: directionOf(language),
    attachments,
    relatedIds: [],
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    baseUrl: resolveHttpUrl(item.contentBase, []) ?? itemUrl ?? ctx.homeUrl ?? ctx.feedBase ?? '',
  };
  if (itemUrl) article.url = itemUrl;
  const externalUrl = resolveHttpUrl(item.external_url, bases);
  if (externalUrl) article.externalUrl = externalUrl;
  if (summary) article.summary = summary;
  if (contentHtml) article.contentHtml = contentHtml;
  if (contentText) article.contentText = contentText;
  if (language) article.language = language;

  const imageSrc = resolveHttpUrl(item.image, bases);
  const bannerImage = resolveHttpUrl(item.banner_image, bases);
  if (bannerImage) article.bannerImage = bannerImage;
  const heroSrc = imageSrc ?? bannerImage;
  if (heroSrc) {
    const image: ArticleImage = { src: heroSrc, alt: cleanText(ext?.image_alt) ?? '' };
    const caption = cleanText(ext?.image_caption);
    if (caption) image.caption = caption;
    const credit = cleanText(ext?.image_credit);
    if (credit) image.credit = credit;
    const width = positiveInt(ext?.image_width);
    if (width) image.width = width;
    const height = positiveInt(ext?.image_height);
    if (height) image.height = height;
    // The extra sizes describe `image`; a hero taken from banner_image has none.
    const srcset = imageSrc ? imageSources(ext?.image_srcset, image, bases) : undefined;
    if (srcset) image.srcset = srcset;
    article.image = image;
  }

  const datePublished = parseDate(item.date_published);
  if (datePublished) article.datePublished = datePublished;
  const dateModified = parseDate(item.date_modified);
  if (dateModified) article.dateModified = dateModified;

  // Byline: publisher's profile ids first, then the item's authors (1.1 over 1.0), else the feed's.
  const byProfile = ctx.registry.profilesById(ext?.author_ids ?? []);
  const itemAuthors = byProfile.length > 0 ? byProfile : ctx.registry.resolveList(pickAuthors(item.authors, item.author), bases);
  const authors = itemAuthors.length > 0 ? itemAuthors : ctx.feedAuthors;
  article.authorSlugs = unique(authors.map((a) => a.slug));

  const tagSlugs: string[] = [];
  for (const rawTag of item.tags ?? []) {
    const name = plainTextField(rawTag);
    if (!name) continue;
    const slug = tagSlug(name);
    if (tagSlugs.includes(slug)) continue;
    tagSlugs.push(slug);
    if (!ctx.tagNames.has(slug)) ctx.tagNames.set(slug, name);
  }
  article.tagSlugs = tagSlugs;

  article.relatedIds = unique((ext?.related ?? []).map((r) => r.trim()).filter((r) => r !== ''));
  const section = cleanText(ext?.section);
  if (section) article.section = section;
  return article;
}

/** The slug of a tag name: lowercase, letters and digits of any script; symbols-only tags get a hash. */
function tagSlug(name: string): string {
  return slugify(name) || `tag-${hashId(name)}`;
}

// ---------------------------------------------------------------------------------------------
// Authors

/** 1.1 `authors` wins; 1.0 `author` only when `authors` gives nobody. */
function pickAuthors(authors: RawAuthor[] | undefined, author: RawAuthor | undefined): RawAuthor[] {
  if (authors && authors.length > 0) return authors;
  return author ? [author] : [];
}

function nameKey(name: string): string {
  return collapseWhitespace(name).normalize('NFC').toLowerCase();
}

/**
 * Every author of the feed, de-duplicated: `_broadsheet` profiles first (matched by id, or by
 * case-insensitive name), then plain JSON Feed authors (by case-insensitive name).
 */
class AuthorRegistry {
  private readonly all: Author[] = [];
  private readonly byProfileId = new Map<string, Author>();
  private readonly byName = new Map<string, Author>();
  private readonly usedSlugs = new Set<string>();
  private readonly inUse = new Set<string>();

  addProfile(profile: RawAuthorProfile, bases: (string | undefined)[]): void {
    const url = resolveHttpUrl(profile.url, bases);
    const name = cleanText(profile.name) ?? hostName(url);
    const id = profile.id?.trim() || undefined;
    if (!name) return;
    if (id && this.byProfileId.has(id)) return;
    const author: Author = {
      slug: this.claim(slugify(id ?? '') || slugify(name) || `author-${hashId(id ?? name)}`),
      name,
      links: [],
    };
    if (id) author.profileId = id;
    if (url) author.url = url;
    const avatar = resolveHttpUrl(profile.avatar, bases);
    if (avatar) author.avatar = avatar;
    const role = cleanText(profile.role);
    if (role) author.role = role;
    const bio = nonBlank(profile.bio_html);
    if (bio) author.bioHtml = bio;
    author.links = (profile.links ?? []).flatMap((l): AuthorLink[] => {
      const linkUrl = resolveHttpUrl(l.url, bases);
      if (!linkUrl) return [];
      return [{ title: cleanText(l.title) ?? hostName(linkUrl) ?? linkUrl, url: linkUrl }];
    });
    this.all.push(author);
    if (id) this.byProfileId.set(id, author);
    if (!this.byName.has(nameKey(name))) this.byName.set(nameKey(name), author);
    this.inUse.add(author.slug); // profiles always get an author page
  }

  profilesById(ids: readonly string[]): Author[] {
    return unique(ids.map((id) => id.trim())).flatMap((id) => {
      const a = this.byProfileId.get(id);
      return a ? [a] : [];
    });
  }

  resolveList(raw: readonly RawAuthor[], bases: (string | undefined)[]): Author[] {
    const out: Author[] = [];
    for (const r of raw) {
      const a = this.resolve(r, bases);
      if (a && !out.includes(a)) out.push(a);
    }
    return out;
  }

  private resolve(raw: RawAuthor, bases: (string | undefined)[]): Author | undefined {
    const url = resolveHttpUrl(raw.url, bases);
    const name = cleanText(raw.name) ?? hostName(url);
    if (!name) return undefined;
    const avatar = resolveHttpUrl(raw.avatar, bases);
    const known = this.byName.get(nameKey(name));
    if (known) {
      // The feed may know more than the profile (or an earlier mention): fill gaps, never overwrite.
      if (!known.url && url) known.url = url;
      if (!known.avatar && avatar) known.avatar = avatar;
      return known;
    }
    const author: Author = { slug: this.claim(slugify(name) || `author-${hashId(name)}`), name, links: [] };
    if (url) author.url = url;
    if (avatar) author.avatar = avatar;
    this.all.push(author);
    this.byName.set(nameKey(name), author);
    return author;
  }

  markUsed(slugs: readonly string[]): void {
    for (const s of slugs) this.inUse.add(s);
  }

  /** Profiles, plus every other author that signs at least one article, in first-seen order. */
  authorsInUse(): Author[] {
    return this.all.filter((a) => this.inUse.has(a.slug));
  }

  private claim(base: string): string {
    let slug = base;
    for (let n = 2; this.usedSlugs.has(slug); n++) slug = `${base}-${n}`;
    this.usedSlugs.add(slug);
    return slug;
  }
}

// ---------------------------------------------------------------------------------------------
// Attachments

const MIME_BY_EXTENSION: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  pdf: 'application/pdf',
};

/**
 * Larger sizes and longer durations are not real files (a terabyte; a week of audio): generators write
 * junk such as 1e300 there, and a reader would see a 390-character "GB" figure. Dropped, not clamped.
 */
const MAX_ATTACHMENT_BYTES = 1e12;
const MAX_ATTACHMENT_SECONDS = 7 * 24 * 3600;

function normalizeAttachment(raw: RawAttachment, bases: (string | undefined)[]): Attachment | undefined {
  const url = resolveHttpUrl(raw.url, bases);
  if (!url) return undefined;
  const given = raw.mime_type?.trim().toLowerCase();
  const mimeType = given && /^[a-z0-9][\w.+-]*\/[\w.+-]+(\s*;.*)?$/.test(given) ? given : guessMime(url);
  if (!mimeType) return undefined;
  const att: Attachment = { url, mimeType };
  const title = cleanText(raw.title);
  if (title) att.title = title;
  const size = raw.size_in_bytes === undefined ? undefined : Math.round(raw.size_in_bytes);
  if (size !== undefined && size >= 1 && size <= MAX_ATTACHMENT_BYTES) att.sizeInBytes = size;
  const duration = raw.duration_in_seconds;
  if (duration !== undefined && duration > 0 && duration <= MAX_ATTACHMENT_SECONDS) att.durationInSeconds = duration;
  return att;
}

function guessMime(url: string): string | undefined {
  const ext = /\.([a-z0-9]{2,5})$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return ext ? MIME_BY_EXTENSION[ext] : undefined;
}

function fileNameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const last = new URL(url).pathname.split('/').filter(Boolean).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

// ---------------------------------------------------------------------------------------------
// Images

/** At most this many sizes of one image: enough for any layout, and saving an article fetches every one. */
const MAX_IMAGE_SOURCES = 8;
/** Wider than any real image, and small enough to print as the plain digits a `w` descriptor must be. */
const MAX_IMAGE_WIDTH = 100_000;

/**
 * The `srcset` candidates of the item's image: its other sizes from the feed (resolved like `image`,
 * http(s) only, one per width and per URL, the first MAX_IMAGE_SOURCES in feed order) and the image
 * itself when its width is known, narrowest first. Undefined when the feed offers no usable other size.
 */
function imageSources(
  raw: readonly RawImageSource[] | undefined,
  image: ArticleImage,
  bases: (string | undefined)[],
): ImageSource[] | undefined {
  if (!raw || raw.length === 0) return undefined;
  const ownWidth = image.width !== undefined && image.width <= MAX_IMAGE_WIDTH && fitsSrcset(image.src) ? image.width : undefined;
  const byWidth = new Map<number, string>();
  const urls = new Set<string>();
  if (ownWidth !== undefined) {
    byWidth.set(ownWidth, image.src);
    urls.add(image.src);
  }
  for (const entry of raw) {
    if (byWidth.size >= MAX_IMAGE_SOURCES) break;
    const src = resolveHttpUrl(entry.url, bases);
    const width = positiveInt(entry.width);
    if (!src || !width || width > MAX_IMAGE_WIDTH || !fitsSrcset(src) || byWidth.has(width) || urls.has(src)) continue;
    byWidth.set(width, src);
    urls.add(src);
  }
  if (byWidth.size === (ownWidth === undefined ? 0 : 1)) return undefined;
  return [...byWidth].map(([width, src]) => ({ src, width })).sort((a, b) => a.width - b.width);
}

/** `srcset` is split at commas: a URL ending in one would be read as a candidate without its width. */
function fitsSrcset(url: string): boolean {
  return !url.endsWith(',');
}

// ---------------------------------------------------------------------------------------------
// URLs

/** The feed's own URL as the last base for relative URLs, without userinfo (see resolveHttpUrl). */
function absoluteBase(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.username !== '' || u.password !== '') {
      u.username = '';
      u.password = '';
    }
    return u.href;
  } catch {
    return undefined;
  }
}

function isHttp(url: string): boolean {
  return url.startsWith('http://') || url.startsWith('https://');
}

/**
 * Resolves `value` against the first defined base and keeps it only if it is http(s): no
 * `javascript:`, `data:`, `vbscript:`, `file:` URLs ever reach the views (security). A `user:pass@`
 * is removed: such a URL makes `new Request()` and `Cache.match` throw (saving an article for offline
 * failed on it), a browser warns about or refuses it, and it may hand credentials to whatever fetches
 * it; a URL that still names a user after that is dropped.
 */
function resolveHttpUrl(value: string | undefined, bases: readonly (string | undefined)[]): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const base = bases.find((b): b is string => b !== undefined);
  let url: URL;
  try {
    url = base === undefined ? new URL(v) : new URL(v, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') {
    url.username = '';
    url.password = '';
    if (url.username !== '' || url.password !== '' || url.href.split('/')[2]?.includes('@')) return undefined;
  }
  return url.href;
}

function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates

export { parseDate };

// ---------------------------------------------------------------------------------------------
// Language

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ji', 'ps', 'dv', 'ckb', 'ug', 'sd']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/** 'rtl' for right-to-left languages (by primary subtag, or an explicit RTL script subtag). */
function directionOf(language: string | undefined): 'ltr' | 'rtl' {
  if (!language) return 'ltr';
  const [primary = '', ...rest] = language.toLowerCase().split('-');
  if (rest.some((s) => s.length === 4)) return rest.some((s) => RTL_SCRIPTS.has(s)) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** A BCP 47-looking tag ("en_US" is read as "en-US"), else undefined. */
function cleanLanguage(value: string | undefined): string | undefined {
  const tag = value?.trim().replace(/_/g, '-');
  return tag && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function nonBlank(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/** A plain-text field as shown (see plainTextField), or undefined when nothing is left of it. */
function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return plainTextField(value) || undefined;
}

function positiveInt(value: number | undefined): number | undefined {
  return value !== undefined && value >= 1 ? Math.round(value) : undefined;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
