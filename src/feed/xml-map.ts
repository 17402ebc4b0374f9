/**
 * RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 (and 0.3) trees -> a document of JSON Feed's shape,
 * which then goes through the same lenient schema and normalizer as a JSON Feed: one set of tolerance
 * rules for every format. Fields JSON Feed has no place for (image alt, caption, credit, size and other
 * sizes) go where the `_broadsheet` extension keeps them in a JSON Feed; nothing a feed writes can reach
 * other extension fields.
 */
import { FeedError } from './errors';
import { decodeEntities, htmlToText } from './text';
import { attr, childNamed, childrenNamed, innerHtml, textOf, type XmlElement } from './xml-tree';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

export type XmlFormat = 'RSS 2.0' | 'RSS 1.0' | 'Atom';

/** A JSON-Feed-shaped document, plus per item the base for relative URLs inside its content. */
export interface MappedFeed {
  format: XmlFormat;
  doc: Record<string, unknown>;
  /** By position in `doc.items`: the `xml:base` in effect for the item's content, when the feed set one. */
  contentBases: (string | undefined)[];
}

/** What the root element says the document is, or a FeedError naming what it is instead. */
export function formatOf(root: XmlElement): XmlFormat {
  const local = root.local.toLowerCase();
  if (local === 'rss') return 'RSS 2.0';
  if (local === 'feed' && (root.uri === NS.atom || root.uri === NS.atom03 || root.uri === '')) return 'Atom';
  if (root.local === 'RDF' && root.uri === NS.rdf) return 'RSS 1.0';
  if (local === 'html' || root.uri === NS.xhtml) {
    throw new FeedError('not-a-feed', 'This is not a feed: the server sent an HTML page instead of the feed');
  }
  throw new FeedError(
    'not-a-feed',
    `This is not a feed: the XML document's root element is <${root.name.slice(0, 60)}>, not <rss> (RSS), <feed> (Atom) or <rdf:RDF> (RSS 1.0)`,
  );
}

/** A readable name of the format a root element announces, for error messages. */
export function formatName(rootName: string): string {
  const local = rootName.replace(/^[^:]*:/, '').toLowerCase();
  if (local === 'rss') return 'RSS feed';
  if (local === 'feed') return 'Atom feed';
  if (local === 'rdf') return 'RSS 1.0 feed';
  return 'XML feed';
}

/** Maps a parsed tree; `format` from formatOf. */
export function mapXmlFeed(root: XmlElement, format: XmlFormat): MappedFeed {
  return format === 'Atom' ? mapAtom(root) : mapRss(root, format);
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0 and RSS 1.0

function mapRss(root: XmlElement, format: XmlFormat): MappedFeed {
  const rdf = format === 'RSS 1.0';
  // RSS 2.0 elements have no namespace; RSS 1.0 puts them in its own (0.90 in Netscape's).
  const uris = rdf ? [NS.rss1, NS.rss090, ''] : ['', NS.rss1];
  const own = (el: XmlElement | undefined, local: string) => uris.flatMap((u) => childrenNamed(el, u, local));
  const one = (el: XmlElement | undefined, local: string) => own(el, local)[0];
  const channel = one(root, 'channel');
  if (!channel) throw new FeedError('not-a-feed', `This ${format} feed has no <channel> element`);
  // RSS 1.0 items are siblings of the channel; some RSS 2.0 generators put them there too.
  const itemEls = [...own(channel, 'item'), ...own(root, 'item')];

  const doc: Record<string, unknown> = {};
  setText(doc, 'title', plain(textOf(one(channel, 'title'))));
  setText(doc, 'home_page_url', url(channel, textOf(one(channel, 'link'))) ?? atomLink(channel, 'alternate'));
  setText(doc, 'feed_url', atomLink(channel, 'self'));
  setText(doc, 'next_url', atomLink(channel, 'next'));
  setText(doc, 'description', htmlText(textOf(one(channel, 'description'))) || textField(childNamed(channel, NS.itunes, 'subtitle')));
  setText(doc, 'language', textOf(one(channel, 'language')).trim() || textOf(childNamed(channel, NS.dc, 'language')).trim() || channel.lang || root.lang);
  const image = one(channel, 'image') ?? one(root, 'image');
  setText(doc, 'icon', url(image, textOf(one(image, 'url'))) ?? url(channel, attr(childNamed(channel, NS.itunes, 'image'), 'href')));
  const authors = rssAuthors(channel, []);
  if (authors.length > 0) doc.authors = authors;

  const contentBases: (string | undefined)[] = [];
  doc.items = itemEls.map((item) => {
    const out: Record<string, unknown> = {};
    const guid = one(item, 'guid');
    const guidText = textOf(guid).trim();
    setText(out, 'id', guidText || (rdf ? attr(item, `{${NS.rdf}}about`)?.trim() : undefined));
    const link = url(item, textOf(one(item, 'link')));
    // A guid is a permalink unless it says otherwise (RSS 2.0): the link of a feed that gives no <link>.
    const permalink = attr(guid, 'isPermaLink')?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guidText) ? url(item, guidText) : undefined;
    setText(out, 'url', link ?? permalink ?? atomLink(item, 'alternate'));
    setText(out, 'title', plain(textOf(one(item, 'title'))) || plain(textOf(childNamed(item, NS.dc, 'title'))));

    const encoded = childNamed(item, NS.content, 'encoded');
    const description = one(item, 'description');
    const html = encoded ? textOf(encoded) : textOf(description);
    if (html.trim()) out.content_html = undoubleEscape(html);
    const summary = encoded && description ? htmlText(textOf(description)) : '';
    setText(out, 'summary', summary || textField(childNamed(item, NS.itunes, 'subtitle')) || (html.trim() ? '' : textField(childNamed(item, NS.itunes, 'summary'))));

    setText(out, 'date_published', firstText(item, [[uris, 'pubDate'], [[NS.dc], 'date'], [[NS.atom], 'published'], [[NS.dcterms], 'issued'], [[NS.dcterms], 'created']]));
    setText(out, 'date_modified', firstText(item, [[[NS.atom], 'updated'], [[NS.dcterms], 'modified']]));
    const itemAuthors = rssAuthors(item, own(item, 'author'));
    if (itemAuthors.length > 0) out.authors = itemAuthors;
    const tags = [...own(item, 'category'), ...childrenNamed(item, NS.dc, 'subject')].map((c) => plain(textOf(c))).filter(Boolean);
    if (tags.length > 0) out.tags = tags;
    const lang = item.lang !== channel.lang ? item.lang : undefined;
    if (lang) out.language = lang;

    const enclosures = own(item, 'enclosure').map((e) => ({ url: url(e, attr(e, 'url')), type: attr(e, 'type'), size: attr(e, 'length') }));
    media(out, item, enclosures);
    contentBases.push((encoded ?? description ?? item).baseSet ? (encoded ?? description ?? item).base : undefined);
    return out;
  });
  return { format, doc, contentBases };
}

/** dc:creator (any number), RSS `author` (an e-mail address, with the name in brackets) and itunes:author. */
function rssAuthors(el: XmlElement, authorEls: XmlElement[]): { name: string }[] {
  const names = [...childrenNamed(el, NS.dc, 'creator'), ...authorEls, ...childrenNamed(el, NS.itunes, 'author')].flatMap((a) => {
    const name = personName(textOf(a));
    return name ? [name] : [];
  });
  return [...new Set(names)].map((name) => ({ name }));
}

/**
 * The name in "jo@example.com (Jo Bloggs)" or "Jo Bloggs <jo@example.com>"; a bare e-mail address is
 * no name (addresses are never shown: they invite spam, and Atom's are dropped too).
 */
function personName(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  const inBrackets = /\(([^()]+)\)\s*$/.exec(t)?.[1]?.trim();
  if (inBrackets && /\S+@\S+/.test(t.replace(/\([^()]*\)\s*$/, ''))) return plain(inBrackets);
  const beforeAngle = /^([^<]+?)\s*<[^>]*@[^>]*>$/.exec(t)?.[1]?.trim().replace(/^"|"$/g, '');
  if (beforeAngle) return plain(beforeAngle);
  if (/^\S+@\S+\.\S+$/.test(t)) return undefined;
  return plain(t);
}

// ---------------------------------------------------------------------------------------------
// Atom

function mapAtom(root: XmlElement): MappedFeed {
  const uri = root.uri || NS.atom;
  const uris = uri === NS.atom03 ? [NS.atom03] : [uri, ''];
  const own = (el: XmlElement | undefined, local: string) => uris.flatMap((u) => childrenNamed(el, u, local));
  const one = (el: XmlElement | undefined, local: string) => own(el, local)[0];

  const doc: Record<string, unknown> = {};
  setText(doc, 'title', atomPlain(one(root, 'title')));
  setText(doc, 'description', atomPlain(one(root, 'subtitle')) || atomPlain(one(root, 'tagline')));
  setText(doc, 'home_page_url', links(own(root, 'link'), 'alternate'));
  setText(doc, 'feed_url', links(own(root, 'link'), 'self'));
  // RFC 5005 paging: rel="next" is what next_url is in JSON Feed.
  setText(doc, 'next_url', links(own(root, 'link'), 'next'));
  setText(doc, 'icon', url(one(root, 'logo'), textOf(one(root, 'logo'))) ?? url(one(root, 'icon'), textOf(one(root, 'icon'))));
  setText(doc, 'favicon', url(one(root, 'icon'), textOf(one(root, 'icon'))));
  setText(doc, 'language', root.lang);
  const authors = atomAuthors(own(root, 'author'));
  if (authors.length > 0) doc.authors = authors;

  const contentBases: (string | undefined)[] = [];
  doc.items = own(root, 'entry').map((entry) => {
    const out: Record<string, unknown> = {};
    setText(out, 'id', textOf(one(entry, 'id')).trim());
    const entryLinks = own(entry, 'link');
    setText(out, 'url', links(entryLinks, 'alternate'));
    setText(out, 'external_url', links(entryLinks, 'related'));
    setText(out, 'title', atomPlain(one(entry, 'title')));

    const content = atomText(one(entry, 'content'));
    const summary = atomText(one(entry, 'summary'));
    if (content?.kind === 'html') out.content_html = content.value;
    else if (content?.kind === 'text') out.content_text = content.value;
    if (!content && summary?.kind === 'html') out.content_html = summary.value;
    else if (summary) setText(out, 'summary', summary.kind === 'html' ? htmlText(summary.value) : escapeAmp(summary.value.trim()));

    const updated = textOf(one(entry, 'updated') ?? one(entry, 'modified')).trim();
    // `updated` is the one date Atom requires; without `published` it is the best date there is.
    setText(out, 'date_published', textOf(one(entry, 'published') ?? one(entry, 'issued')).trim() || updated);
    setText(out, 'date_modified', updated);
    const entryAuthors = atomAuthors(own(entry, 'author'));
    if (entryAuthors.length > 0) out.authors = entryAuthors;
    const tags = own(entry, 'category').map((c) => plain(attr(c, 'label') ?? '') || plain(attr(c, 'term') ?? '')).filter(Boolean);
    if (tags.length > 0) out.tags = tags;
    if (entry.lang && entry.lang !== root.lang) out.language = entry.lang;

    const enclosures = entryLinks
      .filter((l) => attr(l, 'rel')?.trim().toLowerCase() === 'enclosure')
      .map((l) => ({ url: url(l, attr(l, 'href')), type: attr(l, 'type'), size: attr(l, 'length') }));
    media(out, entry, enclosures);
    const contentEl = one(entry, 'content') ?? one(entry, 'summary') ?? entry;
    contentBases.push(contentEl.baseSet ? contentEl.base : undefined);
    return out;
  });
  return { format: 'Atom', doc, contentBases };
}

/** Atom text construct: type text (default), html, or xhtml (a <div> of XHTML); out-of-line content (src) is none. */
function atomText(el: XmlElement | undefined): { kind: 'text' | 'html'; value: string } | undefined {
  if (!el || attr(el, 'src') !== undefined) return undefined;
  const type = (attr(el, 'type') ?? 'text').trim().toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = el.children.find((c): c is XmlElement => typeof c !== 'string' && c.local === 'div');
    const value = div ? innerHtml(div) : innerHtml(el);
    return value.trim() ? { kind: 'html', value } : undefined;
  }
  const value = textOf(el);
  if (!value.trim()) return undefined;
  if (type === 'html' || type === 'text/html') return { kind: 'html', value: undoubleEscape(value) };
  if (type === 'text' || type.startsWith('text/')) return { kind: 'text', value };
  return undefined; // another media type (an image, say) is not text
}

/** An Atom text construct as a plain-text field (see escapeAmp for why `&` is escaped). */
function atomPlain(el: XmlElement | undefined): string {
  const t = atomText(el);
  if (!t) return '';
  return t.kind === 'html' ? htmlText(t.value) : escapeAmp(t.value.replace(/\s+/g, ' ').trim());
}

function atomAuthors(els: XmlElement[]): { name?: string; url?: string }[] {
  return els.flatMap((a) => {
    const uris = [a.uri, ''];
    const pick = (local: string) => uris.map((u) => childNamed(a, u, local)).find(Boolean);
    const name = plain(textOf(pick('name')));
    const uriEl = pick('uri') ?? pick('url');
    const href = url(uriEl ?? a, textOf(uriEl));
    // e-mail is never read: addresses are not shown.
    if (!name && !href) return [];
    return [{ ...(name ? { name } : {}), ...(href ? { url: href } : {}) }];
  });
}

/** The href of the first link with `rel` (absent rel means alternate), html preferred for alternate. */
function links(els: XmlElement[], rel: string): string | undefined {
  const matching = els.filter((l) => (attr(l, 'rel')?.trim().toLowerCase() || 'alternate') === rel && attr(l, 'href')?.trim());
  const html = rel === 'alternate' ? matching.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html')) : undefined;
  const chosen = html ?? matching[0];
  return chosen ? url(chosen, attr(chosen, 'href')) : undefined;
}

/** An atom:link in an RSS channel or item (rel self/next/alternate). */
function atomLink(el: XmlElement, rel: string): string | undefined {
  return links(childrenNamed(el, NS.atom, 'link'), rel);
}

// ---------------------------------------------------------------------------------------------
// Media: enclosures, Media RSS, iTunes

interface Enclosure {
  url: string | undefined;
  type: string | undefined;
  size: string | undefined;
}

interface MediaImage {
  url: string;
  /** The media:group (or item) a media:content image came from: its other sizes are in the same one. */
  group?: XmlElement;
  width?: number;
  height?: number;
  alt?: string;
  caption?: string;
  credit?: string;
}

/**
 * Attachments and the lead image of an item: `enclosure`s (an image enclosure is the image), Media
 * RSS `media:content` (in a `media:group` too: images become the image and its other sizes, the rest
 * attachments) and `media:thumbnail`, and `itunes:image` / `itunes:duration` for podcasts.
 */
function media(out: Record<string, unknown>, item: XmlElement, enclosures: Enclosure[]): void {
  const attachments: Record<string, unknown>[] = [];
  const images: MediaImage[] = [];
  for (const e of enclosures) {
    if (!e.url) continue;
    if (/^image\//i.test(e.type ?? '')) images.push({ url: e.url });
    else attachments.push({ url: e.url, ...(e.type ? { mime_type: e.type } : {}), ...(e.size ? { size_in_bytes: e.size.trim() } : {}) });
  }
  const groups = [item, ...childrenNamed(item, NS.media, 'group')];
  for (const group of groups) {
    for (const c of childrenNamed(group, NS.media, 'content')) {
      const href = url(c, attr(c, 'url'));
      if (!href) continue;
      const type = attr(c, 'type');
      const medium = attr(c, 'medium')?.trim().toLowerCase();
      if (medium === 'image' || /^image\//i.test(type ?? '') || (!type && !medium && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(href))) {
        images.push({ ...mediaImage(href, c, group), group });
      } else if (!attachments.some((a) => a.url === href)) {
        attachments.push({
          url: href,
          ...(type ? { mime_type: type } : {}),
          ...(attr(c, 'fileSize') ? { size_in_bytes: attr(c, 'fileSize')?.trim() } : {}),
          ...(attr(c, 'duration') ? { duration_in_seconds: attr(c, 'duration')?.trim() } : {}),
          ...(textOf(childNamed(c, NS.media, 'title')).trim() ? { title: plain(textOf(childNamed(c, NS.media, 'title'))) } : {}),
        });
      }
    }
  }
  for (const group of groups) {
    for (const t of childrenNamed(group, NS.media, 'thumbnail')) {
      const href = url(t, attr(t, 'url'));
      if (href) images.push(mediaImage(href, t, group));
    }
  }
  const itunesImage = url(childNamed(item, NS.itunes, 'image'), attr(childNamed(item, NS.itunes, 'image'), 'href'));
  if (itunesImage) images.push({ url: itunesImage });

  const duration = itunesDuration(textOf(childNamed(item, NS.itunes, 'duration')));
  if (duration !== undefined) {
    const av = attachments.find((a) => /^(audio|video)\//i.test(String(a.mime_type ?? '')) || !a.mime_type);
    if (av && av.duration_in_seconds === undefined) av.duration_in_seconds = duration;
  }
  if (attachments.length > 0) out.attachments = attachments;

  // The lead image: the widest of the first kind given; the other sizes of it are its srcset.
  const lead = images.reduce<MediaImage | undefined>((best, img) => (!best || (img.width ?? 0) > (best.width ?? 0) ? img : best), undefined);
  if (!lead) return;
  out.image = lead.url;
  const ext: Record<string, unknown> = {};
  if (lead.alt) ext.image_alt = lead.alt;
  if (lead.caption) ext.image_caption = lead.caption;
  if (lead.credit) ext.image_credit = lead.credit;
  if (lead.width) ext.image_width = lead.width;
  if (lead.height) ext.image_height = lead.height;
  // Only media:content images of the lead's own group are sizes of it (a thumbnail may be another crop).
  const sizes = images.filter((img) => img !== lead && img.width && lead.group && img.group === lead.group).map((img) => ({ url: img.url, width: img.width }));
  if (sizes.length > 0 && lead.width) ext.image_srcset = sizes;
  out._broadsheet = ext;
}

/**
 * A Media RSS image with what the feed says about it: `media:title` (a short text of what it shows)
 * is the alt text, `media:description` the caption, `media:credit` the credit; on the element itself,
 * else on its `media:group`, else on the item.
 */
function mediaImage(href: string, el: XmlElement, group: XmlElement): MediaImage {
  const pick = (local: string) => [el, group].map((e) => textOf(childNamed(e, NS.media, local))).find((t) => t.trim()) ?? '';
  const img: MediaImage = { url: href };
  const width = Number(attr(el, 'width'));
  const height = Number(attr(el, 'height'));
  if (Number.isFinite(width) && width >= 1) img.width = Math.round(width);
  if (Number.isFinite(height) && height >= 1) img.height = Math.round(height);
  const alt = plain(pick('title'));
  const caption = htmlText(pick('description'));
  const credit = plain(pick('credit'));
  if (alt) img.alt = alt;
  if (caption) img.caption = caption;
  if (credit) img.credit = credit;
  return img;
}

/** itunes:duration: seconds ("3723", "3723.5") or clock time ("1:02:03", "62:03"). */
function itunesDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const m = /^(?:(\d+):)?(\d{1,3}):(\d{1,2}(?:\.\d+)?)$/.exec(t);
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
  if (s >= 60 || (m[1] !== undefined && min >= 60)) return undefined;
  return h * 3600 + min * 60 + s;
}

// ---------------------------------------------------------------------------------------------
// Text and URLs

/**
 * Plain-text fields reach the normalizer, which decodes character references once (for JSON Feeds
 * whose publishers write `&#8211;` into titles). Text the XML parser has already decoded from markup
 * must not be decoded again, so its `&` is escaped back; RSS titles are left as they are, because
 * RSS generators (WordPress among them) escape entities twice there.
 */
function escapeAmp(text: string): string {
  return text.replace(/&/g, '&amp;');
}

/** RSS plain text, whitespace collapsed: decoded once more by the normalizer (see escapeAmp). */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of an HTML string as a plain-text field. */
function htmlText(html: string): string {
  return html.trim() ? escapeAmp(htmlToText(undoubleEscape(html))) : '';
}

/** An iTunes-style text element (subtitle, summary), which is plain text. */
function textField(el: XmlElement | undefined): string {
  return el ? plain(textOf(el)) : '';
}

/**
 * HTML escaped twice (`&lt;p&gt;Hello&lt;/p&gt;` after the XML parser is done) is shown by some
 * feeds' readers as markup: with no tag in it but escaped tags, it is decoded once more.
 */
function undoubleEscape(html: string): string {
  if (/<[a-z!/]/i.test(html) || !/&lt;\/?[a-z][a-z0-9]*(?:\s|&gt;|\/)/i.test(html)) return html;
  return decodeEntities(html);
}

/** `value` resolved against the element's xml:base (or the document URL), trimmed; undefined if empty. */
function url(el: XmlElement | undefined, value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (!el?.base) return v;
  try {
    return new URL(v, el.base).href;
  } catch {
    return v;
  }
}

function firstText(el: XmlElement, candidates: [readonly string[], string][]): string | undefined {
  for (const [uris, local] of candidates) {
    for (const u of uris) {
      const t = textOf(childNamed(el, u, local)).trim();
      if (t) return t;
    }
  }
  return undefined;
}

function setText(obj: Record<string, unknown>, key: string, value: string | undefined): void {
  if (value !== undefined && value !== '') obj[key] = value;
}
